// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '@/entrypoints/options/export-file';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('download', () => {
  it('clicks a hidden link to a Blob URL with the file name, removes the link, and revokes the URL later', () => {
    vi.useFakeTimers();
    // jsdom has no Blob URLs: stand in for the browser's.
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:chrome-extension://id/1';
    };
    const revoked: string[] = [];
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
    const clicked: { href: string; download: string; hidden: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden });
    });
    const blob = new Blob(['{}'], { type: 'application/json' });
    download(document, { name: 'common-ground-v1-2026-11-22.json', blob });
    expect(created).toEqual([blob]);
    expect(clicked).toEqual([
      { href: 'blob:chrome-extension://id/1', download: 'common-ground-v1-2026-11-22.json', hidden: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(revoked).toEqual(['blob:chrome-extension://id/1']);
  });
});
