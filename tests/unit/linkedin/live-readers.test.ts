// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ember2018Reader } from '../../../utils/linkedin/generations/ember-2018';
import { LIVE_READERS, mayBeLegacy } from '../../../utils/linkedin/live-readers';
import { readPageWith } from '../../../utils/linkedin/page-reader';
import { READERS, readPage } from '../../../utils/linkedin/read-page';
import { inRegistryOrder, ON_DEMAND, READER_ORDER } from '../../../utils/linkedin/registry';
import { FIXTURES, loadFixture } from './fixture';

const URL_OF = (file: string) => `https://www.linkedin.com/in/${file.replace(/\.html$/, '')}/`;
const PROFILE_FIXTURES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('details-'));

describe('the content script’s readers', () => {
  it('are the registry without the on-demand readers, in its order; with those loaded, READERS', () => {
    expect(READERS.map((r) => r.id)).toEqual(READER_ORDER);
    expect(LIVE_READERS.map((r) => r.id)).toEqual(READER_ORDER.filter((id) => !ON_DEMAND.includes(id)));
    expect(inRegistryOrder([ember2018Reader, ...LIVE_READERS]).map((r) => r.id)).toEqual(READER_ORDER);
    // Details pages show the card, so the content script reads them.
    expect(LIVE_READERS.map((r) => r.id)).toContain('details');
  });

  it.each(PROFILE_FIXTURES)(
    '%s: the content script reads what the CLI reads (loading the 2018 reader when asked)',
    (file) => {
      const doc = loadFixture(file);
      const url = URL_OF(file);
      const all = readPage(doc, url);
      let live = readPageWith(LIVE_READERS, doc, url);
      const legacy = !live.page.generation && mayBeLegacy(doc);
      expect(legacy).toBe(file.startsWith('ember-2018-'));
      if (legacy) live = readPageWith([...LIVE_READERS, ember2018Reader], doc, url);
      expect(live).toEqual(all);
    },
  );

  it('(negative) a page with no profile at all does not ask for the 2018 reader', () => {
    const doc = loadFixture('sdui-amara-okafor.html');
    doc.body.replaceChildren();
    expect(mayBeLegacy(doc)).toBe(false);
  });
});
