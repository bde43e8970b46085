/**
 * Merging an imported export into what is stored, field by field, so an import never drops what the
 * user wrote on either side: notes, stages and their history, the give-and-take ledger, follow-ups,
 * tags and projects. Pure: plain data in, the records to write and a report out.
 *
 * Per person (same slug on both sides):
 * - notes: equal, or one contains the other → the longer; otherwise both, the stored text first;
 * - status history: the union by stage and time, sorted by time; the current stage is the latest entry;
 *   entries on both sides with different notes keep both notes;
 * - gave / got: the union by what and time; tags and projects: the union, stored ones first;
 * - touches: the larger count; createdAt: the earlier;
 * - role, meeting kind and the follow-up (date and reason): the side with the newer user edit
 *   (`updatedAt`); a follow-up is never dropped for want of one on that side;
 * - profile snapshot and common ground: the newer snapshot (`snapshotAt`, else `updatedAt`);
 * - updatedAt / snapshotAt: the later of the two.
 * Importing the same file twice changes nothing the second time.
 *
 * My profile and settings: the file's are taken when none are stored (a new browser, or after Delete
 * all data); otherwise the stored ones are kept and the report says the file's differ. Templates: the
 * file's are added unless the same template is stored; one whose id is taken by a different template
 * is added under a new id, so neither is lost.
 */
import { type Export, MyProfile, type Person, type Settings, type Template } from '../schema';
import { sameData } from './person';

/** The parts of a person a merge can change, as the import report names them. */
export type MergedField =
  | 'notes'
  | 'history'
  | 'stage'
  | 'ledger'
  | 'followUp'
  | 'tags'
  | 'projects'
  | 'touches'
  | 'role'
  | 'meeting'
  | 'snapshot'
  | 'created';

/** One person merged: the result, and what it took from the file (empty: nothing, leave it as stored). */
export interface PersonMerge {
  person: Person;
  fields: MergedField[];
}

const time = (iso: string) => Date.parse(iso);
const snapTime = (p: Person) => time(p.snapshotAt ?? p.updatedAt);
const later = (a: string, b: string) => (time(b) > time(a) ? b : a);

/** Both texts, unless one already holds the other. */
export function mergeText(stored: string, incoming: string): string {
  if (stored.includes(incoming)) return stored;
  if (incoming.includes(stored)) return incoming;
  return `${stored}\n\n${incoming}`;
}

/**
 * The union of two lists by `key`, stored items first; a pair with the same key goes through `same`.
 * Sorted by `order` (stable) only when something was added, so an unchanged list keeps its order.
 */
function union<T>(
  stored: readonly T[],
  incoming: readonly T[],
  key: (x: T) => string,
  same: (a: T, b: T) => T = (a) => a,
  order?: (a: T, b: T) => number,
): { list: T[]; changed: boolean } {
  const at = new Map(stored.map((x, i) => [key(x), i]));
  const list = [...stored];
  let added = false;
  let changed = false;
  for (const x of incoming) {
    const i = at.get(key(x));
    if (i === undefined) {
      at.set(key(x), list.length);
      list.push(x);
      added = true;
    } else {
      const merged = same(list[i] as T, x);
      if (merged !== list[i]) {
        list[i] = merged;
        changed = true;
      }
    }
  }
  if (added && order) list.sort(order);
  return { list, changed: added || changed };
}

type Change = Person['statusHistory'][number];

function mergeChange(a: Change, b: Change): Change {
  if (b.note === undefined || a.note === b.note) return a;
  if (a.note === undefined) return { ...a, note: b.note };
  const note = mergeText(a.note, b.note);
  return note === a.note ? a : { ...a, note };
}

