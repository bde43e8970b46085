/** Binary search over sorted "key\tvalue" text: every key found, every other string not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, SortedLines } from '../../../utils/overlap/sorted-lines';

const build = (keys: string[]) =>
  [...new Set(keys)]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k, i) => `${k}\t${i}`)
    .join('\n');

describe('SortedLines', () => {
  it.each([
    ['', 'a', undefined],
    ['a\t1', 'a', '1'],
    ['a\t1', 'b', undefined],
    ['a\t1\nab\t2\nb\t3', 'ab', '2'],
    ['a\t1\nab\t2\nb\t3', 'b', '3'],
    ['a\t1\nab\t2\nb\t3', 'aa', undefined],
    ['a\t\nb\t3', 'a', ''],
  ])('%j: %s → %s', (text, key, value) => {
    expect(new SortedLines(text).get(key)).toBe(value);
  });
  it('finds every key and nothing else (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '日') }).filter((s) => s !== '')),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }),
        (keys, probe) => {
          const text = build(keys);
          const lines = new SortedLines(text);
          const set = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          set.forEach((k, i) => {
            expect(lines.get(k)).toBe(String(i));
          });
          if (!set.includes(probe)) expect(lines.get(probe)).toBeUndefined();
        },
      ),
    );
  });
  it('lineAt reads the line at an offset', () => {
    expect(lineAt('ab\ncd\nef', 3)).toBe('cd');
    expect(lineAt('ab\ncd\nef', 6)).toBe('ef');
  });
});
