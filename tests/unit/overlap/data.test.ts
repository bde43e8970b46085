/** The knowledge tables are data: check their shape and that no name is claimed twice. */
import { describe, expect, it } from 'vitest';
import employerData from '../../../utils/overlap/data/employers.json';
import interestData from '../../../utils/overlap/data/interests.json';
import placeData from '../../../utils/overlap/data/places.json';
import schoolData from '../../../utils/overlap/data/schools.json';
import seniorityData from '../../../utils/overlap/data/seniority.json';
import sensitiveData from '../../../utils/overlap/data/sensitive.json';
import { companyKey, type EmployerData } from '../../../utils/overlap/employers';
import {
  americanSpelling,
  canonicalInterest,
  isGenericPhrase,
  sameInterest,
  wordForm,
} from '../../../utils/overlap/interests';
import { fold } from '../../../utils/overlap/normalise';
import type { PlaceData } from '../../../utils/overlap/places';
import { resolveSchool, type SchoolData, schoolKey } from '../../../utils/overlap/schools';
import { isSensitive } from '../../../utils/overlap/sensitive';

const schools = schoolData as SchoolData;
const places = placeData as PlaceData;
const employers = employerData as EmployerData;

/** Every key → the owners that claim it; returns the keys claimed by more than one. */
function clashes(entries: [key: string, owner: string][]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [k, o] of entries) {
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(o);
  }
  return [...owners].filter(([, o]) => o.size > 1).map(([k, o]) => `${k}: ${[...o].join(', ')}`);
}

