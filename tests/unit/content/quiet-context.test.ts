import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { watchLocation } from '@/entrypoints/profile.content/location-watch';
import { ContentScriptContext } from '@/entrypoints/profile.content/quiet-context';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function fakeContext() {
  const controller = new AbortController();
  return {
    controller,
    ctx: {
      signal: controller.signal,
      setInterval: (handler: () => void, ms?: number) => {
        const id = setInterval(handler, ms) as unknown as number;
        controller.signal.addEventListener('abort', () => clearInterval(id));
        return id;
      },
    },
  };
}

describe('watchLocation', () => {
  it('answers at once on the Navigation API’s currententrychange, once per URL', () => {
    vi.useFakeTimers();
    const { ctx } = fakeContext();
    const navigation = new EventTarget();
    const win = { location: { href: 'https://www.linkedin.com/in/a/' }, navigation };
    const seen: string[] = [];
    watchLocation(ctx, win, (url) => seen.push(url));
    win.location.href = 'https://www.linkedin.com/in/b/';
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['https://www.linkedin.com/in/b/']);
    vi.advanceTimersByTime(1_000);
    expect(seen).toHaveLength(1);
  });

  it('polls where there is no Navigation API (Firefox), and stops when aborted', () => {
    vi.useFakeTimers();
    const { ctx, controller } = fakeContext();
    const win = { location: { href: 'https://www.linkedin.com/feed/' } };
    const seen: string[] = [];
    watchLocation(ctx, win, (url) => seen.push(url), 400);
    win.location.href = 'https://www.linkedin.com/in/b/';
    vi.advanceTimersByTime(399);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://www.linkedin.com/in/b/']);
    controller.abort();
    win.location.href = 'https://www.linkedin.com/in/c/';
    vi.advanceTimersByTime(2_000);
    expect(seen).toHaveLength(1);
  });
});

describe('the quiet context', () => {
  it('says nothing to the page when it starts: no window message, no DOM event', () => {
    const post = vi.fn();
    const dispatch = vi.fn();
    vi.stubGlobal('window', { postMessage: post, dispatchEvent: dispatch });
    vi.stubGlobal('document', { dispatchEvent: dispatch, addEventListener: dispatch });
    const ctx = new ContentScriptContext('profile');
    expect(ctx.isValid).toBe(true);
    expect(post).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('invalidates itself once the extension is gone (runtime.id disappears), and stops its timers', async () => {
    vi.useFakeTimers();
    const runtime = browser.runtime as { id?: string };
    const ctx = new ContentScriptContext('profile');
    const gone = vi.fn();
    ctx.onInvalidated(gone);
    const tick = vi.fn();
    ctx.setInterval(tick, 100);
    vi.advanceTimersByTime(100);
    expect(tick).toHaveBeenCalledTimes(1);
    const id = runtime.id;
    expect(id).toBeTruthy();
    Object.defineProperty(runtime, 'id', { value: undefined, configurable: true, writable: true });
    try {
      vi.advanceTimersByTime(300);
      expect(gone).toHaveBeenCalledTimes(1);
      expect(tick).toHaveBeenCalledTimes(1);
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      Object.defineProperty(runtime, 'id', { value: id, configurable: true, writable: true });
    }
  });
});
