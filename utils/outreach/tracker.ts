/**
 * What the popup's tracker shows: saved people grouped by stage with the due ones first, filtered by a
 * search (name, headline, company, school, place, tags and notes; folded as matching folds: case,
 * accents and punctuation ignored) and a role. Pure, plus a small in-memory
 * cache for the background. Built for 10,000 people: each person's search text is folded once and the
 * "today" order is sorted once (`searchIndex`), so a keystroke is one pass over short strings.
 */
import { fold } from '../overlap/normalise';
import type { Person, PersonRole, Status } from '../schema';
import { isDue, sortForToday } from './cadence';
import { STAGE_ORDER, STATUS_LABELS } from './pipeline';

/** The project's one normaliser ("Ørsted" and "Łódź" are found by "orsted" and "lodz"). */
export { fold };

/**
 * The words a person is found by: their name, headline, current and past companies, schools, places
 * (where they are, where they worked), tags and notes. Each field is folded on its own (companies and
 * places repeat across people and hit the fold's cache); notes word by word, so the cache holds words,
 * not whole notes.
 */
export function searchText(person: Person): string {
  const p = person.profile;
  const fields = [p.name, p.headline, p.location, p.current?.company, p.current?.title];
  for (const e of p.experience) fields.push(e.company, e.location);
  for (const e of p.education) fields.push(e.school);
  fields.push(...person.tags);
  const parts = fields.filter((f): f is string => Boolean(f)).map(fold);
  for (const word of person.notes.split(/\s+/)) if (word) parts.push(fold(word));
  // Leading and trailing spaces let a match test " word" for "starts a word".
  return ` ${parts.filter(Boolean).join(' ')} `;
}

/** One person with their folded search text. */
export interface TrackerEntry {
  person: Person;
  text: string;
}

/** Every saved person in "today" order (due first, then next follow-up), search text folded. */
export interface TrackerIndex {
  entries: readonly TrackerEntry[];
}

/**
 * Build the index once: fold each person's search text and sort them for today. The order does not
 * depend on the time afterwards: due people are exactly those with the earliest follow-up dates.
 */
export function searchIndex(people: readonly Person[], now: Date): TrackerIndex {
  return { entries: sortForToday(people, now).map((person) => ({ person, text: searchText(person) })) };
}

/** The index with `person` added or replaced (only their text is folded again). */
export function withPerson(index: TrackerIndex, person: Person, now: Date): TrackerIndex {
  const text = new Map(index.entries.map((e) => [e.person.slug, e.text]));
  text.set(person.slug, searchText(person));
  const people = index.entries.filter((e) => e.person.slug !== person.slug).map((e) => e.person);
  people.push(person);
  return { entries: sortForToday(people, now).map((p) => ({ person: p, text: text.get(p.slug) ?? searchText(p) })) };
}

/** The index without the person `slug`. */
export function withoutPerson(index: TrackerIndex, slug: string): TrackerIndex {
  return { entries: index.entries.filter((e) => e.person.slug !== slug) };
}

/** The roles the user can filter by, or everyone. */
export type RoleFilter = PersonRole | 'all';

/** What the user filters by. */
export interface TrackerFilter {
  query: string;
  role: RoleFilter;
}

/** A group's id: "due" first, then each stage. */
export type GroupId = 'due' | Status;

/** One group of the popup, with everyone in it. */
export interface TrackerGroup {
  id: GroupId;
  label: string;
  people: Person[];
}

/** The words of a search, folded: every one must start a word of the person's search text. */
export function queryWords(query: string): string[] {
  return fold(query).split(' ').filter(Boolean);
}

/** Whether an entry matches the role and every query word (each the start of one of their words). */
export function matches(entry: TrackerEntry, words: readonly string[], role: RoleFilter): boolean {
  if (role !== 'all' && entry.person.role !== role) return false;
  for (const w of words) if (!entry.text.includes(` ${w}`)) return false;
  return true;
}

