/** The background's loader of the derived knowledge: one read for concurrent callers, a failure retried. */
import { describe, expect, it } from 'vitest';
import { readDerivedFiles } from '../../../scripts/data/derived-files';
import { overlapDataLoader } from '../../../utils/background/overlap-data';
import {
  clearDerivedData,
  DERIVED_FILES,
  derivedData,
  hasDerivedData,
  installDerivedData,
} from '../../../utils/overlap/derived';
import { sameSchool } from '../../../utils/overlap/schools';

const files = readDerivedFiles();
const WROCLAW_PL = 'XIV Liceum Ogólnokształcące im. Polonii Belgijskiej we Wrocławiu';
const WROCLAW_EN = '14th High School Polonia Belgijska Wroclaw';
const byPath: Record<string, unknown> = {
  [DERIVED_FILES.gazetteer]: files.gazetteer,
  [DERIVED_FILES.institutions]: files.institutions,
};

describe('overlapDataLoader', () => {
  it('does not read when the data is installed already (the setup file installed it)', async () => {
    const reads: string[] = [];
    const load = overlapDataLoader(async (p) => {
      reads.push(p);
      return byPath[p];
    });
    await load();
    expect(reads).toEqual([]);
    expect(derivedData()).not.toBeNull();
  });
});

describe('before and while loading', () => {
  it('computes with the hand tables, shares one read among callers, retries after a failure', async () => {
    clearDerivedData();
    expect(sameSchool('UCSD', 'University of California San Diego').match).toBe(true);
    // Only the maintained list knows the two names are one school (edu.wroclaw.pl).
    expect(sameSchool(WROCLAW_PL, WROCLAW_EN).match).toBe(false);
    let fail = true;
    const reads: string[] = [];
    const warnings: unknown[] = [];
    const load = overlapDataLoader(
      async (p) => {
        reads.push(p);
        if (fail) throw new Error('no file');
        return byPath[p];
      },
      (e) => warnings.push(e),
    );
    await load();
    expect(hasDerivedData()).toBe(false);
    expect(warnings).toHaveLength(1);
    fail = false;
    reads.length = 0;
    await Promise.all([load(), load(), load()]);
    expect(reads.sort()).toEqual([DERIVED_FILES.gazetteer, DERIVED_FILES.institutions].sort());
    expect(hasDerivedData()).toBe(true);
    expect(sameSchool(WROCLAW_PL, WROCLAW_EN).match).toBe(true);
  });
  it('refuses a file of another format', () => {
    expect(() => installDerivedData({ ...files, gazetteer: { ...files.gazetteer, format: 1 } })).toThrow(/format 1/);
  });
});
