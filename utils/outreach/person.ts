/** Saving a person, and refreshing what we know of them when their profile is visited again. */
import type { OverlapItem, Person, PersonRole, Profile } from '../schema';
import { type CadenceSettings, isoAt, proposeFollowUp, withFollowUp } from './cadence';

/** What `newPerson` needs: the profile as read, what the user saves them as, and the common ground found. */
export interface NewPersonInput {
  profile: Profile;
  role: PersonRole;
  commonGround: OverlapItem[];
  now: Date;
  settings: CadenceSettings;
}

/** A newly saved person: status `saved`, one history entry, the `saved` cadence applied, empty ledger. */
export function newPerson({ profile, role, commonGround, now, settings }: NewPersonInput): Person {
  const at = isoAt(now);
  const person: Person = {
    slug: profile.slug,
    role,
    profile,
    commonGround: [...commonGround],
    status: 'saved',
    statusHistory: [{ status: 'saved', at }],
    notes: '',
    touches: 0,
    projects: [],
    gave: [],
    got: [],
    tags: [],
    createdAt: at,
    updatedAt: at,
    snapshotAt: at,
  };
  return withFollowUp(person, proposeFollowUp('saved', now, settings));
}

/**
 * Replace the stored profile snapshot and common ground with fresh ones and stamp `snapshotAt`; history,
 * notes, status, ledger and everything else are kept. A refresh is not a user edit: `updatedAt` (list
 * order, and which edit wins an import merge) is left alone. Returns the same object when nothing
 * changed. Throws if the profile is someone else's.
 */
export function refreshSnapshot(person: Person, profile: Profile, commonGround: OverlapItem[], now: Date): Person {
  if (profile.slug !== person.slug) {
    throw new Error(`Profile "${profile.slug}" is not the saved person "${person.slug}"`);
  }
  const merged = mergeSnapshot(person.profile, profile);
  if (sameData(person.profile, merged) && sameData(person.commonGround, commonGround)) return person;
  return { ...person, profile: merged, commonGround: [...commonGround], snapshotAt: isoAt(now) };
}

/** List fields of a Profile, and the key that makes two entries the same one. */
const LISTS: { [K in ListField]: (item: Profile[K][number]) => string } = {
  experience: (e) => [e.title, e.company, e.start].join('\u0000').toLowerCase(),
  education: (e) => [e.school, e.degree, e.start].join('\u0000').toLowerCase(),
  skills: (s) => s.toLowerCase(),
  interests: (i) => `${i.category}\u0000${i.name}`.toLowerCase(),
  volunteering: (v) => [v.role, v.organization].join('\u0000').toLowerCase(),
  causes: (c) => c.toLowerCase(),
  languages: (l) => l.toLowerCase(),
};
type ListField = 'experience' | 'education' | 'skills' | 'interests' | 'volunteering' | 'causes' | 'languages';

/**
 * The snapshot after a visit: what the page shows now, without erasing what an earlier page gave.
 * A `/details/<section>/` page carries one complete list and nothing else; a profile page shows the
 * first few entries of each list. So every field the page has wins, a field it lacks keeps the
 * stored value, and each list is the page's entries followed by the stored ones it did not show.
 */
export function mergeSnapshot(saved: Profile, seen: Profile): Profile {
  const out: Profile = { ...saved };
  for (const [k, v] of Object.entries(seen) as [keyof Profile, unknown][]) {
    if (v !== undefined && !(k in LISTS)) (out as Record<string, unknown>)[k] = v;
  }
  for (const field of Object.keys(LISTS) as ListField[]) {
    const key = LISTS[field] as (item: unknown) => string;
    const shown = seen[field] as unknown[];
    const shownKeys = new Set(shown.map(key));
    const kept = (saved[field] as unknown[]).filter((item) => !shownKeys.has(key(item)));
    (out as Record<string, unknown>)[field] = [...shown, ...kept];
  }
  return out;
}

/** Structural equality of plain JSON-like data, ignoring key order and undefined-valued keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameData(ra[k], rb[k])) return false;
  return true;
}
