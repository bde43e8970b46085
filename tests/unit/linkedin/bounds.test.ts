// @vitest-environment node
/**
 * Reader output is bounded and clean in one place (utils/linkedin/bounds.ts, applied by
 * page-reader.ts): on every generation's fixture, a right-to-left override in the name is gone
 * and a 300 KB headline is cut.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedText, boundProfile, FIELD_CAPS, LIST_CAPS } from '../../../utils/linkedin/bounds';
import { readPage } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';
import { FIXTURES, parseHtml } from './fixture';

const PROFILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('details-'));
const urlOf = (file: string, html: string) => {
  const doc = parseHtml(html);
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  return canonical ?? `https://www.linkedin.com/in/${file.replace(/\.html$/, '')}/`;
};

describe('boundedText', () => {
  it.each([
    ['RLO and PDF', 'Ann\u202Egnp.exe\u202C', 'Anngnp.exe'],
    ['isolates and marks', '\u2067נועה\u2069 \u200Fבן\u200E', 'נועה בן'],
    ['Arabic letter mark', 'Sara\u061C', 'Sara'],
    ['(negative) emoji with a zero-width joiner stays', 'Dev 🧑‍💻', 'Dev 🧑‍💻'],
    ['(negative) accents stay', 'Szymon Nędza', 'Szymon Nędza'],
  ])('%s', (_label, input, expected) => {
    expect(boundedText(input, 200)).toBe(expected);
  });
  it('never cuts inside a surrogate pair', () => {
    expect(boundedText(`${'a'.repeat(9)}😀`, 10)).toBe('a'.repeat(9));
  });
});

describe('boundProfile', () => {
  it('caps lists and drops over-long URLs', () => {
    const p = boundProfile(
      Profile.parse({
        url: 'https://www.linkedin.com/in/x/',
        slug: 'x',
        name: 'X',
        skills: Array.from({ length: 2000 }, (_, i) => `S${i}`),
        experience: [{ title: 'T', companyUrl: `https://www.linkedin.com/company/${'9'.repeat(5000)}/` }],
      }),
    );
    expect(p.skills).toHaveLength(LIST_CAPS.skills ?? 0);
    expect(p.experience[0]).toEqual({ title: 'T' });
  });
});

describe.each(PROFILES)('every reader’s output is bounded: %s', (file) => {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  const url = urlOf(file, html);
  const before = readPage(parseHtml(html), url).profile;
  it('reads a name and a headline to start from', () => {
    expect(before?.name).toBeTruthy();
  });
  it('a right-to-left override in the name is gone; a 300 KB headline is capped', () => {
    if (!before?.name) return;
    const huge = 'x'.repeat(300_000);
    let hostile = html.split(before.name).join(`\u202E${before.name}\u202C`);
    if (before.headline) hostile = hostile.split(before.headline).join(huge);
    const after = readPage(parseHtml(hostile), url).profile;
    expect(after?.name).toBe(before.name);
    expect(after?.name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    if (before.headline) expect(after?.headline?.length).toBeLessThanOrEqual(FIELD_CAPS.headline ?? 0);
    expect(JSON.stringify(after).length).toBeLessThan(100_000);
  });
});
