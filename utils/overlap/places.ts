/**
 * Places: parse every location form LinkedIn prints ("City, Region, Country", "Greater X Area",
 * "X Metropolitan Area", "X Area, Country", "San Francisco Bay Area", "Région de Paris", "… · On-site",
 * bare countries in any language) against the hand table in `data/places.json` and the GeoNames-derived
 * gazetteer in `public/overlap/gazetteer.json` (built by `scripts/data/places.ts`, installed by `derived.ts`), then compare by granularity:
 * same city > same metro > same region (weak) > same country (weak). Namesakes (Richmond VA / Richmond BC)
 * never match, a bare name the gazetteer knows in several comparable places ("Richmond") only matches an
 * equally bare "Richmond", and a qualifier the gazetteer cannot read ("Boston, Lincolnshire") never
 * matches a place it might not be.
 */
import placeData from './data/places.json';
import { derivedData, onDerivedDataChange } from './derived';
import { fold, type MatchResult, noMatch } from './normalise';
import { lineAt, SortedLines } from './sorted-lines';

/** Shape of `data/places.json`. */
export interface PlaceData {
  /** `[ISO code, English name, ...other names]`. */
  countries: string[][];
  /** `[id "CC-XX", English name, ...other names and abbreviations]`. */
  regions: string[][];
  metros: MetroEntry[];
  /** Cities outside any listed metro: "Name/Alt@REGION". */
  towns: string[];
  /** LinkedIn's printed area forms around a city name, folded, in its interface languages. */
  areaForms: { prefixes: string[]; suffixes: string[] };
  /** Languages whose country names (`Intl.DisplayNames`, taken by `scripts/data/places.ts`) are read as countries. */
  countryNameLocales: string[];
}

/** Shape of `public/overlap/gazetteer.json` (derived by `scripts/data/places.ts`; see its doc comment). */
export interface GazetteerData {
  format: number;
  /** sha256 of `data/places.json` when the file was derived. */
  handDigest: string;
  /** Sorted "ISO 3166-2 id\tdisplay name" lines. */
  regions: string;
  /** Sorted "folded name\tregion id,…" lines. */
  regionKeys: string;
  /** Sorted "short folded name\tregion id,…" lines ("lublin" for "Lublin Voivodeship"). */
  regionShort: string;
  /** Sorted "folded country name\tISO code" lines: names in LinkedIn's other languages. */
  countryNames: string;
  /** Metro id of each metro index: hand metros' ids, then derived ones. */
  metroIds: string[];
  /** Derived metros `[id, label, region]` (every city of ≥ 500,000 people that no hand metro holds). */
  metros: string[][];
  /** Sorted lines "folded name\tcity,…", each city the offset of its line in `cities` (base 36). */
  names: string;
  /** Lines "Display\tregion\tpopulation\tmetro index (base 36)". */
  cities: string;
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
  /** People living there, when the gazetteer knows (rounded). */
  pop: number | null;
  /** Typed in the hand table (wins over the gazetteer's namesakes) or only in the gazetteer. */
  hand: boolean;
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
  /** Hand-table regions by folded name (the gazetteer's are in `gazetteer.regionKeys`). */
  regions: Map<string, string[]>;
  regionName: Map<string, string>;
  metros: Map<string, string[]>;
  metroById: Map<string, MetroEntry>;
  /** Hand-table cities by folded name. */
  cities: Map<string, CityRef[]>;
  areaPrefixes: string[];
  areaSuffixes: string[];
  gazetteer: Gazetteer;
}

