// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ember2018Reader } from '../../../utils/linkedin/generations/ember-2018';
import { LIVE_READERS, mayBeLegacy } from '../../../utils/linkedin/live-readers';
import { readPageWith } from '../../../utils/linkedin/page-reader';
import { READERS, readPage } from '../../../utils/linkedin/read-page';
import { FIXTURES, loadFixture } from './fixture';

const URL_OF = (file: string) => `https://www.linkedin.com/in/${file.replace(/\.html$/, '')}/`;
const PROFILE_FIXTURES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('details-'));

describe('the content script’s readers', () => {
  it('are READERS without details and the 2018 reader, in the same order; with it loaded, the rest of READERS', () => {
    const ids = READERS.map((r) => r.id);
    expect(LIVE_READERS.map((r) => r.id)).toEqual(ids.filter((id) => id !== 'details' && id !== 'ember-2018'));
    expect([...LIVE_READERS, ember2018Reader].map((r) => r.id)).toEqual(ids.filter((id) => id !== 'details'));
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
