/**
 * Places: parse every location form LinkedIn prints ("City, Region, Country", "Greater X Area",
 * "X Metropolitan Area", "X Area, Country", "San Francisco Bay Area", "… · On-site", bare countries)
 * against the gazetteer in `data/places.json`, then compare by granularity: same city > same metro >
 * same region > same country. Namesakes (Richmond VA / Richmond BC) never match, and a bare name that
 * the gazetteer knows in several places ("Richmond") only matches an equally bare "Richmond".
 */
import placeData from './data/places.json';
import { fold, type MatchResult, noMatch } from './normalise';

/** Shape of `data/places.json`. */
export interface PlaceData {
  /** `[ISO code, English name, ...other names]`. */
  countries: string[][];
  /** `[id "CC-XX", English name, ...other names and abbreviations]`. */
  regions: string[][];
  metros: MetroEntry[];
  /** Cities outside any listed metro: "Name/Alt@REGION". */
  towns: string[];
}

/** One metro area with its member cities. */
export interface MetroEntry {
  id: string;
  /** Badge text ("Boston area"). */
  label: string;
  /** Region id of the core city. */
  region: string;
  /** Core names; "Greater X", "X Metropolitan Area", "X Area"… are generated from them. */
  names: string[];
  /** Names taken as they are ("San Francisco Bay Area", "Silicon Valley"). */
  aliases?: string[];
  /** Member cities: "Name/Alternate/…" with "@REGION" when outside the metro's region. */
  cities: string[];
}

/** One city of the gazetteer. */
export interface CityRef {
  id: string;
  name: string;
  region: string;
  country: string;
  metro: string | null;
  /** A small namesake ("Paris, Texas"): only chosen when the region or country says so. */
  minor: boolean;
  /** The first city of its metro (the one the metro is named after). */
  core: boolean;
}

/** How fine a parsed place is. */
export type PlaceLevel = 'city' | 'metro' | 'region' | 'country';

/** A location string read against the gazetteer. */
export interface ParsedPlace {
  raw: string;
  level: PlaceLevel;
  /** Gazetteer city id, or "?" + folded name for a city the gazetteer does not know. */
  city: string | null;
  cityName: string | null;
  /** The bare name matches several gazetteer cities and nothing says which. */
  ambiguous: boolean;
  metro: string | null;
  region: string | null;
  country: string | null;
}

interface PlaceIndex {
  countries: Map<string, string>;
  countryName: Map<string, string>;
  regions: Map<string, string[]>;
  regionName: Map<string, string>;
  metros: Map<string, string[]>;
  metroById: Map<string, MetroEntry>;
  cities: Map<string, CityRef[]>;
}

/** Metro name patterns LinkedIn prints around a core name. */
const METRO_FORMS = [
  'greater {}',
  'greater {} area',
  'greater {} metropolitan area',
  'greater {} metro area',
  'greater {} region',
  '{} metropolitan area',
  '{} metropolitan region',
  '{} metro area',
  '{} metro',
  '{} area',
  '{} region',
  '{} bay area',
];
/** Prefixes and suffixes that turn a city into its area, longest first. */
const AREA_PREFIXES = ['greater '];
const AREA_SUFFIXES = [
  ' metropolitan area',
  ' metropolitan region',
  ' metro area',
  ' bay area',
  ' metro',
  ' area',
  ' region',
];
/** City suffixes LinkedIn's geo data adds ("Pune District", "Paris City"). */
const CITY_SUFFIXES = [' district', ' city', ' municipality', ' county', ' prefecture'];
/** Workplace words with no place in them. */
const NOT_PLACES = new Set(['remote', 'hybrid', 'on site', 'onsite', 'anywhere', 'worldwide', 'global', 'various']);
const WORKPLACE_SUFFIX = /\s*[·•|]\s*.*$|\s*\((?:remote|hybrid|on-?site)\)\s*$/i;

let index: PlaceIndex | null = null;

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  if (k === '') return;
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

/** Country of a region id ("US-CA" → "US"). */
export const countryOf = (region: string): string => region.slice(0, 2);

/** Build (once) the gazetteer indexes. */
export function placeIndex(): PlaceIndex {
  if (index) return index;
  const data = placeData as PlaceData;
  const countries = new Map<string, string>();
  const countryName = new Map<string, string>();
  for (const [code, ...names] of data.countries) {
    if (!code) continue;
    countryName.set(code, names[0] ?? code);
    for (const n of names) countries.set(fold(n), code);
  }
  const regions = new Map<string, string[]>();
  const regionName = new Map<string, string>();
  for (const [id, ...names] of data.regions) {
    if (!id) continue;
    regionName.set(id, names[0] ?? id);
    for (const n of names) push(regions, fold(n), id);
  }
  const metros = new Map<string, string[]>();
  const metroById = new Map<string, MetroEntry>();
  const cities = new Map<string, CityRef[]>();
  const byCityId = new Map<string, CityRef>();
  const addCity = (spec: string, defRegion: string, metro: string | null, core: boolean) => {
    const minor = spec.startsWith('~');
    const [namePart = '', region = defRegion] = (minor ? spec.slice(1) : spec).split('@');
    const names = namePart.split('/');
    const name = names[0] ?? namePart;
    const id = `${fold(name)}@${region}`;
    const ref = byCityId.get(id) ?? { id, name, region, country: countryOf(region), metro, minor, core };
    byCityId.set(id, ref);
    for (const n of names) push(cities, fold(n), ref);
  };
  for (const m of data.metros) {
    metroById.set(m.id, m);
    for (const n of m.names) for (const f of METRO_FORMS) push(metros, fold(f.replace('{}', n)), m.id);
    for (const a of m.aliases ?? []) push(metros, fold(a), m.id);
    m.cities.forEach((c, i) => {
      addCity(c, m.region, m.id, i === 0);
    });
  }
  for (const t of data.towns) addCity(t, '', null, false);
  index = { countries, countryName, regions, regionName, metros, metroById, cities };
  return index;
}

