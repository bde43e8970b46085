/** Every read and write of the database. Read-modify-write happens inside one transaction so nothing is lost. */
import { MyProfile, type Person, Settings, type Template } from '../schema';
import type { Db } from './open';
import { SINGLETON_KEY } from './schema';

/** One saved person, or null. */
export async function getPerson(db: Db, slug: string): Promise<Person | null> {
  return (await db.get('people', slug)) ?? null;
}

/** Every saved person, most recently updated first. */
export async function listPeople(db: Db): Promise<Person[]> {
  const people = await db.getAllFromIndex('people', 'updatedAt');
  return people.reverse();
}

/** Insert or replace a person. */
export async function putPerson(db: Db, person: Person): Promise<Person> {
  await db.put('people', person);
  return person;
}

/**
 * Change a person with `change` inside one readwrite transaction: two tabs updating the same person
 * at once are serialised by IndexedDB, so neither change is lost. `change` must be synchronous.
 */
export async function updatePerson(db: Db, slug: string, change: (p: Person) => Person): Promise<Person> {
  const tx = db.transaction('people', 'readwrite');
  const current = await tx.store.get(slug);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`No saved person "${slug}".`);
  }
  const next = change(current);
  await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * Read one person (or their absence) and write what `decide` answers, in one readwrite transaction:
 * a person to put, null to delete, or `undefined` to leave things as they are. `decide` is synchronous
 * and may throw to write nothing (undo checks that nothing changed since, utils/outreach/undo.ts).
 */
export async function writePersonIf(
  db: Db,
  slug: string,
  decide: (stored: Person | null) => Person | null | undefined,
): Promise<Person | null> {
  const tx = db.transaction('people', 'readwrite');
  const stored = (await tx.store.get(slug)) ?? null;
  let next: Person | null | undefined;
  try {
    next = decide(stored);
  } catch (e) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw e;
  }
  if (next === undefined) {
    await tx.done;
    return stored;
  }
  if (next === null) await tx.store.delete(slug);
  else await tx.store.put(next);
  await tx.done;
  return next;
}

/** Remove one person. */
export async function deletePerson(db: Db, slug: string): Promise<void> {
  await db.delete('people', slug);
}

/** The user's own profile, or null when never saved. */
export async function getMe(db: Db): Promise<MyProfile | null> {
  const me = await db.get('me', SINGLETON_KEY);
  return me ? MyProfile.parse(me) : null;
}

/** Save the user's own profile. */
export async function saveMe(db: Db, me: MyProfile): Promise<MyProfile> {
  await db.put('me', me, SINGLETON_KEY);
  return me;
}

/** Settings, with defaults for anything never set. */
export async function getSettings(db: Db): Promise<Settings> {
  return Settings.parse((await db.get('settings', SINGLETON_KEY)) ?? {});
}

/** Save settings. */
export async function saveSettings(db: Db, settings: Settings): Promise<Settings> {
  await db.put('settings', settings, SINGLETON_KEY);
  return settings;
}

/** The user's own templates. */
export async function listTemplates(db: Db): Promise<Template[]> {
  return db.getAll('templates');
}

/** Insert or replace a template. */
export async function putTemplate(db: Db, template: Template): Promise<Template> {
  await db.put('templates', template);
  return template;
}

/** Remove a template. */
export async function deleteTemplate(db: Db, id: string): Promise<void> {
  await db.delete('templates', id);
}

/** Everything at once, for export. */
export async function readAll(db: Db): Promise<{
  me: MyProfile | null;
  settings: Settings;
  people: Person[];
  templates: Template[];
}> {
  const [me, settings, people, templates] = await Promise.all([
    getMe(db),
    getSettings(db),
    db.getAll('people'),
    listTemplates(db),
  ]);
  return { me, settings, people, templates };
}

/**
 * People in slug order, `size` at a time (IndexedDB orders string keys by code unit, as the export
 * sorts them), so an export of 100,000 never holds them all at once.
 */
export async function* peopleBySlug(db: Db, size = 1000): AsyncGenerator<Person[]> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll('people', range, size);
    if (batch.length === 0) return;
    yield batch;
    after = batch.at(-1)?.slug;
    if (batch.length < size) return;
  }
}

