/** The derived gazetteer (scripts/data/places.ts): its shape holds what the engine's binary search assumes. */
import { describe, expect, it } from 'vitest';
import gazetteerData from '../../../utils/overlap/data/gazetteer.json';
import placeData from '../../../utils/overlap/data/places.json';
import { fold } from '../../../utils/overlap/normalise';
import type { GazetteerData, PlaceData } from '../../../utils/overlap/places';

const gaz = gazetteerData as GazetteerData;
const names = gaz.names.split('\n');
const cities = gaz.cities.split('\n');

describe('gazetteer.json', () => {
  it('names are sorted in JavaScript string order, each once, already folded', () => {
    let prev = '';
    for (const line of names) {
      const key = line.slice(0, line.indexOf('\t'));
      expect(key > prev, key).toBe(true);
      expect(fold(key), key).toBe(key);
      prev = key;
    }
  });
  it('every name points at cities that exist', () => {
    for (const line of names)
      for (const i of line.split('\t')[1]!.split(',')) {
        const n = Number.parseInt(i, 36);
        expect(n >= 0 && n < cities.length, line).toBe(true);
      }
  });
  it('every city has a display name, a region of its country and a metro that exists', () => {
    const regionIds = new Set(gaz.regions.map((r) => r[0]));
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
  it('regions are [id, display, folded names…]', () => {
    for (const [id, display, ...folded] of gaz.regions) {
      expect(id).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
      expect(display).toBeTruthy();
      for (const f of folded) expect(fold(f)).toBe(f);
    }
  });
  it('is large enough to be the world, small enough to load', () => {
    expect(cities.length).toBeGreaterThan(40_000);
    expect(JSON.stringify(gaz).length).toBeLessThan(4_000_000);
  });
});
