/**
 * Employers: the same organisation by LinkedIn company link or by name, with legal suffixes
 * ("Inc.", "GmbH", "S.A.") and a leading "The" ignored and renames and parents from
 * `data/employers.json` applied (Facebook → Meta, Twitter → X; Google is part of Alphabet).
 */
import employerData from './data/employers.json';
import { addUnique, fold, type MatchResult, noMatch } from './normalise';
import { comparePageIds, pageId } from './pages';
import { countryCode } from './places';

/** One organisation of the table. */
export interface EmployerEntry {
  id: string;
  name: string;
  /** Short badge name ("Google"); defaults to the name. */
  short?: string;
  aliases?: string[];
  /** Names it had before a rename ("Facebook" for Meta). */
  former?: string[];
  /** The group it belongs to ("alphabet" for Google). One level only: siblings are different employers. */
  parent?: string;
}

/** Shape of `data/employers.json`. */
export interface EmployerData {
  /** Legal-form suffixes dropped from the end of a name, as written ("Inc.", "Pvt Ltd"). */
  legalSuffixes: string[];
  /** Words after a known brand that name a unit, market or legal entity of it ("Siemens Healthineers", "HSBC Bank Middle East"). */
  qualifierWords: string[];
  /** Of those, the ones that never change which organisation a name is, even for an unknown brand ("EMEA", "Global"). */
  regionWords: string[];
  /** Brand plus words that are another organisation (Delta Air Lines ≠ Delta Electronics): never shortened. */
  namesakes: string[];
  organisations: EmployerEntry[];
}

/** What a company name resolved to. */
export interface ResolvedEmployer {
  /** Table id, or null when unknown. */
  id: string | null;
  /** Canonical key: the id, or the folded name without legal suffix. */
  key: string;
  /** Badge name ("Meta", "Acme"). */
  short: string;
  /** The name it was found under was a former one ("Facebook"). */
  former: boolean;
}

/** A company as one side gives it: a name, or a name with LinkedIn's company link. */
export type EmployerInput = string | { name: string; url?: string };

interface EmployerIndex {
  names: Map<string, { id: string; former: boolean } | null>;
  byId: Map<string, EmployerEntry>;
  suffixes: string[][];
  qualifiers: Set<string>;
  regions: Set<string>;
  namesakes: Set<string>;
}

let index: EmployerIndex | null = null;

/** Build (once) the organisation index. */
export function employerIndex(): EmployerIndex {
  if (index) return index;
  const data = employerData as EmployerData;
  const suffixes = data.legalSuffixes
    .map((s) => fold(s).split(' '))
    .filter((t) => t[0] !== '')
    .sort((a, b) => b.length - a.length);
  index = {
    names: new Map(),
    byId: new Map(),
    suffixes,
    qualifiers: new Set(data.qualifierWords.map(fold)),
    regions: new Set(data.regionWords.map(fold)),
    namesakes: new Set(),
  };
  const idx = index;
  const same = (a: { id: string }, b: { id: string }) => a.id === b.id;
  for (const org of data.organisations) {
    idx.byId.set(org.id, org);
    for (const n of [org.name, ...(org.aliases ?? [])])
      addUnique(idx.names, companyKey(n), { id: org.id, former: false }, same);
    for (const n of org.former ?? []) addUnique(idx.names, companyKey(n), { id: org.id, former: true }, same);
  }
  for (const n of data.namesakes) idx.namesakes.add(companyKey(n));
  return idx;
}

/** Canonical key of a company name: folded, leading "the" and trailing legal forms dropped. */
export function companyKey(name: string): string {
  const idx = index ?? employerIndex();
  let toks = fold(name).split(' ');
  if (toks[0] === 'the' && toks.length > 1) toks = toks.slice(1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const suf of idx.suffixes) {
      const n = suf.length;
      if (toks.length <= n) continue;
      let ok = true;
      for (let j = 0; j < n; j++) if (toks[toks.length - n + j] !== suf[j]) ok = false;
      if (ok) {
        toks = toks.slice(0, -n);
        changed = true;
        break;
      }
    }
  }
  return toks.join(' ');
}

/** Connecting words left dangling when a market is cut off ("Reserve Bank of" + "India"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'do', 'del', 'da', 'di', 'du']);

/**
 * Cut markets, units and legal forms off the end of a company key, one at a time, while the rest is
 * not a listed namesake and keeps two words or a brand: "vodafone india" → "vodafone". With `unitsToo`
 * ("the rest is a known brand"), unit words go as well ("hsbc bank middle east" → "hsbc").
 */
