// @vitest-environment node
/**
 * Hostile input for the LinkedIn readers: every project fixture is mutated at random — elements
 * removed, duplicated, reordered, 100,000-character texts, odd Unicode (RTL marks, zero-width, lone
 * surrogates, combining marks), changed attributes — and `readPage` must still answer: never throw,
 * a known page kind, a schema-valid Profile, no "undefined" or "[object Object]" in any string.
 * The real saved pages get the same treatment in real-pages.fuzz.test.ts (run in parallel).
 */
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';
import { FIXTURES } from '../linkedin/fixture';
import { fuzzPage, htmlFiles, problems, urlFor } from './fuzz-reader';
import { applyMutations, type Mutation } from './mutate';

describe('the fuzz check itself', () => {
  const page = { kind: 'profile' as const, generation: 'x', slug: 'ada', hooks: {} };
  const profile = Profile.parse({ url: 'https://www.linkedin.com/in/ada/', slug: 'ada', name: 'Ada' });
  it.each<[string, ReadResult, boolean]>([
    ['a valid profile', { page, profile }, true],
    ['an unknown page without a profile', { page: { ...page, kind: 'unknown' }, profile: null }, true],
    ['(negative) a kind outside the list', { page: { ...page, kind: 'weird' as never }, profile }, false],
    ['(negative) a profile failing the schema', { page, profile: { ...profile, slug: '' } }, false],
    ['(negative) "undefined" in a name', { page, profile: { ...profile, name: 'Ada undefined' } }, false],
    [
      '(negative) "[object Object]" in a headline',
      { page, profile: { ...profile, headline: '[object Object]' } },
      false,
    ],
    ['(negative) a profile page without a profile', { page, profile: null }, false],
  ])('%s → valid: %s', (_label, result, valid) => {
    expect(problems(result).length === 0).toBe(valid);
  });

  it.each<[string, string, Mutation, number]>([
    ['remove', '<p>a</p><p>b</p>', { op: 'remove', at: 0 }, 1],
    ['duplicate', '<p>a</p><p>b</p>', { op: 'duplicate', at: 0 }, 3],
    ['(negative) an attribute change', '<p>a</p><p>b</p>', { op: 'attr', at: 1, name: 'id', value: 'x' }, 2],
    ['(negative) a text change', '<p>a</p><p>b</p>', { op: 'text', at: 0, text: '\u200f', how: 'replace' }, 2],
  ])('mutation: %s leaves %#… paragraphs', (_label, body, m, count) => {
    const doc = new JSDOM(body).window.document;
    applyMutations(doc, [m]);
    expect(doc.querySelectorAll('p').length).toBe(count);
  });

  it.each([
    ['details-amara-okafor-experience.html', 'https://www.linkedin.com/in/fuzz-person/details/experience/'],
    ['b-2022-03-other-details-experience.html', 'https://www.linkedin.com/in/fuzz-person/details/experience/'],
    ['(negative) pvs-2022-amara-okafor.html', 'https://www.linkedin.com/in/fuzz-person/'],
  ])('reads %s under %s', (file, url) => {
    expect(urlFor(file)).toBe(url);
  });
});

describe('readPage on mutated project fixtures', () => {
  // A read costs 50–150 ms in jsdom even on these small pages: 20 runs each keeps the file near 15 s.
  it.each(htmlFiles(FIXTURES))('%s', (file) => fuzzPage(path.join(FIXTURES, file), 20));
});