/** Merge one imported person into the stored one (same slug). See the file comment for the rules. */
export function mergePerson(stored: Person, incoming: Person): PersonMerge {
  if (stored.slug !== incoming.slug) throw new Error(`Cannot merge "${incoming.slug}" into "${stored.slug}"`);
  const fields: MergedField[] = [];
  const next: Person = { ...stored };
  const fileEditNewer = time(incoming.updatedAt) > time(stored.updatedAt);

  const notes = mergeText(stored.notes, incoming.notes);
  if (notes !== stored.notes) {
    next.notes = notes;
    fields.push('notes');
  }

  const history = union(
    stored.statusHistory,
    incoming.statusHistory,
    (h) => `${h.status}|${time(h.at)}`,
    mergeChange,
    (a, b) => time(a.at) - time(b.at),
  );
  if (history.changed) {
    next.statusHistory = history.list;
    fields.push('history');
    const latest = history.list.at(-1)?.status ?? stored.status;
    if (latest !== stored.status) {
      next.status = latest;
      fields.push('stage');
    }
  }

  const byWhat = (d: Person['gave'][number]) => `${d.what}|${time(d.at)}`;
  const byAt = (a: Person['gave'][number], b: Person['gave'][number]) => time(a.at) - time(b.at);
  const gave = union(stored.gave, incoming.gave, byWhat, undefined, byAt);
  const got = union(stored.got, incoming.got, byWhat, undefined, byAt);
  if (gave.changed || got.changed) {
    next.gave = gave.list;
    next.got = got.list;
    fields.push('ledger');
  }

  const tags = union(stored.tags, incoming.tags, (t) => t);
  if (tags.changed) {
    next.tags = tags.list;
    fields.push('tags');
  }
  const projects = union(stored.projects, incoming.projects, (t) => t);
  if (projects.changed) {
    next.projects = projects.list;
    fields.push('projects');
  }

  if (incoming.touches > stored.touches) {
    next.touches = incoming.touches;
    fields.push('touches');
  }

  if (fileEditNewer && incoming.role !== stored.role) {
    next.role = incoming.role;
    fields.push('role');
  }
  const meetingFrom = fileEditNewer && incoming.meetingKind ? incoming : stored.meetingKind ? stored : incoming;
  if (meetingFrom.meetingKind !== stored.meetingKind) {
    next.meetingKind = meetingFrom.meetingKind;
    fields.push('meeting');
  }

  // The newer edit's follow-up; the other side's when the newer has none, so a reminder is never lost.
  const first = fileEditNewer ? incoming : stored;
  const followFrom = first.nextFollowUp ? first : fileEditNewer ? stored : incoming;
  if (followFrom.nextFollowUp !== stored.nextFollowUp || followFrom.followUpReason !== stored.followUpReason) {
    if (followFrom.nextFollowUp) {
      next.nextFollowUp = followFrom.nextFollowUp;
      if (followFrom.followUpReason === undefined) delete next.followUpReason;
      else next.followUpReason = followFrom.followUpReason;
      fields.push('followUp');
    }
  }

  if (
    snapTime(incoming) > snapTime(stored) &&
    !(sameData(incoming.profile, stored.profile) && sameData(incoming.commonGround, stored.commonGround))
  ) {
    next.profile = incoming.profile;
    next.commonGround = incoming.commonGround;
    fields.push('snapshot');
  }

  if (time(incoming.createdAt) < time(stored.createdAt)) {
    next.createdAt = incoming.createdAt;
    fields.push('created');
  }

  if (fields.length === 0) return { person: stored, fields };
  next.updatedAt = later(stored.updatedAt, incoming.updatedAt);
  const snapshotAt = later(stored.snapshotAt ?? stored.updatedAt, incoming.snapshotAt ?? incoming.updatedAt);
  if (stored.snapshotAt !== undefined || incoming.snapshotAt !== undefined) next.snapshotAt = snapshotAt;
  return { person: next, fields };
}

/** Outcome of `mergePeople`: the records to write, and the slugs added, merged (with what) and left as they were. */
export interface PeopleMerge {
  put: Person[];
  added: string[];
  merged: { slug: string; fields: MergedField[] }[];
  unchanged: string[];
}

/**
 * Merge imported people into the stored ones by slug: a new slug is added whole, a known one merged
 * field by field (`mergePerson`). People only in the store are left alone. Throws on duplicate slugs
 * in `incoming` (`parseImport` refuses those first).
 */
export function mergePeople(stored: readonly Person[], incoming: readonly Person[]): PeopleMerge {
  const saved = new Map(stored.map((p) => [p.slug, p]));
  const seen = new Set<string>();
  const result: PeopleMerge = { put: [], added: [], merged: [], unchanged: [] };
  for (const p of incoming) {
    if (seen.has(p.slug)) throw new Error(`Duplicate slug in import: "${p.slug}"`);
    seen.add(p.slug);
    const old = saved.get(p.slug);
    if (!old) {
      result.put.push(p);
      result.added.push(p.slug);
      continue;
    }
    const { person, fields } = mergePerson(old, p);
    if (fields.length === 0) result.unchanged.push(p.slug);
    else {
      result.put.push(person);
      result.merged.push({ slug: p.slug, fields });
    }
  }
  return result;
}

