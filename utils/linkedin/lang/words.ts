/**
 * The lookups readers use over the UI word tables in use. Readers decide by structure, links and
 * numbers first and ask these only for what structure leaves open; an unknown language still reads
 * (digits, links, positions). English is built in; the other tables (lang/index.ts) are added by
 * `addLanguages` — at once in the CLI and tests, on demand in the content script (ui-words.ts).
 */
import type { Degree } from '../../schema';
import { en } from './en';
import type { InterestTab, SectionName, UiWords } from './types';

export type { InterestTab, SectionName, UiWords } from './types';

/** Case-, space- and apostrophe-insensitive form of a UI word. */
export function foldWord(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .trim()
    .toLowerCase();
}

/** The tables in use, English first. */
const active: UiWords[] = [en];

function setOf(pick: (w: UiWords) => readonly string[]): Set<string> {
  return new Set(active.flatMap((w) => pick(w).map(foldWord)));
}

function mapOf<V>(pick: (w: UiWords) => [string, V][]): Map<string, V> {
  return new Map(active.flatMap((w) => pick(w).map(([k, v]) => [foldWord(k), v] as [string, V])));
}

type Ordinal = Exclude<Degree, 'self' | 'out-of-network'>;

function build() {
  return {
    degrees: mapOf<Ordinal>((w) => [
      ...w.degree.first.map((s) => [s, '1st'] as [string, Ordinal]),
      ...w.degree.second.map((s) => [s, '2nd'] as [string, Ordinal]),
      ...w.degree.third.map((s) => [s, '3rd'] as [string, Ordinal]),
    ]),
    followers: setOf((w) => w.followers),
    connections: setOf((w) => w.connections),
    durationUnits: setOf((w) => w.durationUnits),
    present: setOf((w) => w.present),
    employment: setOf((w) => w.employmentTypes),
    workplace: setOf((w) => w.workplaceTypes),
    headings: mapOf<SectionName>((w) =>
      Object.entries(w.headings).flatMap(([section, names]) =>
        (names ?? []).map((n) => [n, section as SectionName] as [string, SectionName]),
      ),
    ),
    tabs: mapOf<InterestTab>((w) =>
      Object.entries(w.interestTabs).flatMap(([tab, names]) =>
        (names ?? []).map((n) => [n, tab as InterestTab] as [string, InterestTab]),
      ),
    ),
  };
}

let T = build();

/** Use these tables too (each language once). */
export function addLanguages(tables: readonly UiWords[]): void {
  for (const t of tables) if (!active.some((a) => a.code === t.code)) active.push(t);
  T = build();
}

/** The codes of the tables in use ("en" first). */
export function activeLanguages(): string[] {
  return active.map((w) => w.code);
}

/**
 * A distance badge ("· 2nd", "2.", "2:a", "2次", "3rd+") → its degree. Known words first; any
 * other language still gives its digit when the badge is a lone 1–3 with a short suffix ("2ª").
 */
export function degreeWord(text: string): Ordinal | undefined {
  const t = foldWord(text.replace(/^[·•]\s*/, ''));
  const known = T.degrees.get(t);
  if (known) return known;
  const m = t.match(/^([123])[^\d\s]{0,4}\+?$/u);
  return m ? (m[1] === '1' ? '1st' : m[1] === '2' ? '2nd' : '3rd') : undefined;
}

/** The word of a count line → which count it is ("followers", "obserwujących" → followers). */
export function countWord(word: string): 'followers' | 'connections' | undefined {
  const w = foldWord(word);
  if (T.followers.has(w)) return 'followers';
  if (T.connections.has(w)) return 'connections';
  // "位关注者", "Follower:innen": the table's word inside a longer token.
  for (const f of T.followers) if (f.length > 1 && w.includes(f)) return 'followers';
  for (const c of T.connections) if (c.length > 1 && w.includes(c)) return 'connections';
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
    parts.every((p) => T.durationUnits.has(p[2] ?? '') || T.durationUnits.has((p[2] ?? '').split(' ')[0] ?? ''))
  );
}

/** LinkedIn's word for an ongoing role's end ("Present", "obecnie", "現在"). */
export function isPresentWord(text: string): boolean {
  return T.present.has(foldWord(text));
}

/** An employment type in any table ("Full-time", "Pełny etat", "正社員"). */
export function isEmploymentWord(text: string): boolean {
  return T.employment.has(foldWord(text));
}

/** A workplace type in any table ("Hybrid", "Praca zdalna"). */
export function isWorkplaceWord(text: string): boolean {
  return T.workplace.has(foldWord(text));
}

/** The section a heading names in any table ("Doświadczenie" → experience), or undefined. */
export function sectionOfHeading(text: string): SectionName | undefined {
  return T.headings.get(foldWord(text));
}

/** The interests category a tab label names in any table ("Firmy" → companies), or undefined. */
export function interestTabOf(label: string): InterestTab | undefined {
  return T.tabs.get(foldWord(label));
}

/**
 * True when the page's UI may be in a language whose words are not in use yet: its `<html lang>`
 * is not English, or it has none (a `<main>`-only page). The content script then loads them.
 */
export function needsUiWords(doc: Document): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return lang === '' || !activeLanguages().includes(lang);
}

/** Which count a printed count is, by its word in any table in use: "1,234 followers", "500+ Kontakte", "フォロワー1,204人". */
export function countKindOf(text: string): 'followers' | 'connections' | undefined {
  const t = foldWord(text);
  const after = t.replace(/^[\d,.\s+]+/, '').split(' ')[0] ?? '';
  const before = t.match(/^([^\d\s:：]+)/)?.[1] ?? '';
  return (after ? countWord(after) : undefined) ?? (before ? countWord(before) : undefined);
}
