// @vitest-environment node
/**
 * Hostile input for the importer: random strings, random JSON, truncated exports, wrong types at
 * random paths and deep nesting never make `parseImport` throw; each is refused with readable,
 * path-prefixed messages. Valid exports, odd Unicode included, round-trip byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, MAX_IMPORT_ERRORS, parseImport, serializeExport } from '../../../utils/outreach/transfer';
import { MyProfile, type Person, Settings, Status } from '../../../utils/schema';
import { samplePerson, sampleProfile } from '../samples';
import { ODD_UNICODE } from './mutate';

const NOW = new Date('2026-06-01T10:00:00.000Z');
const SETTINGS = Settings.parse({});

/** Text as people type it, and worse: odd Unicode pieces mixed with random characters. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...ODD_UNICODE), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 5 })
  .map((xs) => xs.join(''));
// `/in/me/` is LinkedIn's shortcut to the viewer's own profile, never a saved person's address.
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).filter((s) => s !== 'me');

const person: fc.Arbitrary<Person> = fc
  .record({ slug, name: text, notes: text, headline: text, status: fc.constantFrom(...Status.options) })
  .map(({ slug, name, notes, headline, status }) =>
    samplePerson(slug, {
      profile: sampleProfile(slug, { name, headline }),
      notes,
      status,
      statusHistory: [{ status, at: '2026-05-01T10:00:00.000Z' }],
    }),
  );
const people = fc.uniqueArray(person, { selector: (p) => p.slug, maxLength: 6 });

const fileOf = (list: readonly Person[]) =>
  serializeExport(
    buildExport({ me: MyProfile.parse({ name: 'Sam' }), settings: SETTINGS, people: list, templates: [], now: NOW }),
  );

/** Every path in a JSON value, the root excluded. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...paths(v, [...at, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...paths(v, [...at, k])]);
  return [];
}
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Replace the value at `path` in place. */
function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}

/** A refusal as the options page shows it: non-empty, readable lines, never more than the cap (+1 summary). */
function expectReadableRefusal(result: ReturnType<typeof parseImport>): string[] {
  expect(result.ok).toBe(false);
  const errors = result.ok ? [] : result.errors;
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(MAX_IMPORT_ERRORS + 1);
  for (const e of errors) {
    expect(typeof e).toBe('string');
    expect(e.trim().length).toBeGreaterThan(3);
    expect(e).not.toMatch(/\[object Object\]/);
    expect(e).toMatch(/^(Not a JSON file: |\(root\): |[\w.]+: |… and \d+ more problems$)/);
  }
  return errors;
}

describe('parseImport on hostile input', () => {
  it('property: random strings are refused, never thrown on', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...ODD_UNICODE)), (s) => {
        expectReadableRefusal(parseImport(s));
      }),
      { numRuns: 200 },
    );
  });

  it('property: random JSON that is not an export is refused', () => {
    fc.assert(
      fc.property(fc.json(), (s) => {
        expectReadableRefusal(parseImport(s));
      }),
      { numRuns: 200 },
    );
  });

  it('property: any truncated export is refused as not JSON', () => {
    fc.assert(
      fc.property(people, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (list, cut) => {
        const full = fileOf(list).trimEnd();
        const errors = expectReadableRefusal(parseImport(full.slice(0, Math.floor(cut * full.length))));
        expect(errors[0]).toMatch(/^Not a JSON file: /);
      }),
      { numRuns: 100 },
    );
  });

  it('property: a wrong type at any path is refused, naming that path or a parent', () => {
    const others = [null, 42, -1.5, 'text', true, [], {}, [1, 'a'], { a: {} }];
    // Where null is a valid value: an export made before My profile was filled in.
    const NULLABLE = new Set(['me']);
    fc.assert(
      fc.property(
        people.filter((l) => l.length > 0),
        fc.nat(),
        fc.nat(),
        (list, pick, alt) => {
          const file = JSON.parse(fileOf(list));
          const all = paths(file);
          const path = all[pick % all.length] as (string | number)[];
          let old: unknown = file;
          for (const key of path) old = (old as Record<string | number, unknown>)[key];
          const candidates = others.filter(
            (v) => typeOf(v) !== typeOf(old) && !(v === null && NULLABLE.has(path.join('.'))),
          );
          setAt(file, path, candidates[alt % candidates.length]);
          const errors = expectReadableRefusal(parseImport(JSON.stringify(file)));
          // The message names the field, or one of its parents (a union or a record refuses as a whole).
          const named = errors.some((e) =>
            path.some((_, i) => e.startsWith(`${path.slice(0, path.length - i).join('.')}:`)),
          );
          expect(named, `${path.join('.')} not named in ${JSON.stringify(errors)}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['deeply nested arrays', `{"format":"common-ground","version":1,"people":${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['a nesting too deep for JSON.parse', '['.repeat(1_000_000)],
    ['a __proto__ key', '{"__proto__":{"format":"common-ground"},"version":1}'],
    ['a huge string', JSON.stringify({ format: 'common-ground', version: 1, people: 'x'.repeat(1_000_000) })],
    ['10,000 bad people', JSON.stringify({ format: 'common-ground', version: 1, people: Array(10_000).fill(1) })],
    ['an empty file', ''],
  ])('refuses %s with readable messages', (_label, input) => {
    expectReadableRefusal(parseImport(input));
  });
});

describe('parseImport on valid exports', () => {
  it('property: any export, odd Unicode included, round-trips byte for byte', () => {
    fc.assert(
      fc.property(people, (list) => {
        const file = fileOf(list);
        const parsed = parseImport(file);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(serializeExport(parsed.data)).toBe(file);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a UTF-8 byte-order mark before the JSON (Windows editors save one), and only at the start', () => {
    const file = fileOf([samplePerson('ada')]);
    const parsed = parseImport(`\ufeff${file}`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializeExport(parsed.data)).toBe(file);
    expectReadableRefusal(parseImport(`\ufeff\ufeff${file}`));
    expectReadableRefusal(parseImport(`\ufeff`));
  });

  it('(negative) the same export with one duplicated person is refused', () => {
    const file = JSON.parse(fileOf([samplePerson('ada')]));
    file.people.push(file.people[0]);
    expect(expectReadableRefusal(parseImport(JSON.stringify(file)))[0]).toMatch(/^people\.1\.slug: duplicate/);
  });
});
