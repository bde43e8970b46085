/** Labelled pairs from every continent (world-pairs.ts): each pair, and precision/recall per category. */
import { describe, expect, it } from 'vitest';
import { sameEmployer, sameInterest, samePlace, sameSchool } from '../../../utils/overlap';
import { WEAK_PLACE_STRENGTH } from '../../../utils/overlap/places';
import { type Pair, worldEmployers, worldInterests, worldPlaces, worldSchools } from './world-pairs';

/** Same city or area: a shared region or country alone is weak and not "same area". */
const sameArea = (a: string, b: string) => {
  const r = samePlace(a, b);
  return { ...r, match: r.match && r.strength > WEAK_PLACE_STRENGTH.region };
};
/** Known misses, reported and tested as misses so a fix shows up: "category|a|b". */
const GAPS = new Set<string>([
  // Several institutions answer to MUST (Malaysia, Misr…): an acronym the tables know for two is never resolved.
  'schools|MUST|Mbarara University of Science and Technology',
]);
/** The targets of issue 13 in every category: precision 0.99, recall 0.95. */
const FLOOR = {
  schools: { precision: 0.99, recall: 0.95 },
  places: { precision: 0.99, recall: 0.95 },
  employers: { precision: 0.99, recall: 0.95 },
  interests: { precision: 0.99, recall: 0.95 },
} as const;

const categories = [
  ['schools', sameSchool, worldSchools],
  ['places', sameArea, worldPlaces],
  ['employers', sameEmployer, worldEmployers],
  ['interests', sameInterest, worldInterests],
] as const;

describe.each(categories)('%s from every continent', (name, fn, pairs: Pair[]) => {
  it.each(pairs)('%s ~ %s → %s', (a, b, same) => {
    const expected = GAPS.has(`${name}|${a}|${b}`) ? !same : same;
    expect(fn(a, b).match).toBe(expected);
    expect(fn(b, a).match).toBe(expected);
  });
});

describe('precision and recall', () => {
  it.each(categories)('%s: precision and recall', (name, fn, pairs: Pair[]) => {
    let tp = 0;
    let fp = 0;
    let fn_ = 0;
    for (const [a, b, same] of pairs) {
      const got = fn(a, b).match;
      if (got && same) tp++;
      else if (got) fp++;
      else if (same) fn_++;
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn_ || 1);
    console.log(`${name}: ${pairs.length} pairs, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(FLOOR[name].precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR[name].recall);
  });
  it('at least 40 % of the pairs are negatives', () => {
    const all = categories.flatMap(([, , p]) => p as Pair[]);
    expect(all.filter((p) => !p[2]).length / all.length).toBeGreaterThanOrEqual(0.4);
  });
});