/** What an import plan is made from: everything stored, `settings` null when never saved. */
export interface StoredForImport {
  people: Person[];
  templates: Template[];
  me: MyProfile | null;
  settings: Settings | null;
}

/** The records an import writes; `me` and `settings` only when they are to be replaced. */
export interface ImportWrites {
  people: Person[];
  templates: Template[];
  me?: MyProfile;
  settings?: Settings;
}

/**
 * Read what is stored, let `plan` decide what to write, and write it, all in one readwrite transaction:
 * an edit made elsewhere meanwhile waits instead of being overwritten, and either everything lands or
 * nothing does. `plan` must be synchronous. `onWritten(done, total)` reports the people written.
 */
export async function importInto<P extends ImportWrites>(
  db: Db,
  plan: (stored: StoredForImport) => P,
  onWritten: (done: number, total: number) => void = () => undefined,
): Promise<P> {
  const tx = db.transaction(['people', 'templates', 'me', 'settings'], 'readwrite');
  const [people, templates, me, settings] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('me').get(SINGLETON_KEY),
    tx.objectStore('settings').get(SINGLETON_KEY),
  ]);
  const writes = plan({
    people,
    templates,
    me: me ? MyProfile.parse(me) : null,
    settings: settings ? Settings.parse(settings) : null,
  });
  const total = writes.people.length;
  const every = Math.max(1, Math.ceil(total / 100));
  // A failed put fails the transaction, and `tx.done` says why; the single requests need no handler.
  const ignore = () => undefined;
  const store = tx.objectStore('people');
  writes.people.forEach((p, i) => {
    const put = store.put(p);
    if ((i + 1) % every === 0 || i + 1 === total) put.then(() => onWritten(i + 1, total), ignore);
    else put.catch(ignore);
  });
  for (const t of writes.templates) tx.objectStore('templates').put(t).catch(ignore);
  if (writes.me) tx.objectStore('me').put(writes.me, SINGLETON_KEY).catch(ignore);
  if (writes.settings) tx.objectStore('settings').put(writes.settings, SINGLETON_KEY).catch(ignore);
  await tx.done;
  return writes;
}

/** Delete every record in every store. */
export async function clearAll(db: Db): Promise<void> {
  const tx = db.transaction(['people', 'templates', 'me', 'settings'], 'readwrite');
  await Promise.all([
    tx.objectStore('people').clear(),
    tx.objectStore('templates').clear(),
    tx.objectStore('me').clear(),
    tx.objectStore('settings').clear(),
    tx.done,
  ]);
}

/**
 * LinkedIn and the user may write follow-up dates with a UTC offset (`…T09:00:00+02:00`), so index
 * order is local-time order: a key is at most 14 hours from its instant. Range queries widen by this
 * much and callers decide exactly with the parsed date.
 */
const OFFSET_SLACK_MS = 15 * 60 * 60 * 1000;

/**
 * People whose follow-up may be due at `now`, read through the `nextFollowUp` index (only records at
 * or before `now` plus the offset slack are loaded; people without a follow-up are never read).
 */
export async function dueCandidates(db: Db, now: Date): Promise<Person[]> {
  const until = new Date(now.getTime() + OFFSET_SLACK_MS).toISOString();
  return db.getAllFromIndex('people', 'nextFollowUp', IDBKeyRange.upperBound(until));
}

/** The earliest follow-up strictly after `now` (epoch ms), from index keys only; null when none. */
export async function nextFollowUpAfter(db: Db, now: Date): Promise<number | null> {
  const from = new Date(now.getTime() - OFFSET_SLACK_MS).toISOString();
  const index = db.transaction('people').store.index('nextFollowUp');
  let cursor = await index.openKeyCursor(IDBKeyRange.lowerBound(from));
  let best: number | null = null;
  while (cursor) {
    const at = Date.parse(String(cursor.key));
    if (at > now.getTime() && (best === null || at < best)) best = at;
    // Keys past the best instant plus the slack cannot denote an earlier instant.
    if (best !== null && String(cursor.key) > new Date(best + OFFSET_SLACK_MS).toISOString()) break;
    cursor = await cursor.continue();
  }
  return best;
}