function regionsCompatible(id: string, region: string | null, country: string | null): boolean {
  if (region) return id === region;
  if (country) return countryOf(id) === country;
  return true;
}

const parseCache = new Map<string, ParsedPlace | null>();

/** Read a location string; null for "Remote" and other non-places. */
export function parsePlace(raw: string): ParsedPlace | null {
  const hit = parseCache.get(raw);
  if (hit !== undefined) return hit;
  const out = parseUncached(raw);
  if (parseCache.size > 20_000) parseCache.clear();
  parseCache.set(raw, out);
  return out;
}

function parseUncached(raw: string): ParsedPlace | null {
  const idx = placeIndex();
  const text = raw.replace(WORKPLACE_SUFFIX, '');
  const parts = text
    .split(',')
    .map((p) => fold(p))
    .filter((p) => p !== '');
  if (parts.length === 0 || (parts.length === 1 && NOT_PLACES.has(parts[0]!))) return null;
  // "Portland, Oregon Metropolitan Area": the whole string names a metro.
  const whole = idx.metros.get(parts.join(' '));
  if (whole?.length === 1) {
    const m = idx.metroById.get(whole[0]!)!;
    return areaOf(raw, m);
  }
  // "Columbus, Ohio Metropolitan Area": the area words sit on the region part.
  let areaOnRegion = false;
  if (parts.length > 1) {
    const tail = parts[parts.length - 1]!;
    for (const suf of AREA_SUFFIXES)
      if (tail.endsWith(suf) && idx.regions.has(tail.slice(0, -suf.length))) {
        parts[parts.length - 1] = tail.slice(0, -suf.length);
        areaOnRegion = true;
        break;
      }
  }
  let country: string | null = null;
  let region: string | null = null;
  let regionCandidates: string[] | null = null;
  const last = parts[parts.length - 1]!;
  const lastCountry = idx.countries.get(last);
  // "Atlanta, Georgia" is the US state; "Tbilisi, Georgia" the country: the city before it decides.
  const lastRegions = idx.regions.get(last);
  const regionFits =
    lastRegions !== undefined &&
    (parts.length === 1 || (idx.cities.get(parts[0]!) ?? []).some((c) => lastRegions.includes(c.region)));
  if (lastCountry && !regionFits) {
    country = lastCountry;
    parts.pop();
  }
  if (parts.length > 0) {
    const cand = (idx.regions.get(parts[parts.length - 1]!) ?? []).filter((r) => regionsCompatible(r, null, country));
    // A lone name that is a region and the core city of a metro ("New York", "Québec", "Delhi") is the city.
    const lone =
      parts.length === 1 &&
      (idx.cities.get(parts[0]!) ?? []).some((c) => c.core && regionsCompatible(c.region, null, country));
    if (cand.length > 0 && !lone) {
      parts.pop();
      if (cand.length === 1) region = cand[0]!;
      else regionCandidates = cand;
      if (region && !country) country = countryOf(region);
    }
  }
  const base: ParsedPlace = {
    raw,
    level: 'country',
    city: null,
    cityName: null,
    ambiguous: false,
    metro: null,
    region,
    country,
  };
  if (parts.length === 0 && region === null && country !== null && regionCandidates === null) {
    // City states: "Singapore", "Hong Kong", "Luxembourg" as a country are also the city.
    const same = (idx.cities.get(last) ?? []).filter((c) => c.country === country);
    if (same.length === 1) parts.push(last);
  }
  if (parts.length === 0) {
    if (regionCandidates) {
      const name = fold(text.split(',')[0] ?? text);
      return { ...base, level: 'region', ambiguous: true, region: null, city: `?${name}`, cityName: name };
    }
    return region ? { ...base, level: 'region' } : country ? base : null;
  }
  const head = parts[0]!;
  const fits = (r: string) =>
    regionsCompatible(r, region, country) && (!regionCandidates || regionCandidates.includes(r));
  // Metro names first ("Greater Boston", "Frankfurt Rhine-Main Metropolitan Area").
  const metroIds = (idx.metros.get(head) ?? []).filter((id) => fits(idx.metroById.get(id)!.region));
  if (metroIds.length === 1) return areaOf(raw, idx.metroById.get(metroIds[0]!)!);
  // "Greater X Area", "X Area": the area around city X.
  let core = head;
  let area = areaOnRegion;
  for (const p of AREA_PREFIXES)
    if (core.startsWith(p)) {
      core = core.slice(p.length);
      area = true;
    }
  for (const s of AREA_SUFFIXES)
    if (core.endsWith(s) && core.length > s.length) {
      core = core.slice(0, -s.length);
      area = true;
      break;
    }
  let cands = idx.cities.get(core);
  if (!cands)
    for (const s of CITY_SUFFIXES)
      if (core.endsWith(s) && idx.cities.has(core.slice(0, -s.length))) {
        core = core.slice(0, -s.length);
        cands = idx.cities.get(core);
        break;
      }
  let matching = (cands ?? []).filter((c) => fits(c.region));
  // "Paris" alone is Paris, France; Paris, Texas must say so.
  if (matching.length > 1) {
    const major = matching.filter((c) => !c.minor);
    if (major.length > 0) matching = major;
  }
  if (matching.length === 1) {
    const c = matching[0]!;
    if (area && c.metro) return { ...base, level: 'metro', metro: c.metro, region: c.region, country: c.country };
    return {
      ...base,
      level: 'city',
      city: c.id,
      cityName: c.name,
      metro: c.metro,
      region: c.region,
      country: c.country,
    };
  }
  if (metroIds.length > 1 || matching.length > 1)
    return { ...base, level: area ? 'metro' : 'city', city: `?${core}`, cityName: core, ambiguous: true };
  // A city the gazetteer does not know (or a region it knows under another name).
  return { ...base, level: area ? 'metro' : 'city', city: `?${core}`, cityName: core };
}