/** The gazetteer, read lazily: a name is found by binary search over sorted lines. */
interface Gazetteer {
  names: SortedLines;
  cities: string;
  /** Cities read so far, by line offset. */
  refs: Map<number, CityRef>;
  regionNames: SortedLines;
  metroIds: string[];
  regionKeys: SortedLines;
  /** Region names without their generic word ("Lublin" for "Lublin Voivodeship"): read only before a city. */
  regionShort: SortedLines;
  countryNames: SortedLines;
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
/** Bare names dominated by one place: the largest must have this many times the next one's people. */
const DOMINANCE = 8;
/** A name that is a region and a gazetteer city this large ("Dubai", "Buenos Aires") alone means the city. */
const LONE_CITY_POPULATION = 500_000;
/** Strength of a shared region or country: weak common ground, never "same area" and never a draft's opener. */
export const WEAK_PLACE_STRENGTH = { region: 0.3, unknownCityRegion: 0.25, country: 0.15 } as const;
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
  const gaz = derivedData()?.gazetteer;
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
    const ref = byCityId.get(id) ?? {
      id,
      name,
      region,
      country: countryOf(region),
      metro,
      minor,
      core,
      pop: null,
      hand: true,
    };
    byCityId.set(id, ref);
    for (const n of names) push(cities, fold(n), ref);
  };
  for (const m of data.metros) {
    metroById.set(m.id, m);
    // The forms are folded already: one fold per name, not one per form.
    for (const n of m.names) {
      const core = fold(n);
      for (const f of METRO_FORMS) push(metros, f.replace('{}', core), m.id);
    }
    for (const a of m.aliases ?? []) push(metros, fold(a), m.id);
    m.cities.forEach((c, i) => {
      addCity(c, m.region, m.id, i === 0);
    });
  }
  for (const t of data.towns) addCity(t, '', null, false);
  for (const [id = '', label = '', region = ''] of gaz?.metros ?? [])
    metroById.set(id, { id, label, region, names: [], cities: [] });
  const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  index = {
    countries,
    countryName,
    regions,
    regionName,
    metros,
    metroById,
    cities,
    areaPrefixes: longestFirst(data.areaForms.prefixes),
    areaSuffixes: longestFirst(data.areaForms.suffixes),
    gazetteer: {
      names: new SortedLines(gaz?.names ?? ''),
      cities: gaz?.cities ?? '',
      refs: new Map(),
      regionNames: new SortedLines(gaz?.regions ?? ''),
      metroIds: gaz?.metroIds ?? [],
      regionKeys: new SortedLines(gaz?.regionKeys ?? ''),
      regionShort: new SortedLines(gaz?.regionShort ?? ''),
      countryNames: new SortedLines(gaz?.countryNames ?? ''),
    },
  };
  return index;
}

onDerivedDataChange(() => {
  index = null;
  cityCache.clear();
  regionCache.clear();
  parseCache.clear();
});

const regionCache = new Map<string, string[]>();

/** Every region a folded name can be: the hand table's, then the gazetteer's. */
function regionsNamed(idx: PlaceIndex, key: string): string[] {
  const hit = regionCache.get(key);
  if (hit) return hit;
  const out = [...(idx.regions.get(key) ?? [])];
  for (const id of idx.gazetteer.regionKeys.get(key)?.split(',') ?? []) if (!out.includes(id)) out.push(id);
  if (regionCache.size > 20_000) regionCache.clear();
  regionCache.set(key, out);
  return out;
}

/** Regions a short name ("Lublin" for "Lublin Voivodeship") can be. */
const regionsShortNamed = (idx: PlaceIndex, key: string): string[] =>
  idx.gazetteer.regionShort.get(key)?.split(',') ?? [];

function gazetteerRef(idx: PlaceIndex, i: number): CityRef {
  const g = idx.gazetteer;
  const hit = g.refs.get(i);
  if (hit) return hit;
  const [name = '', region = '', pop = '0', metro = ''] = lineAt(g.cities, i).split('\t');
  const key = fold(name);
  // The same city in the hand table: the hand entry wins and learns the gazetteer's population.
  const hand = (idx.cities.get(key) ?? []).find((c) => c.region === region);
  const metroId = metro === '' ? null : (g.metroIds[Number.parseInt(metro, 36)] ?? null);
  let ref: CityRef;
  if (hand) {
    hand.pop ??= Number(pop);
    hand.metro ??= metroId;
    ref = hand;
  } else
    ref = {
      id: `${key}@${region}`,
      name,
      region,
      country: countryOf(region),
      metro: metroId,
      minor: false,
      core: false,
      pop: Number(pop),
      hand: false,
    };
  g.refs.set(i, ref);
  return ref;
}

const cityCache = new Map<string, CityRef[]>();

/** Every city a folded name can be: the hand table's and the gazetteer's, each city once. */
export function citiesNamed(key: string): CityRef[] {
  const hit = cityCache.get(key);
  if (hit) return hit;
  const idx = placeIndex();
  const out: CityRef[] = [...(idx.cities.get(key) ?? [])];
  const found = idx.gazetteer.names.get(key);
  if (found !== undefined) {
    const gaz = found.split(',').map((n) => gazetteerRef(idx, Number.parseInt(n, 36)));
    // One city per region: a second entry in the same region is a district of the first.
    for (const c of gaz) if (!out.includes(c) && !out.some((o) => o.region === c.region)) out.push(c);
  }
  if (cityCache.size > 20_000) cityCache.clear();
  cityCache.set(key, out);
  return out;
}

