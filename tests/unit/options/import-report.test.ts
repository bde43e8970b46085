import { describe, expect, it } from 'vitest';
import { describeImport, describeProgress, MERGED_FIELD_WORDS } from '@/entrypoints/options/import-report';
import type { ImportReport } from '@/utils/ports';

const empty: ImportReport = {
  total: 0,
  added: { count: 0, first: [] },
  merged: { count: 0, first: [] },
  unchanged: { count: 0, first: [] },
  me: 'none',
  settings: 'same',
  templates: { added: 0, renamed: 0, unchanged: 0 },
};

describe('import report', () => {
  it('names added, merged (with what) and unchanged people, and says what became of settings, My profile and templates', () => {
    const r = describeImport({
      ...empty,
      total: 4,
      added: {
        count: 2,
        first: [
          { slug: 'ana-souza', name: 'Ana Souza' },
          { slug: 'sam-lee', name: '  Sam Lee ' },
        ],
      },
      merged: { count: 1, first: [{ slug: 'lin', name: 'Lin Wu', fields: ['notes', 'history', 'stage'] }] },
      unchanged: { count: 1, first: [{ slug: 'no-name', name: '' }] },
      me: 'imported',
      settings: 'kept',
      templates: { added: 1, renamed: 1, unchanged: 0 },
    });
    expect(r.summary).toBe(
      'Imported 4 people. Added 2 (Ana Souza, Sam Lee), merged 1 (Lin Wu), unchanged 1 (no-name). ' +
        'Settings: yours were kept; the file’s are different and were not applied. ' +
        'My profile: taken from the file (none was filled in here). ' +
        'Templates: 1 added, 1 added under a new id (yours with the same id kept), 0 already here.',
    );
    expect(r.details).toEqual(['Lin Wu: notes combined, stage history combined, stage from the file']);
  });

  it('reports an empty import plainly', () => {
    expect(describeImport(empty)).toEqual({
      summary:
        'Imported 0 people. Added 0, merged 0, unchanged 0. Settings: the same as yours. My profile: the file has none; yours is unchanged. Templates: none in the file.',
      details: [],
    });
  });

  it('names ten people in the summary and counts the rest', () => {
    const first = Array.from({ length: 100 }, (_, i) => ({ slug: `p${i}`, name: `P ${i}` }));
    const r = describeImport({ ...empty, total: 100_000, added: { count: 100_000, first } });
    expect(r.summary).toMatch(/^Imported 100,000 people\. Added 100,000 \(P 0, P 1, .*, P 9, and 99,990 more\)/);
  });

  it('has words for every merged field', () => {
    for (const words of Object.values(MERGED_FIELD_WORDS)) expect(words).toMatch(/^[a-z]/);
  });

  it.each([
    [{ phase: 'exporting', done: 2000, total: 100_000 }, 'Exporting 2,000 of 100,000 people…', 0.02],
    [{ phase: 'reading', done: 50, total: 200 }, 'Reading the file: 25%…', 0.25],
    [{ phase: 'checking', done: 0, total: 1 }, 'Checking the whole file before anything is changed…', null],
    [{ phase: 'writing', done: 1, total: 1 }, 'Saving 1 of 1 person…', 1],
  ] as const)('progress %j', (p, label, value) => {
    expect(describeProgress(p)).toEqual({ label, value });
  });
});