function shorten(key: string, accept: (k: string) => boolean, unitsToo: boolean): string | null {
  const idx = employerIndex();
  let toks = key.split(' ');
  while (toks.length > 1) {
    if (idx.namesakes.has(toks.join(' '))) return null;
    let cut = 0;
    for (const n of [3, 2, 1]) {
      if (toks.length <= n) continue;
      const tail = toks.slice(-n).join(' ');
      if (idx.regions.has(tail) || (unitsToo && idx.qualifiers.has(tail)) || countryCode(tail)) {
        cut = n;
        break;
      }
    }
    if (cut === 0) return null;
    toks = toks.slice(0, -cut);
    while (toks.length > 1 && CONNECTORS.has(toks[toks.length - 1]!)) toks = toks.slice(0, -1);
    const k = companyKey(toks.join(' '));
    if (accept(k)) return k;
    toks = k.split(' ');
  }
  return null;
}

const cache = new Map<string, ResolvedEmployer>();

/** Resolve a company name to an organisation of the table (or its canonical key). */
export function resolveEmployer(name: string): ResolvedEmployer {
  const hit = cache.get(name);
  if (hit) return hit;
  const idx = employerIndex();
  let key = companyKey(name);
  let found = idx.names.get(key);
  if (found === undefined && !idx.namesakes.has(key)) {
    // "Vodafone India Limited", "Siemens Healthineers", "Deloitte Touche Tohmatsu India LLP": a known brand.
    const brand = shorten(key, (k) => Boolean(idx.names.get(k)), true);
    if (brand) {
      key = brand;
      found = idx.names.get(brand);
    } else {
      // An unknown brand loses only its market words ("Acme EMEA", "Acme India Pvt Ltd" → "acme").
      let k = key;
      for (let next = shorten(k, () => true, false); next; next = shorten(k, () => true, false)) k = next;
      key = k;
    }
  }
  const org = found ? idx.byId.get(found.id) : undefined;
  const out: ResolvedEmployer =
    found && org
      ? { id: org.id, key: org.id, short: org.short ?? org.name, former: found.former }
      : { id: null, key, short: name.trim(), former: false };
  if (cache.size > 20_000) cache.clear();
  cache.set(name, out);
  return out;
}

/** Compare two resolved employers; parent and unit match more weakly, siblings not at all. */
export function compareEmployers(a: ResolvedEmployer, b: ResolvedEmployer): MatchResult {
  if (a.key === '' || b.key === '') return noMatch('empty');
  const idx = employerIndex();
  if (a.key === b.key) {
    const renamed = a.former !== b.former ? `, now ${a.former ? b.short : a.short}` : '';
    return { match: true, strength: 1, reason: `same organisation${renamed}` };
  }
  if (a.id && b.id) {
    const pa = idx.byId.get(a.id)?.parent;
    const pb = idx.byId.get(b.id)?.parent;
    if (pa === b.id) return { match: true, strength: 0.8, reason: `${a.short} is part of ${b.short}` };
    if (pb === a.id) return { match: true, strength: 0.8, reason: `${b.short} is part of ${a.short}` };
  }
  return noMatch('different organisations');
}

/**
 * Compare two employers with their LinkedIn pages: the same page is the same organisation under any name;
 * two different pages are two organisations (Delta Air Lines' and Delta Electronics'), unless the tables
 * know one is part of the other (Google's page and Alphabet's). Pages that cannot decide leave it to the names.
 */
export function compareEmployerPages(
  a: ResolvedEmployer,
  pa: string | null,
  b: ResolvedEmployer,
  pb: string | null,
): MatchResult {
  const pages = comparePageIds(pa, pb);
  if (pages === 'same') return { match: true, strength: 1, reason: 'same LinkedIn company page' };
  const byName = compareEmployers(a, b);
  if (pages === 'different' && !(byName.match && a.key !== b.key)) return noMatch('different LinkedIn company pages');
  return byName;
}

/** Whether two employers are the same organisation. LinkedIn company links decide when both sides have one. */
export function sameEmployer(a: EmployerInput, b: EmployerInput): MatchResult {
  const ua = typeof a === 'string' ? null : pageId(a.url);
  const ub = typeof b === 'string' ? null : pageId(b.url);
  return compareEmployerPages(
    resolveEmployer(typeof a === 'string' ? a : a.name),
    ua,
    resolveEmployer(typeof b === 'string' ? b : b.name),
    ub,
  );
}
