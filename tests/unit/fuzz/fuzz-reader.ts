/**
 * The reader fuzz loop shared by the fixture and real-page fuzz tests: parse a page once, then read
 * many mutated clones and check every answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { type ReadResult, readPage } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';
import { allStrings, applyMutations, FORBIDDEN, mutations } from './mutate';

/** Multiplier for every numRuns (CG_FUZZ_RUNS=10 for a deeper search); CG_FUZZ_SEED replays a failure. */
export const SCALE = Math.max(1, Number(process.env.CG_FUZZ_RUNS ?? 1) || 1);
const SEED = process.env.CG_FUZZ_SEED ? Number(process.env.CG_FUZZ_SEED) : undefined;

/** The real saved LinkedIn pages (present in CI, absent on a plain clone). */
export const REAL_PAGES = path.resolve(__dirname, '../../../../shared/linkedin/pages');

const KINDS = ['profile', 'self', 'details', 'not-found', 'authwall', 'blocked', 'unknown'];

/** What is wrong with a reader's answer (empty when nothing is). */
export function problems(result: ReadResult): string[] {
  const found: string[] = [];
  if (!KINDS.includes(result?.page?.kind)) found.push(`unknown page kind ${JSON.stringify(result?.page?.kind)}`);
  if (result.profile !== null) {
    const parsed = Profile.safeParse(result.profile);
    if (!parsed.success) found.push(`invalid Profile: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    if (result.page.kind === 'unknown') found.push('a profile on an unknown page');
  } else if (['profile', 'self', 'details'].includes(result.page.kind)) {
    found.push(`kind "${result.page.kind}" without a profile`);
  }
  const bad = allStrings(result).find((s) => FORBIDDEN.test(s));
  if (bad !== undefined) found.push(`string with "undefined" or "[object Object]": ${bad.slice(0, 200)}`);
  return found;
}

/** The address a page is read under: details pages need their section in the URL. */
export function urlFor(file: string): string {
  const section = /details-.*?(experience|education|skills|interests)/.exec(file)?.[1];
  return `https://www.linkedin.com/in/fuzz-person/${section ? `details/${section}/` : ''}`;
}

/** The .html files of a folder, sorted. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Read `numRuns` (× SCALE) mutated clones of the page in `file` and expect no problems. Parses once
 * and clones per run: jsdom parsing dominates on the 1 MB real pages.
 */
export function fuzzPage(file: string, numRuns: number): void {
  const base = new JSDOM(fs.readFileSync(file, 'utf8')).window.document;
  const url = urlFor(path.basename(file));
  fc.assert(
    fc.property(mutations, (list) => {
      const doc = base.cloneNode(true) as Document;
      applyMutations(doc, list);
      let result: ReadResult;
      try {
        result = readPage(doc, url);
      } catch (error) {
        throw new Error(`readPage threw: ${error instanceof Error ? error.stack : String(error)}`);
      }
      expect(problems(result)).toEqual([]);
    }),
    // Shrinking re-reads the page many times; on the slow real pages the first counterexample is enough.
    { numRuns: numRuns * SCALE, seed: SEED, endOnFailure: numRuns < 10 },
  );
}