/**
 * Group the people who match: "Due today" first (most overdue first), then each stage with anyone in it,
 * in pipeline order. Takes the people themselves or, to search as the user types, a prebuilt index.
 */
export function groupForPopup(
  source: readonly Person[] | TrackerIndex,
  now: Date,
  filter: TrackerFilter,
): TrackerGroup[] {
  const index: TrackerIndex = isIndex(source) ? source : searchIndex(source, now);
  const words = queryWords(filter.query);
  const due: Person[] = [];
  const byStage = new Map<Status, Person[]>();
  for (const e of index.entries) {
    if (!matches(e, words, filter.role)) continue;
    if (isDue(e.person, now)) due.push(e.person);
    else {
      const list = byStage.get(e.person.status);
      if (list) list.push(e.person);
      else byStage.set(e.person.status, [e.person]);
    }
  }
  const groups: TrackerGroup[] = [];
  if (due.length) groups.push({ id: 'due', label: 'Due today', people: due });
  for (const status of STAGE_ORDER) {
    const people = byStage.get(status);
    if (people?.length) groups.push({ id: status, label: STATUS_LABELS[status], people });
  }
  return groups;
}

function isIndex(source: readonly Person[] | TrackerIndex): source is TrackerIndex {
  return !Array.isArray(source);
}

/** How many rows of each group to send: `limit` each, or more where the user asked for more. */
export interface ViewLimits {
  limit: number;
  more?: Partial<Record<string, number>>;
}

/** One group as the popup renders it: the first rows and how many there are in all. */
export interface TrackerViewGroup {
  id: GroupId;
  label: string;
  count: number;
  people: Person[];
}

/** What the popup renders: small enough to send as one message with 10,000 people saved. */
export interface TrackerView {
  /** When the view was computed (ISO): what "due" was judged against. */
  at: string;
  /** Everyone saved, before the search and the role filter. */
  total: number;
  /** Everyone who matches. */
  matched: number;
  groups: TrackerViewGroup[];
}

/** The groups cut to their first rows (`limits`), with the counts kept. */
export function trackerView(index: TrackerIndex, now: Date, filter: TrackerFilter, limits: ViewLimits): TrackerView {
  const groups = groupForPopup(index, now, filter);
  return {
    at: now.toISOString(),
    total: index.entries.length,
    matched: groups.reduce((n, g) => n + g.people.length, 0),
    groups: groups.map((g) => ({
      id: g.id,
      label: g.label,
      count: g.people.length,
      people: g.people.slice(0, Math.max(limits.limit, limits.more?.[g.id] ?? 0)),
    })),
  };
}

/** The background's copy of the index: loaded once, kept current by each write, dropped on bulk changes. */
export interface TrackerCache {
  view(filter: TrackerFilter, limits: ViewLimits): Promise<TrackerView>;
  /** A person was saved or changed. */
  put(person: Person): void;
  /** A person was deleted. */
  remove(slug: string): void;
  /** Many people changed (import, delete all): load again on the next view. */
  reset(): void;
}

/** A cache over `load` (every saved person). `now` is injectable for tests. */
export function createTrackerCache(load: () => Promise<Person[]>, now: () => Date = () => new Date()): TrackerCache {
  let index: Promise<TrackerIndex> | null = null;
  // A failed load or update is not kept: the next view loads again.
  const keep = (p: Promise<TrackerIndex>): Promise<TrackerIndex> => {
    index = p;
    p.catch(() => {
      if (index === p) index = null;
    });
    return p;
  };
  const loaded = () => index ?? keep(load().then((people) => searchIndex(people, now())));
  return {
    async view(filter, limits) {
      return trackerView(await loaded(), now(), filter, limits);
    },
    put(person) {
      if (index) keep(index.then((i) => withPerson(i, person, now())));
    },
    remove(slug) {
      if (index) keep(index.then((i) => withoutPerson(i, slug)));
    },
    reset() {
      index = null;
    },
  };
}
