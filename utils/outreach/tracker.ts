/**
 * What the popup shows: saved people grouped by stage with due ones first, filtered by a search
 * (name, company or school; case and accents ignored) and a role. Pure; the search text of each
 * person is folded once in `buildIndex`, so a keystroke only scans strings.
 */
import type { Person, PersonRole, Status } from '../schema';
import { isDue, sortForToday } from './cadence';
import { STAGE_ORDER, STATUS_LABELS } from './pipeline';

/** Lower-case, accents stripped, runs of anything else collapsed to one space. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One person with their folded search text. */
export interface IndexedPerson {
  person: Person;
  text: string;
}

/** Fold each person's name, headline, companies and schools once. */
export function buildIndex(people: readonly Person[]): IndexedPerson[] {
  return people.map((person) => {
    const p = person.profile;
    const parts = [
      p.name,
      p.headline ?? '',
      p.current?.company ?? '',
      ...p.experience.map((e) => e.company ?? ''),
      ...p.education.map((e) => e.school),
      ...person.tags,
    ];
    return { person, text: ` ${fold(parts.join(' '))} ` };
  });
}

/** What the user filters by. */
export interface TrackerFilter {
  query: string;
  role: PersonRole | 'all';
}

/** One group of the popup: "Due now" first, then the stages in pipeline order. */
export interface TrackerGroup {
  id: 'due' | Status;
  label: string;
  people: Person[];
}

/** Whether a person matches the filter: every word of the query starts a word of their text. */
export function matches(entry: IndexedPerson, words: readonly string[], role: TrackerFilter['role']): boolean {
  if (role !== 'all' && entry.person.role !== role) return false;
  for (const w of words) if (!entry.text.includes(` ${w}`)) return false;
  return true;
}

/** Group the people who match: due first (most overdue first), then each stage with anyone in it. */
export function groupForPopup(index: readonly IndexedPerson[], now: Date, filter: TrackerFilter): TrackerGroup[] {
  const words = fold(filter.query).split(' ').filter(Boolean);
  const hits = index.filter((e) => matches(e, words, filter.role)).map((e) => e.person);
  const due: Person[] = [];
  const byStage = new Map<Status, Person[]>();
  for (const p of sortForToday(hits, now)) {
    if (isDue(p, now)) due.push(p);
    else {
      const list = byStage.get(p.status) ?? [];
      list.push(p);
      byStage.set(p.status, list);
    }
  }
  const groups: TrackerGroup[] = [];
  if (due.length) groups.push({ id: 'due', label: 'Due now', people: due });
  for (const status of STAGE_ORDER) {
    const people = byStage.get(status);
    if (people?.length) groups.push({ id: status, label: STATUS_LABELS[status], people });
  }
  return groups;
}
