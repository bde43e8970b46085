// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIVE_READERS, mayBeLegacy } from '../../../utils/linkedin/live-readers';
import { ON_DEMAND_READERS } from '../../../utils/linkedin/on-demand-readers';
import { readPageWith } from '../../../utils/linkedin/page-reader';
import { READERS, readPage } from '../../../utils/linkedin/read-page';
import { inRegistryOrder, ON_DEMAND, READER_ORDER } from '../../../utils/linkedin/registry';
import type { Generation } from '../../../utils/linkedin/types';
import { FIXTURES, loadFixture } from './fixture';

const URL_OF = (file: string) => `https://www.linkedin.com/in/${file.replace(/\.html$/, '')}/`;
const PROFILE_FIXTURES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('details-'));

describe('the content script’s readers', () => {
  it('are the registry without the on-demand readers, in its order; with those loaded, READERS', () => {
    expect(READERS.map((r) => r.id)).toEqual(READER_ORDER);
    expect(LIVE_READERS.map((r) => r.id)).toEqual(READER_ORDER.filter((id) => !ON_DEMAND.includes(id)));
    expect(inRegistryOrder([...ON_DEMAND_READERS, ...LIVE_READERS]).map((r) => r.id)).toEqual(READER_ORDER);
    // Details pages show the card, so the content script reads them.
    expect(LIVE_READERS.map((r) => r.id)).toContain('details');
  });

  it.each(PROFILE_FIXTURES)(
    '%s: the content script reads what the CLI reads (loading the on-demand readers when asked)',
    (file) => {
      const doc = loadFixture(file);
      const url = URL_OF(file);
      const all = readPage(doc, url);
      let live = readPageWith(LIVE_READERS, doc, url);
      const legacy = !live.page.generation && mayBeLegacy(doc);
      // Only pages of the markups the content script does not carry ask for the on-demand readers.
      expect(legacy).toBe(Boolean(all.page.generation && ON_DEMAND.includes(all.page.generation as Generation)));
      if (legacy) live = readPageWith(inRegistryOrder([...LIVE_READERS, ...ON_DEMAND_READERS]), doc, url);
      expect(live).toEqual(all);
    },
  );

  it('(negative) a page with no profile at all does not ask for the on-demand readers', () => {
    const doc = loadFixture('sdui-amara-okafor.html');
    doc.body.replaceChildren();
    expect(mayBeLegacy(doc)).toBe(false);
  });
});