/** ISO code of the country a name is ("Deutschland", "Malaysia", "日本"), or undefined. */
export const countryCode = (name: string): string | undefined => countryNamed(placeIndex(), fold(name));

/** The country a folded name is, in English, a listed alternative or any language LinkedIn speaks. */
function countryNamed(idx: PlaceIndex, name: string): string | undefined {
  const hit = idx.countries.get(name);
  if (hit) return hit;
  // A name in another language that is also a city or region here ("Georgia") is the city or region.
  const other = idx.gazetteer.countryNames.get(name);
  if (other === undefined || regionsNamed(idx, name).length > 0 || citiesNamed(name).length > 0) return undefined;
  return other;
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

/** Pick among the cities a name can be, or several when nothing says which. */
function choose(matching: CityRef[]): CityRef[] {
  if (matching.length <= 1) return matching;
  // The hand table decides for the names it lists: "Paris" alone is Paris, France; the gazetteer's namesakes are small.
  const hand = matching.filter((c) => c.hand);
  if (hand.length > 0) {
    const major = hand.filter((c) => !c.minor);
    return major.length > 0 ? major : hand;
  }
  // Otherwise a name is one place only when that place dwarfs every namesake ("Pune", "Tampere").
  const byPop = [...matching].sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0));
  const [top, next] = byPop;
  if (top && next && (top.pop ?? 0) >= DOMINANCE * (next.pop ?? 0)) return [top];
  return matching;
}

/** Strip LinkedIn's area words ("Greater X Area", "Région de X"): the core name and whether it was an area. */
function areaCore(idx: PlaceIndex, name: string): { core: string; area: boolean } {
  let core = name;
  let area = false;
  for (const p of idx.areaPrefixes)
    if (core.startsWith(p) && core.length > p.length) {
      core = core.slice(p.length);
      area = true;
      break;
    }
  for (const s of idx.areaSuffixes)
    if (core.endsWith(s) && core.length > s.length) {
      core = core.slice(0, -s.length);
      area = true;
      break;
    }
  return { core, area };
}

