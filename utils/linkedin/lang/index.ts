/**
 * LinkedIn's UI words in every language we have a table for (one data file per language), and
 * the lookups readers use. Readers decide by structure, links and numbers first and ask these only
 * for what structure leaves open; an unknown language still reads (digits, links, positions).
 */
import type { Degree } from '../../schema';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { tr } from './tr';
import type { InterestTab, SectionName, UiWords } from './types';
import { zh } from './zh';

export type { InterestTab, SectionName, UiWords } from './types';

/** Every language table, English first. Add a language by adding its file here. */
export const LANGUAGES: readonly UiWords[] = [en, de, fr, es, pt, it, nl, pl, sv, tr, ja, zh];

/** Case-, space- and apostrophe-insensitive form of a UI word. */
export function foldWord(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .trim()
    .toLowerCase();
}

function setOf(pick: (w: UiWords) => readonly string[]): ReadonlySet<string> {
  return new Set(LANGUAGES.flatMap((w) => pick(w).map(foldWord)));
}

const DEGREES: ReadonlyMap<string, Exclude<Degree, 'self' | 'out-of-network'>> = new Map(
  LANGUAGES.flatMap((w) => [
    ...w.degree.first.map((s) => [foldWord(s), '1st'] as const),
    ...w.degree.second.map((s) => [foldWord(s), '2nd'] as const),
    ...w.degree.third.map((s) => [foldWord(s), '3rd'] as const),
  ]),
);
const FOLLOWERS = setOf((w) => w.followers);
const CONNECTIONS = setOf((w) => w.connections);
const DURATION_UNITS = setOf((w) => w.durationUnits);
const PRESENT = setOf((w) => w.present);
const EMPLOYMENT = setOf((w) => w.employmentTypes);
const WORKPLACE = setOf((w) => w.workplaceTypes);
const HEADINGS: ReadonlyMap<string, SectionName> = new Map(
  LANGUAGES.flatMap((w) =>
    Object.entries(w.headings).flatMap(([section, names]) =>
      (names ?? []).map((n) => [foldWord(n), section as SectionName] as const),
    ),
  ),
);
const TABS: ReadonlyMap<string, InterestTab> = new Map(
  LANGUAGES.flatMap((w) =>
    Object.entries(w.interestTabs).flatMap(([tab, names]) =>
      (names ?? []).map((n) => [foldWord(n), tab as InterestTab] as const),
    ),
  ),
);

/**
 * A distance badge ("· 2nd", "2.", "2:a", "2次", "3rd+") → its degree. Known words first; any
 * other language still gives its digit when the badge is a lone 1–3 with a short suffix ("2ª").
 */
export function degreeWord(text: string): Exclude<Degree, 'self' | 'out-of-network'> | undefined {
  const t = foldWord(text.replace(/^[·•]\s*/, ''));
  const known = DEGREES.get(t);
  if (known) return known;
  const m = t.match(/^([123])[^\d\s]{0,4}\+?$/u);
  return m ? (m[1] === '1' ? '1st' : m[1] === '2' ? '2nd' : '3rd') : undefined;
}

/** The word of a count line → which count it is ("followers", "obserwujących" → followers). */
export function countWord(word: string): 'followers' | 'connections' | undefined {
  const w = foldWord(word);
  if (FOLLOWERS.has(w)) return 'followers';
  if (CONNECTIONS.has(w)) return 'connections';
  // "位关注者", "Follower:innen": the table's word inside a longer token.
  for (const f of FOLLOWERS) if (f.length > 1 && w.includes(f)) return 'followers';
  for (const c of CONNECTIONS) if (c.length > 1 && w.includes(c)) return 'connections';
  return undefined;
}

/** A duration in any table's units: "5 yrs 11 mos", "1 rok1 mies.", "2年3か月"; not "3M" or "26 kontakty". */
export function isDurationWords(text: string): boolean {
  const t = foldWord(text);
  const parts = [...t.matchAll(/(\d+)\s*([^\d\s]+(?:\s[^\d\s]+)?)/gu)];
  if (
    !parts.length ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== t.replace(/\s/g, '')
  )
    return false;
  return (
    parts.length <= 3 &&
    parts.every((p) => DURATION_UNITS.has(p[2] ?? '') || DURATION_UNITS.has((p[2] ?? '').split(' ')[0] ?? ''))
  );
}

/** LinkedIn's word for an ongoing role's end ("Present", "obecnie", "現在"). */
export function isPresentWord(text: string): boolean {
  return PRESENT.has(foldWord(text));
}

/** An employment type in any table ("Full-time", "Pełny etat", "正社員"). */
export function isEmploymentWord(text: string): boolean {
  return EMPLOYMENT.has(foldWord(text));
}

/** A workplace type in any table ("Hybrid", "Praca zdalna"). */
export function isWorkplaceWord(text: string): boolean {
  return WORKPLACE.has(foldWord(text));
}

/** The section a heading names in any table ("Doświadczenie" → experience), or undefined. */
export function sectionOfHeading(text: string): SectionName | undefined {
  return HEADINGS.get(foldWord(text));
}

/** The interests category a tab label names in any table ("Firmy" → companies), or undefined. */
export function interestTabOf(label: string): InterestTab | undefined {
  return TABS.get(foldWord(label));
}