function areaOf(raw: string, m: MetroEntry): ParsedPlace {
  return {
    raw,
    level: 'metro',
    city: null,
    cityName: null,
    ambiguous: false,
    metro: m.id,
    region: m.region,
    country: countryOf(m.region),
  };
}

/** Display name of a region id. */
export const regionName = (id: string): string => placeIndex().regionName.get(id) ?? id;
/** Display name of a country code. */
export const countryName = (code: string): string => placeIndex().countryName.get(code) ?? code;
/** Badge text of a metro id ("Boston area"). */
export const metroLabel = (id: string): string => placeIndex().metroById.get(id)?.label ?? id;

/** Compare two parsed places; the label names what they share ("Cologne", "Boston area", "Texas"). */
function none(reason: string): MatchResult & { label: string } {
  return { match: false, strength: 0, reason, label: '' };
}
const isBare = (p: ParsedPlace): boolean => p.ambiguous && !p.region && !p.country;
const isSpecific = (p: ParsedPlace): boolean => p.region !== null || p.country !== null;

/** Compare two parsed places; the label names what they share ("Cologne", "Boston area", "Texas"). */
export function comparePlaces(a: ParsedPlace, b: ParsedPlace): MatchResult & { label: string } {
  if (a.country && b.country && a.country !== b.country) return none('different countries');
  if (a.ambiguous || b.ambiguous) {
    // A bare namesake ("Richmond") matches only an equally bare one.
    if (isBare(a) && isBare(b) && a.city !== null && a.city === b.city)
      return { match: true, strength: 0.6, reason: 'same place name', label: a.cityName ?? '' };
    return none('namesake: cannot tell which place is meant');
  }
  if (a.city && b.city && a.city === b.city) {
    if (a.city.startsWith('?')) {
      // Unknown to the gazetteer: same name, and both say the same region (or both say nothing).
      if (isSpecific(a) !== isSpecific(b)) return none('same name, but only one side says where');
      if (a.region && b.region && a.region !== b.region) return none('same name in different regions');
      return { match: true, strength: 0.85, reason: 'same city name', label: titleCase(a.cityName ?? '') };
    }
    return { match: true, strength: 1, reason: 'same city', label: a.cityName ?? '' };
  }
  if (a.metro && b.metro && a.metro === b.metro)
    return { match: true, strength: 0.8, reason: 'same metro area', label: metroLabel(a.metro) };
  if (a.region && b.region && a.region === b.region && placeIndex().regionName.has(a.region)) {
    const unknownCity = a.city?.startsWith('?') || b.city?.startsWith('?');
    return { match: true, strength: unknownCity ? 0.4 : 0.5, reason: 'same region', label: regionName(a.region) };
  }
  if ((a.level === 'country' || b.level === 'country') && a.country && a.country === b.country)
    return { match: true, strength: 0.25, reason: 'same country', label: countryName(a.country) };
  return none('different places');
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Whether two location strings are the same place (city, metro, region, or a country holding the other). */
export function samePlace(a: string, b: string): MatchResult {
  const pa = parsePlace(a);
  const pb = parsePlace(b);
  if (!pa || !pb) return noMatch('not a place');
  const { label: _label, ...r } = comparePlaces(pa, pb);
  return r;
}
