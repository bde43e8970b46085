// @vitest-environment node
/**
 * The reader fuzz of readers.fuzz.test.ts on the real saved LinkedIn pages (../shared/linkedin/pages),
 * skipped with a message when they are absent. A read takes about a second in jsdom on these 1 MB
 * pages, so each gets a few runs; CG_FUZZ_RUNS=10 searches deeper.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { fuzzPage, htmlFiles, REAL_PAGES } from './fuzz-reader';

const present = fs.existsSync(REAL_PAGES);
if (!present) console.warn(`real-pages.fuzz.test.ts: ${REAL_PAGES} not found — skipping the real-page fuzz.`);

describe.skipIf(!present)('readPage on mutated real saved pages', () => {
  it.each(present ? htmlFiles(REAL_PAGES) : [])('%s', (file) => fuzzPage(path.join(REAL_PAGES, file), 2), 60_000);
});