function parseUncached(raw: string): ParsedPlace | null {
  const idx = placeIndex();
  const text = raw.replace(WORKPLACE_SUFFIX, '');
  const parts = text
    .split(/[,，、]/)
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
    for (const suf of idx.areaSuffixes)
      if (tail.endsWith(suf) && regionsNamed(idx, tail.slice(0, -suf.length)).length > 0) {
        parts[parts.length - 1] = tail.slice(0, -suf.length);
        areaOnRegion = true;
        break;
      }
  }
  let country: string | null = null;
  let region: string | null = null;
  let regionCandidates: string[] | null = null;
  const last = parts[parts.length - 1]!;
  // "Atlanta, Georgia" is the US state; "Tbilisi, Georgia" the country: the city before it decides.
  const lastRegions = regionsNamed(idx, last);
  const regionFits =
    lastRegions.length > 0 &&
    (parts.length === 1 || citiesNamed(parts[0]!).some((c) => lastRegions.includes(c.region)));
  const lastCountry = regionFits ? undefined : countryNamed(idx, last);
  if (lastCountry) {
    country = lastCountry;
    parts.pop();
  }
  let regionText: string | null = null;
  if (parts.length > 0) {
    const name = parts[parts.length - 1]!;
    regionText = name;
    let cand = regionsNamed(idx, name).filter((r) => regionsCompatible(r, null, country));
    // "Kraków, Lesser Poland, Poland": a short region name, read only with a city before it.
    if (cand.length === 0 && parts.length > 1)
      cand = regionsShortNamed(idx, name).filter((r) => regionsCompatible(r, null, country));
    // A lone name that is a region and a city ("New York", "Québec", "Dubai") is the city.
    const lone =
      parts.length === 1 &&
      citiesNamed(name).some(
        (c) => (c.core || (c.pop ?? 0) >= LONE_CITY_POPULATION) && regionsCompatible(c.region, null, country),
      );
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
    const same = citiesNamed(last).filter((c) => c.country === country && c.hand);
    if (same.length === 1) parts.push(last);
  }
  if (parts.length === 0) {
    if (regionCandidates) {
      const name = fold(text.split(',')[0] ?? text);
      return { ...base, level: 'region', ambiguous: true, region: null, city: `?${name}`, cityName: name };
    }
    if (region && regionText) {
      const area = cityRegionArea(regionText, region);
      if (area) return { ...base, ...area };
    }
    return region ? { ...base, level: 'region' } : country ? base : null;
  }
  const head = parts[0]!;
  // Parts between the city and what was read as region or country: a qualifier nothing here knows.
  const unknown = parts.slice(1);
  const fits = (r: string) =>
    regionsCompatible(r, region, country) && (!regionCandidates || regionCandidates.includes(r));
  // Metro names first ("Greater Boston", "Frankfurt Rhine-Main Metropolitan Area").
  const metroIds = (idx.metros.get(head) ?? []).filter((id) => fits(idx.metroById.get(id)!.region));
  if (metroIds.length === 1 && unknown.length === 0) return areaOf(raw, idx.metroById.get(metroIds[0]!)!);
  // "Greater X Area", "X Area", "Région de X": the area around city X.
  let { core, area } = areaCore(idx, head);
  area ||= areaOnRegion;
  let cands = citiesNamed(core);
  if (cands.length === 0)
    for (const s of CITY_SUFFIXES)
      if (core.endsWith(s) && citiesNamed(core.slice(0, -s.length)).length > 0) {
        core = core.slice(0, -s.length);
        cands = citiesNamed(core);
        break;
      }
  const inPlace = cands.filter((c) => fits(c.region));
  // "Boston, Lincolnshire": a qualifier nothing here reads may name another place. Only a country that
  // holds exactly one city of that name ("Kraków, Małopolskie, Poland") makes it safe to skip.
  if (unknown.length > 0 && !(country !== null && inPlace.length === 1)) {
    const name = `${core} ${unknown.join(' ')}`;
    return { ...base, level: 'city', city: `?${name}`, cityName: name, ambiguous: true, region: null, country };
  }
  const matching = choose(inPlace);
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

/** Words a region named after its city adds ("Nairobi County", "Lagos State", "Tokyo Prefecture"). */
const REGION_OF_CITY = [' county', ' state', ' province', ' region', ' governorate', ' prefecture', ' district'];

/**
 * "Nairobi County", "Lagos State": a region named after a city of ≥ 500,000 people inside it is, on LinkedIn,
 * that city's area (people there write it for the city). Null for any other region.
 */
function cityRegionArea(text: string, region: string): Partial<ParsedPlace> | null {
  for (const suf of REGION_OF_CITY) {
    if (!text.endsWith(suf)) continue;
    const big = citiesNamed(text.slice(0, -suf.length)).filter(
      (c) => c.region === region && (c.pop ?? 0) >= LONE_CITY_POPULATION,
    );
    const c = big.length === 1 ? big[0]! : null;
    if (!c) return null;
    return c.metro
      ? { level: 'metro', metro: c.metro, region: c.region, country: c.country }
      : { level: 'city', city: c.id, cityName: c.name, region: c.region, country: c.country };
  }
  return null;
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
export const regionName = (id: string): string => regionDisplay(id) ?? id;

/** Display name of a region the hand table or the gazetteer knows, or undefined. */
function regionDisplay(id: string): string | undefined {
  const idx = placeIndex();
  return idx.regionName.get(id) ?? idx.gazetteer.regionNames.get(id);
}
const englishRegions =
  typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
/** Display name of a country code. */
export const countryName = (code: string): string =>
  placeIndex().countryName.get(code) ?? englishRegions?.of(code) ?? code;
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
  if (a.region && b.region && a.region === b.region && regionDisplay(a.region) !== undefined) {
    const unknownCity = a.city?.startsWith('?') || b.city?.startsWith('?');
    return {
      match: true,
      strength: unknownCity ? WEAK_PLACE_STRENGTH.unknownCityRegion : WEAK_PLACE_STRENGTH.region,
      reason: 'same region, not the same area',
      label: `Same region: ${regionName(a.region)}`,
    };
  }
  if ((a.level === 'country' || b.level === 'country') && a.country && a.country === b.country)
    return {
      match: true,
      strength: WEAK_PLACE_STRENGTH.country,
      reason: 'same country',
      label: `Same country: ${countryName(a.country)}`,
    };
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
