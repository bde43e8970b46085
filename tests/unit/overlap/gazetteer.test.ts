/**
 * The derived data files (scripts/data/places.ts, schools.ts): their shape holds what the engine's binary
 * search assumes, and they were derived from today's hand tables.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDerivedFiles } from '../../../scripts/data/derived-files';
import placeData from '../../../utils/overlap/data/places.json';
import { DERIVED_FORMAT } from '../../../utils/overlap/derived';
import { fold } from '../../../utils/overlap/normalise';
import type { PlaceData } from '../../../utils/overlap/places';
import { SortedLines } from '../../../utils/overlap/sorted-lines';

const { gazetteer: gaz, institutions: inst } = readDerivedFiles();
const names = new SortedLines(gaz.names).all();
const cities = gaz.cities.split('\n');
const digest = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(import.meta.dirname, '../../../utils/overlap/data', file)))
    .digest('hex');

/** Keys of sorted lines: strictly increasing in JavaScript string order (each once), already folded unless `raw`. */
function expectSorted(text: string, raw = false): void {
  let prev = '';
  for (const line of new SortedLines(text).all()) {
    const key = line.slice(0, line.indexOf('\t'));
    expect(key > prev, key).toBe(true);
    if (!raw) expect(fold(key), key).toBe(key);
    prev = key;
  }
}

describe('gazetteer.json', () => {
  it('was derived from today’s places.json, in the format the engine reads', () => {
    expect(gaz.format).toBe(DERIVED_FORMAT.gazetteer);
    expect(gaz.handDigest, 'places.json changed: run npx tsx scripts/data/places.ts').toBe(digest('places.json'));
  });
  it.each(['names', 'regionKeys', 'regionShort', 'countryNames'] as const)('%s are sorted and folded', (k) => {
    expectSorted(gaz[k]);
  });
  it('every name points at the start of a city line', () => {
    for (const line of names)
      for (const i of line.split('\t')[1]!.split(',')) {
        const n = Number.parseInt(i, 36);
        expect(n >= 0 && n < gaz.cities.length && (n === 0 || gaz.cities[n - 1] === '\n'), line).toBe(true);
      }
  });
  it('every city has a display name, a region of its country and a metro that exists', () => {
    const regionIds = new Set(gaz.regions.split('\n').map((r) => r.split('\t')[0]));
    for (const line of cities) {
      const [name, region, pop, metro] = line.split('\t');
      expect(name, line).toBeTruthy();
      expect(region, line).toMatch(/^[A-Z]{2}(-[A-Z0-9]+)?$/);
      if (region!.includes('-'))
        expect(regionIds.has(region!) || placeData.regions.some((r) => r[0] === region), line).toBe(true);
      expect(Number(pop) >= 1000, line).toBe(true);
      if (metro) expect(gaz.metroIds[Number.parseInt(metro, 36)], line).toBeTruthy();
    }
  });
  it('hand metros keep their ids and come first; derived metros have a label and a region', () => {
    const hand = (placeData as PlaceData).metros.map((m) => m.id);
    for (const id of gaz.metroIds.slice(0, 10)) expect(hand).toContain(id);
    for (const [id, label, region] of gaz.metros) {
      expect(gaz.metroIds).toContain(id);
      expect(label).toMatch(/ area$/);
      expect(region).toMatch(/^[A-Z]{2}/);
    }
  });
  it('regions are sorted "id\\tdisplay" and every region key points at ISO 3166-2 ids', () => {
    expectSorted(gaz.regions, true);
    for (const line of gaz.regions.split('\n')) expect(line).toMatch(/^[A-Z]{2}-[A-Z0-9]+\t\S/);
    for (const line of new SortedLines(gaz.regionKeys).all())
      for (const id of line.split('\t')[1]!.split(',')) expect(id).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
  });
  it('country names in other languages name one country each ("Niemcy", "Allemagne" → DE)', () => {
    const c = new SortedLines(gaz.countryNames);
    expect(c.get('niemcy')).toBe('DE');
    expect(c.get('allemagne')).toBe('DE');
    for (const line of c.all()) expect(line).toMatch(/\t[A-Z]{2}$/);
  });
  it('is large enough to be the world, small enough to load', () => {
    expect(cities.length).toBeGreaterThan(40_000);
    expect(JSON.stringify(gaz).length).toBeLessThan(4_000_000);
  });
});

describe('institutions.json', () => {
  it('was derived from today’s schools.json, in the format the engine reads', () => {
    expect(inst.format).toBe(DERIVED_FORMAT.institutions);
    expect(inst.handDigest, 'schools.json changed: run npx tsx scripts/data/schools.ts').toBe(digest('schools.json'));
  });
  it.each(['exact', 'sorted'] as const)('%s keys are sorted and folded', (k) => {
    expectSorted(inst[k]);
  });
  it('acronyms are sorted capitals', () => {
    expectSorted(inst.acronyms, true);
    for (const line of new SortedLines(inst.acronyms).all()) expect(line).toMatch(/^[A-Z&]{2,8}\t/);
  });
  it('every target is an institution row, a hand id or empty (claimed by two)', () => {
    const rows = inst.institutions.split('\n');
    const handIds = new Set(
      (
        JSON.parse(readFileSync(join(import.meta.dirname, '../../../utils/overlap/data/schools.json'), 'utf8')) as {
          institutions: { id: string }[];
        }
      ).institutions.map((i) => i.id),
    );
    for (const k of ['exact', 'sorted', 'acronyms'] as const)
      for (const line of new SortedLines(inst[k]).all()) {
        const t = line.slice(line.indexOf('\t') + 1);
        if (t === '') continue;
        if (t.startsWith('=')) expect(handIds.has(t.slice(1)), line).toBe(true);
        else {
          const n = Number.parseInt(t, 36);
          expect(n < inst.institutions.length && (n === 0 || inst.institutions[n - 1] === '\n'), line).toBe(true);
        }
      }
    for (const row of rows) expect(row.split('\t')).toHaveLength(3);
  });
});
