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
  if (sameData(person.profile, profile) && sameData(person.commonGround, commonGround)) return person;
  return { ...person, profile, commonGround: [...commonGround], snapshotAt: isoAt(now) };
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
