// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostCss, mountClosedHost, STOPPED_EVENTS } from '@/entrypoints/profile.content/closed-host';

const tick = () => new Promise((r) => setTimeout(r, 0));

function page() {
  document.body.innerHTML = '';
  const main = document.createElement('main');
  const top = document.createElement('section');
  main.append(top);
  document.body.append(main);
  return { main, top };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the closed host', () => {
  it('is a plain div before the anchor, with a closed root holding one style and one container', () => {
    const { main, top } = page();
    const ui = mountClosedHost(document, { place: { before: top }, hostStyle: { display: 'block' }, css: '.x{}' });
    const host = main.firstElementChild as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.shadowRoot).toBeNull();
    expect(host.nextElementSibling).toBe(top);
    const root = ui.container.getRootNode() as ShadowRoot;
    expect(root.host).toBe(host);
    expect([...root.children].map((e) => e.tagName)).toEqual(['STYLE', 'DIV']);
    expect(root.querySelector('style')?.textContent).toContain(':host{all:initial!important;display:block!important;}');
    expect(ui.isHost(host)).toBe(true);
    expect(ui.isHost(top)).toBe(false);
    ui.remove();
    expect(main.children).toHaveLength(1);
  });

  it('appends to a parent for the corner chip', () => {
    page();
    const ui = mountClosedHost(document, { place: { append: document.body }, hostStyle: {}, css: '' });
    expect(document.body.lastElementChild && ui.isHost(document.body.lastElementChild)).toBe(true);
    expect(ui.anchor).toBeNull();
    ui.remove();
  });

  it.each([
    ['position:fixed', { position: 'fixed', right: '16px' }, 'position:fixed!important;right:16px!important;'],
    ['(negative) nothing of our own', {}, ''],
  ])('makes every host declaration important: %s', (_label, style, expected) => {
    expect(hostCss(style)).toBe(
      `:host{all:initial!important;${expected}}:host::before,:host::after{content:none!important;display:none!important}`,
    );
  });

  it('keeps composed events from bubbling into the page, after the card’s own handlers ran', () => {
    page();
    const ui = mountClosedHost(document, { place: { append: document.body }, hostStyle: {}, css: '' });
    const button = document.createElement('button');
    ui.container.append(button);
    const ours = vi.fn();
    button.addEventListener('click', ours);
    const seen: string[] = [];
    for (const type of STOPPED_EVENTS) document.addEventListener(type, (e) => seen.push(e.type));
    for (const type of ['click', 'keydown', 'input', 'focusin', 'pointerdown', 'paste']) {
      button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    }
    expect(ours).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
    // (negative) the page's own events still bubble.
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toEqual(['click']);
    ui.remove();
  });

  it('puts itself back when the page removes or moves it, and strips attributes the page adds', async () => {
    const { main, top } = page();
    const ui = mountClosedHost(document, { place: { before: top }, hostStyle: {}, css: '' });
    const host = main.firstElementChild as HTMLElement;
    host.remove();
    await tick();
    expect(host.nextElementSibling).toBe(top);
    document.body.append(host);
    await tick();
    expect(host.parentNode).toBe(main);
    host.setAttribute('inert', '');
    host.style.display = 'none';
    await tick();
    expect(host.getAttributeNames()).toEqual([]);
    ui.remove();
    await tick();
    expect(host.isConnected).toBe(false);
  });

  it('gives up for a while when a hostile loop keeps removing it, then comes back once', async () => {
    const { main, top } = page();
    const ui = mountClosedHost(document, {
      place: { before: top },
      hostStyle: {},
      css: '',
      maxRestores: 3,
      windowMs: 200,
    });
    let removals = 0;
    const hostile = new MutationObserver(() => {
      const host = main.firstElementChild;
      if (host && host !== top) {
        removals++;
        host.remove();
      }
    });
    hostile.observe(main, { childList: true });
    (main.firstElementChild as Element).remove();
    removals++;
    await new Promise((r) => setTimeout(r, 50));
    expect(removals).toBe(4);
    hostile.disconnect();
    await new Promise((r) => setTimeout(r, 250));
    expect(main.firstElementChild && ui.isHost(main.firstElementChild)).toBe(true);
    ui.remove();
  });

  it('(negative) does not fight LinkedIn when its own anchor is gone: the page watcher re-anchors', async () => {
    const { main, top } = page();
    const ui = mountClosedHost(document, { place: { before: top }, hostStyle: {}, css: '' });
    main.replaceChildren();
    await tick();
    expect(ui.isConnected).toBe(false);
    ui.remove();
  });
});
