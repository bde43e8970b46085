/**
 * Interests: canonical phrases (folded, light plural stemming, synonyms from `data/interests.json`
 * substituted: "k8s" → "kubernetes", "NLP" → "natural language processing"), then compared: equal,
 * equal without spaces ("DevOps" / "Dev Ops"), a listed "kind of" relation ("bouldering" → "climbing"),
 * or one side's whole phrase inside the other's ("cycling" in "road cycling"). A single generic word
 * shared ("Public Speaking" / "Public Policy") never matches.
 */
import interestData from './data/interests.json';
import { fold, indexOfRun, type MatchResult, noMatch } from './normalise';
import { isSensitive } from './sensitive';

/** Shape of `data/interests.json`. */
export interface InterestData {
  /** Names made of symbols that folding would erase ("C++" → "c plus plus"), matched in lower case. */
  symbols: Record<string, string>;
  /** Groups of names for one interest; the first is canonical. */
  synonyms: string[][];
  /** `[narrower, broader]`: "bouldering" is a kind of "climbing". */
  kindOf: string[][];
  /** `[longer, shorter]` pairs where the longer phrase is NOT a kind of the shorter ("table tennis" / "tennis"). */
  notKindOf: string[][];
  /** Words too generic to match on their own ("public", "social", "management"). */
  generic: string[];
}

/** An interest phrase in canonical form. */
export interface CanonicalInterest {
  raw: string;
  toks: string[];
  key: string;
  compact: string;
}

interface InterestIndex {
  synonyms: Map<string, string[]>;
  /** First words of every synonym, to skip n-gram lookups that cannot hit. */
  firstWords: Set<string>;
  maxN: number;
  kindOf: Map<string, Set<string>>;
  notKindOf: Set<string>;
  generic: Set<string>;
}

let index: InterestIndex | null = null;
const KEEP_S = ['ss', 'us', 'is', 'os', 'ics'];

function keepsS(t: string): boolean {
  for (const e of KEEP_S) if (t.endsWith(e)) return true;
  return false;
}

/** Light stemming: plural "s"/"ies" only, so "board games" = "board game" and "hobbies" = "hobby". */
export function stem(t: string): string {
  if (t.length <= 3) return t;
  if (t.endsWith('ies') && t.length > 4) return `${t.slice(0, -3)}y`;
  if (t.endsWith('s') && !keepsS(t)) return t.slice(0, -1);
  return t;
}

const SYMBOLS = Object.entries((interestData as InterestData).symbols);

const stemmed = (s: string): string[] => {
  let text = s;
  const lower = s.toLowerCase();
  for (const [sym, words] of SYMBOLS) if (lower.includes(sym)) text = text.toLowerCase().replaceAll(sym, words);
  const f = fold(text);
  return f === '' ? [] : f.split(' ').map(stem);
};

/** Build (once) the synonym, kind-of and generic-word indexes. */
export function interestIndex(): InterestIndex {
  if (index) return index;
  const data = interestData as InterestData;
  const synonyms = new Map<string, string[]>();
  const firstWords = new Set<string>();
  let maxN = 1;
  for (const group of data.synonyms) {
    const canon = stemmed(group[0] ?? '');
    for (const name of group) {
      const toks = stemmed(name);
      maxN = Math.max(maxN, toks.length);
      synonyms.set(toks.join(' '), canon);
      if (toks[0]) firstWords.add(toks[0]);
    }
  }
  index = { synonyms, firstWords, maxN, kindOf: new Map(), notKindOf: new Set(), generic: new Set() };
  const idx = index;
  for (const [narrow, broad] of data.kindOf) {
    if (!narrow || !broad) continue;
    const n = substitute(stemmed(narrow), idx).join(' ');
    const b = substitute(stemmed(broad), idx).join(' ');
    if (!idx.kindOf.has(n)) idx.kindOf.set(n, new Set());
    idx.kindOf.get(n)!.add(b);
  }
  for (const [longer, shorter] of data.notKindOf)
    if (longer && shorter)
      idx.notKindOf.add(`${substitute(stemmed(longer), idx).join(' ')}|${substitute(stemmed(shorter), idx).join(' ')}`);
  for (const g of data.generic) idx.generic.add(stem(fold(g)));
  return idx;
}

