// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cardPlacement, pageTheme, topCardAnchor } from '@/utils/linkedin/anchor';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');
const doc = (html: string) => new JSDOM(html).window.document;

describe('topCardAnchor', () => {
  const profiles = readdirSync(FIXTURES).filter((f) => /^(sdui|pvs|ember|public)-/.test(f));
  it.each(profiles)('finds the top card on %s', (file) => {
    const anchor = topCardAnchor(doc(readFileSync(join(FIXTURES, file), 'utf8')));
    expect(anchor).not.toBeNull();
    // The top card holds the person's name, not an aside or a later section.
    expect(anchor?.querySelector('h1, h2')).not.toBeNull();
  });

  it.each([
    ['a details page', readFileSync(join(FIXTURES, 'details-amara-okafor-experience.html'), 'utf8')],
    ['an empty page', '<main><section><h2>Experience</h2></section></main>'],
  ])('finds none on %s', (_label, html) => {
    expect(topCardAnchor(doc(html))).toBeNull();
  });
});

describe('pageTheme', () => {
  it.each([
    ['Ember/pvs dark class on <html>', '<html class="theme theme--dark"><body></body></html>', 'dark'],
    [
      'SDUI interop outlet dark',
      '<html><body><div id="interop-outlet" class="theme--dark"></div></body></html>',
      'dark',
    ],
    [
      'SDUI interop outlet light',
      '<html><body><div id="interop-outlet" class="theme--light"></div></body></html>',
      'light',
    ],
    ['dark page background', '<html><body style="background-color: rgb(27, 31, 35)"></body></html>', 'dark'],
    ['light page background', '<html><body style="background-color: rgb(243, 242, 239)"></body></html>', 'light'],
    ['nothing known', '<html><body></body></html>', 'light'],
  ])('%s → %s', (_label, html, theme) => {
    expect(pageTheme(doc(html))).toBe(theme);
  });
});

describe('cardPlacement: the card never covers the top card', () => {
  const host = { left: 100, top: 200, right: 900, bottom: 200 };
  it.each([
    ['beside, in the gutter', 1280, { mode: 'beside', left: 812, top: 0 }],
    ['below, no room beside', 1200, { mode: 'below', right: 0, top: 412 }],
  ] as const)('%s (%i px window)', (_label, width, expected) => {
    const top = { left: 100, top: 200, right: 900, bottom: 600 };
    expect(cardPlacement(top, host, width, 340)).toEqual(expected);
  });
});
