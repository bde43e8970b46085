/**
 * Interests: canonical phrases (folded, hyphenated compounds as one word, light plural stemming, British
 * spellings as American, synonyms and abbreviations from `data/interests.json` substituted: "k8s" →
 * "kubernetes", "PR" → "public relations"), then compared: equal, equal without spaces ("DevOps" / "Dev
 * Ops"), equal in other word forms ("Negotiating" / "Negotiation"), the same words in another order, a
 * listed "kind of" relation ("bouldering" → "climbing"), or one side's whole phrase inside the other's
 * ("cycling" in "road cycling"). A single generic word shared ("Public Speaking" / "Public Policy"), a word
 * inside a hyphenated compound ("Go" in "Go-to-Market"), a one- or two-letter word inside a phrase, and a
 * pastime after a word of work ("Threat Hunting" is not hunting) never match.
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
  /** British → American spelling: word endings, words whose ending is not British, whole words. */
  spelling: { endings: string[][]; keep: string[]; words: Record<string, string> };
  /** Endings of a word's forms `[ending, shortest stem left]`, and words whose ending belongs to them. */
  wordForms: { endings: (string | number)[][]; keep: string[] };
  /** Pastimes that, after a word of work ("threat", "data"), name a term of art instead. */
  termsOfArt: { pastimes: string[]; workWords: string[] };
}

/** An interest phrase in canonical form. */
export interface CanonicalInterest {
  raw: string;
  toks: string[];
  key: string;
  compact: string;
  /** Tokens in their base form ("negotiating" → "negoti"): for whole phrases and a phrase's last word only. */
  forms: string[];
  form: string;
  /** Base forms without connecting words, sorted: the same words in another order. Empty for one word. */
  sorted: string;
}

interface InterestIndex {
  synonyms: Map<string, string[]>;
  /** First words of every synonym, to skip n-gram lookups that cannot hit. */
  firstWords: Set<string>;
  maxN: number;
  kindOf: Map<string, Set<string>>;
  notKindOf: Set<string>;
  generic: Set<string>;
  pastimes: Set<string>;
  workWords: Set<string>;
}

let index: InterestIndex | null = null;
const KEEP_S = ['ss', 'us', 'is', 'os', 'ics'];

function keepsS(t: string): boolean {
  for (const e of KEEP_S) if (t.endsWith(e)) return true;
  return false;
}

/** Light stemming: plural "s"/"ies"/"yses" only, so "board games" = "board game" and "hobbies" = "hobby". */
export function stem(t: string): string {
  if (t.length <= 3) return t;
  // "analyses" is the plural of "analysis".
  if (t.endsWith('yses')) return `${t.slice(0, -2)}is`;
  if (t.endsWith('ies') && t.length > 4) return `${t.slice(0, -3)}y`;
  if (t.endsWith('s') && !keepsS(t)) return t.slice(0, -1);
  return t;
}

const DATA = interestData as InterestData;
const SYMBOLS = Object.entries(DATA.symbols);
const SPELL_WORDS: Readonly<Record<string, string>> = DATA.spelling.words;
const SPELL_KEEP = new Set(DATA.spelling.keep);
const SPELL_ENDINGS = [...DATA.spelling.endings].sort((a, b) => b[0]!.length - a[0]!.length);
const FORM_KEEP = new Set(DATA.wordForms.keep);
const FORM_ENDINGS = DATA.wordForms.endings
  .map(([end, min]) => [String(end), Number(min)] as const)
  .sort((a, b) => b[0].length - a[0].length);
