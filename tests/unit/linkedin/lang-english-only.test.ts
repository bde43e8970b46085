// @vitest-environment node
/**
 * What the content script reads before the other languages' words arrive (words.ts has English
 * built in; entrypoints/ui-words.ts brings the rest on demand): structure, links and numbers
 * already give name, headline, location, degree, companies and schools of a page in another
 * language; the tables then add what only words decide (employment and workplace types).
 * No static import of lang/index.ts here: importing it adds every table.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from './fixture';

const FIELDS = (p: Record<string, unknown> | null | undefined) => ({
  name: p?.name,
  headline: p?.headline,
  location: p?.location,
  degree: p?.degree,
  followers: p?.followers,
  companies: (p?.experience as { company?: string }[] | undefined)?.map((e) => e.company),
  titles: (p?.experience as { title?: string }[] | undefined)?.map((e) => e.title),
  schools: (p?.education as { school: string }[] | undefined)?.map((e) => e.school),
  skills: p?.skills,
});

describe('the content script’s words: English first, the rest on demand', () => {
  it.each([
    ['sdui-2026-de-2nd-katrin-vogel.html', 'https://www.linkedin.com/in/katrin-vogel-4711/'],
    ['sdui-2026-fr-1st-elise-marchand.html', 'https://www.linkedin.com/in/elise-marchand/'],
  ])('%s: the same fields with English only as with every table', async (file, url) => {
    vi.resetModules();
    const words = await import('../../../utils/linkedin/lang/words');
    const { LIVE_READERS } = await import('../../../utils/linkedin/live-readers');
    const { readPageWith } = await import('../../../utils/linkedin/page-reader');
    expect(words.activeLanguages()).toEqual(['en']);
    expect(words.needsUiWords(loadFixture(file))).toBe(true);
    const before = readPageWith(LIVE_READERS, loadFixture(file), url).profile;

    const { OTHER_LANGUAGES } = await import('../../../utils/linkedin/lang/index');
    words.addLanguages(OTHER_LANGUAGES);
    expect(words.needsUiWords(loadFixture(file))).toBe(false);
    const after = readPageWith(LIVE_READERS, loadFixture(file), url).profile;
    expect(FIELDS(before)).toEqual(FIELDS(after));
    expect(FIELDS(after).companies?.length).toBeGreaterThan(0);
  });
});
