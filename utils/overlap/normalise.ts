/**
 * The one text normaliser of the project (matching, tracker search, self import): fold case, diacritics,
 * letters NFD keeps whole (ø, ł, ß, æ) and modifier letters (ʻokina), turn punctuation into spaces, and
 * split into tokens. No regex is compiled per call; all patterns are module constants.
 */

/** Letters that NFD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Text with nothing for the Unicode passes to do. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
/** Modifier letters ("Hawaiʻi", "Mulaʼ"): spelling marks, not letters, dropped like apostrophes. */
const MODIFIERS = /\p{Lm}/gu;
const SPECIAL = /[ßøæœłđðþı]/g;
const APOSTROPHES = /['’‘`´]/g;
const AMPERSAND = /&/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Small cache: the same strings (skills, companies, places) repeat across many profiles. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/**
 * Fold a string for comparison: lower case, no diacritics, "&" as "and", apostrophes dropped
 * ("King's" → "kings"), every other run of punctuation or space as one space.
 */
export function fold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  // ASCII has no marks, modifier or special letters to fold: skip the Unicode passes (most names are ASCII).
  const letters = ASCII.test(s)
    ? s.toLowerCase()
    : s
        .normalize('NFKD')
        .replace(MARKS, '')
        .replace(MODIFIERS, '')
        .toLowerCase()
        .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
  const out = letters.replace(APOSTROPHES, '').replace(AMPERSAND, ' and ').replace(NON_ALNUM, ' ').trim();
  if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
  foldCache.set(s, out);
  return out;
}

/** Folded tokens of a string ("Köln-Bonn" → ["koln", "bonn"]). */
export function tokens(s: string): string[] {
  const f = fold(s);
  return f === '' ? [] : f.split(' ');
}

/** Key that ignores word order: the folded tokens sorted and joined. */
export function sortedKey(toks: readonly string[]): string {
  return [...toks].sort().join(' ');
}

/** True when `needle` occurs as a contiguous run inside `hay`; returns the start index or -1. */
export function indexOfRun(hay: readonly string[], needle: readonly string[]): number {
  const n = needle.length;
  if (n === 0 || n > hay.length) return -1;
  outer: for (let i = 0; i <= hay.length - n; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Add `key → value` to an index of unique keys; a key claimed by two values becomes ambiguous (null). */
export function addUnique<V>(index: Map<string, V | null>, key: string, value: V, same: (a: V, b: V) => boolean): void {
  if (key === '') return;
  const prev = index.get(key);
  if (prev === undefined) index.set(key, value);
  else if (prev !== null && !same(prev, value)) index.set(key, null);
}

/** Text shown to a person: trimmed and single-spaced. */
export function clean(s: string): string {
  const t = s.trim();
  return ODD_SPACE.test(t) ? t.replace(SPACES, ' ') : t;
}

const SPACES = /\s+/g;
const ODD_SPACE = /\s\s|[^\S ]/;

/** The result every matcher returns: whether the two sides are the same thing, how strongly, and why. */
export interface MatchResult {
  match: boolean;
  /** 0–1; 0 when there is no match. */
  strength: number;
  /** Short human reason ("same institution", "Kellogg is part of Northwestern University"). */
  reason: string;
}

/** A non-match with its reason. */
export const noMatch = (reason: string): MatchResult => ({ match: false, strength: 0, reason });