/** Replace every synonym n-gram (longest first) by its canonical tokens. */
function substitute(toks: string[], idx: InterestIndex): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!idx.firstWords.has(toks[i]!)) {
      out.push(toks[i++]!);
      continue;
    }
    let done = false;
    for (let n = Math.min(idx.maxN, toks.length - i); n >= 1; n--) {
      const canon = idx.synonyms.get(toks.slice(i, i + n).join(' '));
      if (canon) {
        out.push(...canon);
        i += n;
        done = true;
        break;
      }
    }
    if (!done) out.push(toks[i++]!);
  }
  return out;
}

/** Canonical tokens of any text (used for About sentences as well as interest names). */
export function canonicalTokens(text: string): string[] {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const out = substitute(stemmed(text), interestIndex());
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

const tokenCache = new Map<string, string[]>();

const canonCache = new Map<string, CanonicalInterest>();

/** Canonical form of one interest phrase. */
export function canonicalInterest(raw: string): CanonicalInterest {
  const hit = canonCache.get(raw);
  if (hit) return hit;
  const toks = canonicalTokens(raw);
  const out = { raw, toks, key: toks.join(' '), compact: toks.join('') };
  if (canonCache.size > 50_000) canonCache.clear();
  canonCache.set(raw, out);
  return out;
}

/** True when a phrase is only generic words, or one word too short to mean anything alone. */
export function isGenericPhrase(toks: readonly string[]): boolean {
  const idx = interestIndex();
  if (toks.length === 0) return true;
  if (toks.length === 1 && (toks[0]!.length < 2 || idx.generic.has(toks[0]!))) return true;
  for (const t of toks) if (!idx.generic.has(t)) return false;
  return true;
}

/** Compare two canonical interests. Symmetric. */
export function compareInterests(a: CanonicalInterest, b: CanonicalInterest): MatchResult {
  if (a.toks.length === 0 || b.toks.length === 0) return noMatch('empty');
  if (a.key === b.key) return { match: true, strength: 1, reason: 'same interest' };
  if (a.compact === b.compact) return { match: true, strength: 0.95, reason: 'same interest, spelt differently' };
  const idx = interestIndex();
  const [short, long] = a.toks.length <= b.toks.length ? [a, b] : [b, a];
  const at = short.toks.length < long.toks.length ? indexOfRun(long.toks, short.toks) : -1;
  if (at < 0 || isGenericPhrase(short.toks) || idx.notKindOf.has(`${long.key}|${short.key}`)) {
    if (idx.kindOf.get(a.key)?.has(b.key))
      return { match: true, strength: 0.6, reason: `${a.raw} is a kind of ${b.raw}` };
    if (idx.kindOf.get(b.key)?.has(a.key))
      return { match: true, strength: 0.6, reason: `${b.raw} is a kind of ${a.raw}` };
    if (at >= 0 && isGenericPhrase(short.toks)) return noMatch('only a generic word in common');
    if (at >= 0) return noMatch(`${long.raw} is not a kind of ${short.raw}`);
    return noMatch('different interests');
  }
  // English puts the head last: "road cycling" is cycling; "cycling tours" is about cycling.
  const head = at + short.toks.length === long.toks.length;
  return { match: true, strength: head ? 0.75 : 0.65, reason: `${long.raw} includes ${short.raw}` };
}

/** Whether two interest phrases name the same interest (or one is a kind of the other). */
export function sameInterest(a: string, b: string): MatchResult {
  if (isSensitive(a) || isSensitive(b)) return noMatch('sensitive trait: never matched');
  return compareInterests(canonicalInterest(a), canonicalInterest(b));
}