/** Words that join the others of a phrase and carry none of its meaning ("management of projects"). */
const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'in', 'a', 'an', 'to', 'with', 'on']);
/** A hyphen between two letters or digits joins one compound word ("Go-to-Market", "Jiu-Jitsu"). */
const HYPHEN = /(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu;
const DOUBLE_END = /([b-df-hj-kmnp-rtv-y])\1$/;

/** The American spelling of a folded word ("localisation" → "localization", "colour" → "color"). */
export function americanSpelling(t: string): string {
  const w = SPELL_WORDS[t];
  if (w) return w;
  if (SPELL_KEEP.has(t)) return t;
  for (const [br, am] of SPELL_ENDINGS)
    if (t.length > br!.length + 1 && t.endsWith(br!)) return t.slice(0, -br!.length) + am;
  return t;
}

/** The base form of a word ("negotiating", "negotiation", "negotiate" → "negoti"; "running" → "run"). */
export function wordForm(t: string): string {
  if (FORM_KEEP.has(t)) return t;
  for (const [end, min] of FORM_ENDINGS)
    if (t.endsWith(end) && t.length - end.length >= min) {
      const base = t.slice(0, -end.length);
      return DOUBLE_END.test(base) ? base.slice(0, -1) : base;
    }
  return t.length >= 4 && t.endsWith('e') ? t.slice(0, -1) : t;
}

const stemmed = (s: string): string[] => {
  let text = s;
  const lower = s.toLowerCase();
  for (const [sym, words] of SYMBOLS) if (lower.includes(sym)) text = text.toLowerCase().replaceAll(sym, words);
  const f = fold(text.replace(HYPHEN, ''));
  return f === '' ? [] : f.split(' ').map((t) => americanSpelling(stem(t)));
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
  index = {
    synonyms,
    firstWords,
    maxN,
    kindOf: new Map(),
    notKindOf: new Set(),
    generic: new Set(),
    pastimes: new Set(data.termsOfArt.pastimes.flatMap((w) => stemmed(w).map(wordForm))),
    workWords: new Set(data.termsOfArt.workWords.flatMap(stemmed)),
  };
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
  const forms = toks.map(wordForm);
  const sorted =
    toks.length > 1
      ? forms
          .filter((t) => !CONNECTORS.has(t))
          .sort()
          .join(' ')
      : '';
  const out = { raw, toks, key: toks.join(' '), compact: toks.join(''), forms, form: forms.join(' '), sorted };
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

/** "Threat Hunting": the phrase ends in a pastime and a word of work comes before it. */
function isTermOfArt(idx: InterestIndex, long: CanonicalInterest, headLength: number): boolean {
  const head = long.forms[long.forms.length - 1];
  if (head === undefined || !idx.pastimes.has(head)) return false;
  return long.toks.slice(0, long.toks.length - headLength).some((t) => idx.workWords.has(t));
}

/** Compare two canonical interests. Symmetric. */
export function compareInterests(a: CanonicalInterest, b: CanonicalInterest): MatchResult {
  if (a.toks.length === 0 || b.toks.length === 0) return noMatch('empty');
  if (a.key === b.key) return { match: true, strength: 1, reason: 'same interest' };
  if (a.compact === b.compact) return { match: true, strength: 0.95, reason: 'same interest, spelt differently' };
  if (a.form === b.form && !isGenericPhrase(a.toks))
    return { match: true, strength: 0.9, reason: 'same interest in another word form' };
  if (a.sorted !== '' && a.sorted === b.sorted)
    return { match: true, strength: 0.85, reason: 'same interest, words in another order' };
  const idx = interestIndex();
  const [short, long] = a.toks.length <= b.toks.length ? [a, b] : [b, a];
  const n = short.toks.length;
  const shorter = n < long.toks.length;
  const at = shorter ? indexOfRun(long.toks, short.toks) : -1;
  // The last word in another form ("Contract Negotiation" holds "negotiating"); inner words only as written.
  const head = shorter && (at === long.toks.length - n || long.forms.slice(-n).join(' ') === short.form);
  const found = head || at >= 0;
  const blocked =
    isGenericPhrase(short.toks) ||
    idx.notKindOf.has(`${long.key}|${short.key}`) ||
    // "Go", "R", "C": letters that are words inside other phrases.
    (n === 1 && short.toks[0]!.length <= 2) ||
    (head && isTermOfArt(idx, long, n));
  if (!found || blocked) {
    if (idx.kindOf.get(a.key)?.has(b.key))
      return { match: true, strength: 0.6, reason: `${a.raw} is a kind of ${b.raw}` };
    if (idx.kindOf.get(b.key)?.has(a.key))
      return { match: true, strength: 0.6, reason: `${b.raw} is a kind of ${a.raw}` };
    if (found && isGenericPhrase(short.toks)) return noMatch('only a generic word in common');
    if (found) return noMatch(`${long.raw} is not a kind of ${short.raw}`);
    return noMatch('different interests');
  }
  // English puts the head last: "road cycling" is cycling; "cycling tours" is about cycling.
  return { match: true, strength: head ? 0.75 : 0.65, reason: `${long.raw} includes ${short.raw}` };
}

/** Whether two interest phrases name the same interest (or one is a kind of the other). */
export function sameInterest(a: string, b: string): MatchResult {
  if (isSensitive(a) || isSensitive(b)) return noMatch('sensitive trait: never matched');
  return compareInterests(canonicalInterest(a), canonicalInterest(b));
}
