/**
 * Employers: the same organisation by LinkedIn company link or by name, with legal suffixes
 * ("Inc.", "GmbH", "S.A.") and a leading "The" ignored and renames and parents from
 * `data/employers.json` applied (Facebook → Meta, Twitter → X; Google is part of Alphabet).
 */
import employerData from './data/employers.json';
import { addUnique, fold, type MatchResult, noMatch } from './normalise';

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
}

let index: EmployerIndex | null = null;
const COMPANY_URL = /linkedin\.com\/company\/([^/?#]+)/i;

/** Build (once) the organisation index. */
export function employerIndex(): EmployerIndex {
  if (index) return index;
  const data = employerData as EmployerData;
  const suffixes = data.legalSuffixes
    .map((s) => fold(s).split(' '))
    .filter((t) => t[0] !== '')
    .sort((a, b) => b.length - a.length);
  index = { names: new Map(), byId: new Map(), suffixes };
  const idx = index;
  const same = (a: { id: string }, b: { id: string }) => a.id === b.id;
  for (const org of data.organisations) {
    idx.byId.set(org.id, org);
    for (const n of [org.name, ...(org.aliases ?? [])])
      addUnique(idx.names, companyKey(n), { id: org.id, former: false }, same);
    for (const n of org.former ?? []) addUnique(idx.names, companyKey(n), { id: org.id, former: true }, same);
  }
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

const cache = new Map<string, ResolvedEmployer>();

/** Resolve a company name to an organisation of the table (or its canonical key). */
export function resolveEmployer(name: string): ResolvedEmployer {
  const hit = cache.get(name);
  if (hit) return hit;
  const idx = employerIndex();
  const key = companyKey(name);
  const found = idx.names.get(key);
  const org = found ? idx.byId.get(found.id) : undefined;
  const out: ResolvedEmployer =
    found && org
      ? { id: org.id, key: org.id, short: org.short ?? org.name, former: found.former }
      : { id: null, key, short: name.trim(), former: false };
  if (cache.size > 20_000) cache.clear();
  cache.set(name, out);
  return out;
}

/** The `<slug or id>` of a LinkedIn company link, or null. */
export function companyId(url: string | undefined): string | null {
  if (!url) return null;
  const m = COMPANY_URL.exec(url);
  return m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
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

/** Whether two employers are the same organisation. LinkedIn company links decide when both sides have one. */
export function sameEmployer(a: EmployerInput, b: EmployerInput): MatchResult {
  const ua = typeof a === 'string' ? null : companyId(a.url);
  const ub = typeof b === 'string' ? null : companyId(b.url);
  if (ua && ub && ua === ub) return { match: true, strength: 1, reason: 'same LinkedIn company page' };
  return compareEmployers(
    resolveEmployer(typeof a === 'string' ? a : a.name),
    resolveEmployer(typeof b === 'string' ? b : b.name),
  );
}
