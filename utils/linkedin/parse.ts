/**
 * Pure string parsing shared by the generation readers: the lines LinkedIn prints under a list
 * entry ("Google · Full-time", "Dec 2019 - Present · 2 yrs 4 mos", "5 yrs 11 mos"), degrees,
 * pronouns, degree badges and mutual-connection sentences. No DOM here.
 */
import type { Degree } from '../schema';
import { clean } from './dom';
import { degreeWord, isDurationWords, isEmploymentWord, isWorkplaceWord } from './lang/words';

/** One date as printed: "2019", "Dec 2019", "janv. 2019". */
const ONE_DATE = String.raw`(?:(?:[\p{L}][\p{L}.]{1,11}\s+)?\d{4}|\d{4}\s*年(?:\s*\d{1,2}\s*月)?)`;
/** "Present", "aujourd’hui", "heute": a word where an end date would be. */
const OPEN_END = String.raw`[\p{L}][\p{L}’' .]{1,24}`;
const DATE_RANGE = new RegExp(String.raw`^(${ONE_DATE})(?:\s*(?:[-–—~～]|\bto\b)\s*(${ONE_DATE}|${OPEN_END}))?$`, 'u');
const YEAR = /\b(\d{4})\b/;

/** The part of an entry line before LinkedIn's " · " separator. */
function beforeDot(line: string): string {
  return clean(line.split(' · ')[0]);
}

/** Start and end of a date line; end is "Present" (or LinkedIn's word for it) for ongoing roles. */
export interface DateRange {
  start: string;
  end?: string;
  /** True when the end is a word ("Present") rather than a date. */
  ongoing: boolean;
}

/** "Dec 2019 - Present · 2 yrs 4 mos" → {start: "Dec 2019", end: "Present", ongoing: true}; null when the line is not a date range. */
export function parseDateRange(line: string): DateRange | null {
  const m = beforeDot(line).match(DATE_RANGE);
  if (!m?.[1]) return null;
  const start = clean(m[1]);
  const end = m[2] ? clean(m[2]) : undefined;
  return { start, end, ongoing: end !== undefined && !YEAR.test(end) };
}

/** "5 yrs 11 mos", "6 mos": the total-duration line of a grouped company. */
export function isDuration(line: string): boolean {
  return isDurationWords(clean(line));
}

/** The year in a printed date ("Jun 2019" → "2019"). */
export function yearOf(date: string | undefined): string | undefined {
  return date?.match(YEAR)?.[1];
}

/** True for an employment-type line ("Full-time", "Contract"). */
export function isEmploymentType(line: string): boolean {
  return isEmploymentWord(clean(line));
}

/** "Google · Full-time" → "Google". LinkedIn only ever joins company and employment type with " · ". */
export function companyOf(line: string): string {
  const parts = line.split(' · ').map(clean).filter(Boolean);
  if (parts.length > 1) return parts.slice(0, -1).join(' · ');
  return parts[0] ?? '';
}

/** "Bachelor of Science - BS, Physics" → degree "Bachelor of Science - BS", field "Physics". */
export function splitDegree(line: string): { degree?: string; field?: string } {
  const c = clean(line);
  if (!c) return {};
  const i = c.indexOf(', ');
  if (i < 0) return { degree: c };
  return { degree: clean(c.slice(0, i)) || undefined, field: clean(c.slice(i + 2)) || undefined };
}

/** "(She/Her)", "He/Him", "they/them/theirs" → "She/Her"; undefined for anything else. */
export function parsePronouns(s: string): string | undefined {
  const m = clean(s).match(/^\(?\s*(\p{L}+(?:\s*\/\s*\p{L}+){1,2})\s*\)?$/u);
  return m?.[1]?.replace(/\s*\/\s*/g, '/');
}

/** A distance badge ("1st", "2nd", "3rd+", "3rd degree connection", "· 2nd") → Degree. */
export function parseDegree(s: string): Degree | undefined {
  const c = clean(s);
  const m = c.match(/(?:^|[\s·(])([123])(?:st|nd|rd|er|e|º|°|\.)?\+?(?:\s|$|\))/i);
  if (m?.[1]) return m[1] === '1' ? '1st' : m[1] === '2' ? '2nd' : '3rd';
  // Other languages' badges ("· 2次", "· 2:a"): the part after the dot, from the language tables.
  return degreeWord(c.split('·').pop() ?? c);
}

/**
 * Mutual connections from LinkedIn's sentence: "Ann Lee, Bo Chen, and 2 other mutual connections" → 4,
 * "Ann Lee is a mutual connection" → 1, "Ann Lee and Bo Chen are mutual connections" → 2,
 * "16 Mutual Connections" → 16. `names` is the count of bolded names when the markup marks them.
 */
export function parseMutualCount(sentence: string, names?: number): number | undefined {
  const s = clean(sentence);
  if (!s) return undefined;
  if (names !== undefined && names > 0) {
    // Names are bolded: any language's sentence is those names plus the one number it prints
    // ("Ann, Bo and 2 other mutual connections", "Ann, Bo i 2 innych wspólnych kontaktów").
    const more = s.match(/\d[\d,.\u202f\u00a0]*/)?.[0];
    return names + (more ? Number(more.replace(/\D/g, '')) : 0);
  }
  const others = s.match(/(\d[\d,.]*)\s+others?\b/i);
  const listed = countListedNames(s);
  if (others?.[1]) return listed + Number(others[1].replace(/[,.]/g, ''));
  const total = s.match(/^(\d[\d,.]*)\s/);
  if (total?.[1]) return Number(total[1].replace(/[,.]/g, ''));
  return listed > 0 ? listed : undefined;
}

function countListedNames(s: string): number {
  const head = s.split(/\s+(?:is|are)\s+(?:a\s+)?mutual|\s+and\s+\d/i)[0] ?? '';
  return head
    .split(/,\s*|\s+and\s+/)
    .map(clean)
    .filter(Boolean).length;
}

/** "Haifa, Israel · Hybrid" → "Haifa, Israel"; a bare "Remote" stays. */
export function placeOf(line: string): string {
  const parts = line.split(' · ').map(clean).filter(Boolean);
  const kept = parts.filter((p) => !isWorkplaceWord(p));
  return (kept.length ? kept : parts).join(' · ');
}
