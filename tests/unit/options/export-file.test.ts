// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { download } from '@/entrypoints/options/export-file';

describe('download', () => {
  it('clicks a hidden link to a Blob URL with the file name, then removes the link', () => {
    const clicked: { href: string; download: string; hidden: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden });
    });
    download(document, { name: 'common-ground-v1-2026-11-22.json', blob: new Blob(['{}']) });
    expect(clicked).toEqual([
      { href: expect.stringMatching(/^blob:/), download: 'common-ground-v1-2026-11-22.json', hidden: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    click.mockRestore();
  });
});
