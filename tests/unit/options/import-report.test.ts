import { describe, expect, it } from 'vitest';
import { describeImport, namesInExport } from '@/entrypoints/options/import-report';

const file = JSON.stringify({
  people: [
    { slug: 'ana-souza', profile: { name: 'Ana Souza' } },
    { slug: 'sam-lee', profile: { name: '  Sam Lee ' } },
    { slug: 'no-name', profile: { name: '' } },
  ],
});

describe('import report', () => {
  it('names added, updated and unchanged people', () => {
    expect(describeImport({ added: ['ana-souza', 'sam-lee'], updated: [], unchanged: ['no-name'] }, file)).toBe(
      'Imported. Added 2 (Ana Souza, Sam Lee), updated 0, unchanged 1 (no-name).',
    );
  });

  it('reports an empty import plainly', () => {
    expect(describeImport({ added: [], updated: [], unchanged: [] }, '{"people":[]}')).toBe(
      'Imported. Added 0, updated 0, unchanged 0.',
    );
  });

  it.each([
    ['not JSON', 'oops'],
    ['JSON without people', '{"me":null}'],
    ['people that is not a list', '{"people":{"a":1}}'],
    ['null', 'null'],
  ])('falls back to profile addresses when the text is %s', (_label, text) => {
    expect(namesInExport(text).size).toBe(0);
    expect(describeImport({ added: ['ana-souza'], updated: [], unchanged: [] }, text)).toBe(
      'Imported. Added 1 (ana-souza), updated 0, unchanged 0.',
    );
  });
});