describe('schools.json', () => {
  it('has hundreds of institutions with unique ids', () => {
    expect(schools.institutions.length).toBeGreaterThan(400);
    const ids = schools.institutions.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('no name or alias is claimed by two institutions', () => {
    const entries: [string, string][] = [];
    for (const inst of schools.institutions) {
      for (const n of [inst.name, ...(inst.aliases ?? [])]) entries.push([schoolKey(n), inst.id]);
      for (const unit of inst.units ?? []) for (const n of unit) entries.push([schoolKey(n), inst.id]);
    }
    expect(clashes(entries)).toEqual([]);
  });
  it('every institution resolves to itself by its name and its aliases', () => {
    const ambiguous = new Set(schools.ambiguous.map(schoolKey));
    for (const inst of schools.institutions)
      for (const n of [inst.name, ...(inst.aliases ?? [])]) {
        if (ambiguous.has(schoolKey(n))) continue;
        expect(resolveSchool(n).id, n).toBe(inst.id);
      }
  });
  it('ambiguous names claim no institution', () => {
    for (const a of schools.ambiguous) expect(resolveSchool(a).id, a).toBeNull();
  });
  it('every institution has a two-letter country code', () => {
    for (const inst of schools.institutions) expect(inst.country, inst.id).toMatch(/^[A-Z]{2}$/);
  });
});

describe('places.json', () => {
  const countries = new Set(places.countries.map((c) => c[0]));
  const regionIds = new Set(places.regions.map((r) => r[0]));
  it('countries have ISO codes and unique names', () => {
    for (const [code] of places.countries) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(
      clashes(places.countries.flatMap(([code, ...names]) => names.map((n): [string, string] => [fold(n), code!]))),
    ).toEqual([]);
  });
  it('regions belong to a listed country; names are unique within a country', () => {
    for (const [id] of places.regions) expect(countries.has(id!.slice(0, 2)), id).toBe(true);
    expect(
      clashes(
        places.regions.flatMap(([id, ...names]) =>
          names.map((n): [string, string] => [`${id!.slice(0, 2)}|${fold(n)}`, id!]),
        ),
      ),
    ).toEqual([]);
  });
  it('covers US states, Canadian provinces, Australian states and Indian states', () => {
    const count = (cc: string) => [...regionIds].filter((r) => r?.startsWith(`${cc}-`)).length;
    expect(count('US')).toBe(51);
    expect(count('CA')).toBe(13);
    expect(count('AU')).toBe(8);
    expect(count('IN')).toBeGreaterThanOrEqual(30);
  });
  it('every metro member has a region in a listed country', () => {
    for (const m of places.metros) {
      expect(countries.has(m.region.slice(0, 2)), m.id).toBe(true);
      for (const c of m.cities) {
        const region = c.split('@')[1] ?? m.region;
        expect(region, `${m.id}: ${c}`).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
        expect(countries.has(region.slice(0, 2)), `${m.id}: ${c}`).toBe(true);
      }
    }
    for (const t of places.towns) {
      const region = t.split('@')[1] ?? '';
      expect(region, t).toMatch(/^[A-Z]{2}-[A-Z0-9]+$/);
      expect(countries.has(region.slice(0, 2)), t).toBe(true);
    }
  });
  it('metro ids are unique and no metro alias names two metros', () => {
    const ids = places.metros.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      clashes(places.metros.flatMap((m) => (m.aliases ?? []).map((a): [string, string] => [fold(a), m.id]))),
    ).toEqual([]);
  });
  it('a city appears once per region', () => {
    const entries: [string, string][] = [];
    for (const m of places.metros)
      for (const c of m.cities) {
        const [names = '', region = m.region] = c.replace(/^~/, '').split('@');
        entries.push([`${fold(names.split('/')[0]!)}@${region}`, m.id]);
      }
    expect(clashes(entries)).toEqual([]);
  });
});

describe('employers.json', () => {
  it('no name is claimed by two organisations and parents exist', () => {
    const ids = new Set(employers.organisations.map((o) => o.id));
    expect(ids.size).toBe(employers.organisations.length);
    const entries: [string, string][] = [];
    for (const o of employers.organisations) {
      for (const n of [o.name, ...(o.aliases ?? []), ...(o.former ?? [])]) entries.push([companyKey(n), o.id]);
      if (o.parent) expect(ids.has(o.parent), o.id).toBe(true);
    }
    expect(clashes(entries)).toEqual([]);
  });
  it('legal suffixes are dropped', () => {
    for (const s of employers.legalSuffixes) expect(companyKey(`Foobar ${s}`), s).toBe('foobar');
  });
});

describe('interests.json', () => {
  it('no synonym belongs to two groups', () => {
    const entries: [string, string][] = [];
    for (const g of interestData.synonyms) for (const n of g) entries.push([n.toLowerCase().trim(), g[0]!]);
    expect(clashes(entries)).toEqual([]);
  });
  it('every synonym matches its canonical name', () => {
    for (const [canon, ...rest] of interestData.synonyms)
      for (const n of rest) expect(sameInterest(canon!, n).match, `${canon} ~ ${n}`).toBe(true);
  });
  it('kind-of pairs match and not-kind-of pairs do not', () => {
    for (const [narrow, broad] of interestData.kindOf)
      expect(sameInterest(narrow!, broad!).match, `${narrow} ~ ${broad}`).toBe(true);
    for (const [longer, shorter] of interestData.notKindOf)
      expect(sameInterest(longer!, shorter!).match, `${longer} ≁ ${shorter}`).toBe(false);
  });
  it('generic words are single folded words', () => {
    for (const g of interestData.generic) expect(canonicalInterest(g).toks.length, g).toBeGreaterThan(0);
  });
  it('spelling data: folded single words; every British word reads as its American one', () => {
    const { endings, keep, words } = interestData.spelling;
    for (const w of [...keep, ...Object.keys(words), ...Object.values(words), ...endings.flat()])
      expect(fold(w), w).toBe(w);
    for (const [br, am] of Object.entries(words)) expect(americanSpelling(br), br).toBe(am);
    for (const k of keep) expect(americanSpelling(k), k).toBe(k);
    // No ending rewrites an American word again.
    for (const [, am] of endings) expect(americanSpelling(`xyz${am}`), am).toBe(`xyz${am}`);
  });
  it.each([
    ['localisation', 'localization'],
    ['organisational', 'organizational'],
    ['colour', 'color'],
    ['behavioural', 'behavioral'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['four', 'four'],
    ['expertise', 'expertise'],
    ['color', 'color'],
  ])('americanSpelling(%s) = %s', (w, am) => {
    expect(americanSpelling(w)).toBe(am);
  });
  it.each([
    ['negotiating', 'negoti'],
    ['negotiation', 'negoti'],
    ['negotiate', 'negoti'],
    ['running', 'run'],
    ['writing', 'writ'],
    ['write', 'writ'],
    ['marketing', 'marketing'],
    ['king', 'king'],
    ['skiing', 'ski'],
  ])('wordForm(%s) = %s', (w, base) => {
    expect(wordForm(w)).toBe(base);
  });
  it('word-form and terms-of-art words are folded single words', () => {
    for (const w of [
      ...interestData.wordForms.keep,
      ...interestData.termsOfArt.pastimes,
      ...interestData.termsOfArt.workWords,
    ])
      expect(fold(w).split(' '), w).toEqual([w]);
    for (const [end, min] of interestData.wordForms.endings) {
      expect(typeof end).toBe('string');
      expect(min).toBeGreaterThanOrEqual(3);
    }
  });
  it('a pastime after a word of work is never a kind of it; after another word it is', () => {
    for (const p of interestData.termsOfArt.pastimes) {
      expect(sameInterest(p, `threat ${p}`).match, `threat ${p}`).toBe(false);
      // (a pastime the table calls generic matches nothing by inclusion anyway)
      if (!isGenericPhrase(canonicalInterest(p).toks))
        expect(sameInterest(p, `weekend ${p}`).match, `weekend ${p}`).toBe(true);
    }
  });
});

describe('seniority.json', () => {
  it('levels are within the named range', () => {
    for (const [phrase, level] of seniorityData.titles as [string, number, string][]) {
      expect(level, phrase).toBeGreaterThanOrEqual(0);
      expect(level, phrase).toBeLessThan(seniorityData.levels.length);
    }
  });
});

describe('sensitive.json', () => {
  it.each([
    ['Church youth group', true],
    ['Democratic Party', true],
    ['Young Republicans', true],
    ['Type 1 diabetes awareness', true],
    ['LGBTQ+ in tech', true],
    ['Muslim Students Association', true],
    ['Road cycling', false],
    ['Kubernetes', false],
    ['Public Policy', false],
    ['Disaster recovery', false],
  ])('%s → %s', (text, sensitive) => {
    expect(isSensitive(text)).toBe(sensitive);
  });
  it('every term is caught by itself', () => {
    for (const terms of Object.values(sensitiveData as Record<string, string[]>))
      for (const t of terms) expect(isSensitive(t), t).toBe(true);
  });
});