/** Outcome of `mergeTemplates`: the templates to write; ids added, renamed (file id → new id) and already there. */
export interface TemplatesMerge {
  put: Template[];
  added: string[];
  renamed: [from: string, to: string][];
  unchanged: string[];
}

/** Add the file's templates (see the file comment): none stored is replaced, none in the file is lost. */
export function mergeTemplates(stored: readonly Template[], incoming: readonly Template[]): TemplatesMerge {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const content = (t: Template) => JSON.stringify([t.kind, t.name, t.subject ?? null, t.body]);
  const contents = new Set(stored.map(content));
  const result: TemplatesMerge = { put: [], added: [], renamed: [], unchanged: [] };
  for (const t of incoming) {
    if (contents.has(content(t))) {
      result.unchanged.push(t.id);
      continue;
    }
    let id = t.id;
    for (let n = 2; byId.has(id); n++) id = `${t.id}-${n}`;
    const put = id === t.id ? t : { ...t, id };
    byId.set(id, put);
    contents.add(content(put));
    result.put.push(put);
    if (id === t.id) result.added.push(id);
    else result.renamed.push([t.id, id]);
  }
  return result;
}

/** What happened to My profile or the settings of the file: taken, kept (the stored differ), the same, or none in the file. */
export type SingletonOutcome = 'imported' | 'kept' | 'same' | 'none';

/** What is stored now, as the import plan needs it; `settings` null when never saved (defaults in use). */
export interface StoredData {
  people: readonly Person[];
  templates: readonly Template[];
  me: MyProfile | null;
  settings: Settings | null;
}

/** A person in the report: slug and name. */
export interface ReportedPerson {
  slug: string;
  name: string;
}

/** At most this many people are named per list in the report; the counts are always complete. */
export const REPORT_NAMES_MAX = 100;

/** What an import did, for the options page to say. */
export interface ImportReport {
  /** People in the file. */
  total: number;
  added: { count: number; first: ReportedPerson[] };
  merged: { count: number; first: (ReportedPerson & { fields: MergedField[] })[] };
  unchanged: { count: number; first: ReportedPerson[] };
  me: SingletonOutcome;
  settings: Exclude<SingletonOutcome, 'none'>;
  templates: { added: number; renamed: number; unchanged: number };
}

/** The writes of an import and what the report says. `me` / `settings` are set only when taken from the file. */
export interface ImportPlan {
  people: Person[];
  templates: Template[];
  me?: MyProfile;
  settings?: Settings;
  report: ImportReport;
}

const BLANK_ME = MyProfile.parse({});

/** Plan an import of a validated file into what is stored (see the file comment for every rule). */
export function planImport(stored: StoredData, file: Export): ImportPlan {
  const people = mergePeople(stored.people, file.people);
  const templates = mergeTemplates(stored.templates, file.templates);
  const names = new Map(file.people.map((p) => [p.slug, p.profile.name]));
  const named = (slug: string): ReportedPerson => ({ slug, name: names.get(slug) ?? slug });

  let me: SingletonOutcome;
  if (file.me === null) me = 'none';
  else if (stored.me === null || sameData(stored.me, BLANK_ME)) me = sameData(file.me, BLANK_ME) ? 'same' : 'imported';
  else me = sameData(stored.me, file.me) ? 'same' : 'kept';
  const settings =
    stored.settings === null ? 'imported' : sameData(stored.settings, file.settings) ? 'same' : ('kept' as const);

  return {
    people: people.put,
    templates: templates.put,
    ...(me === 'imported' && file.me ? { me: file.me } : {}),
    ...(settings === 'imported' ? { settings: file.settings } : {}),
    report: {
      total: file.people.length,
      added: { count: people.added.length, first: people.added.slice(0, REPORT_NAMES_MAX).map(named) },
      merged: {
        count: people.merged.length,
        first: people.merged.slice(0, REPORT_NAMES_MAX).map((m) => ({ ...named(m.slug), fields: m.fields })),
      },
      unchanged: { count: people.unchanged.length, first: people.unchanged.slice(0, REPORT_NAMES_MAX).map(named) },
      me,
      settings,
      templates: {
        added: templates.added.length,
        renamed: templates.renamed.length,
        unchanged: templates.unchanged.length,
      },
    },
  };
}
