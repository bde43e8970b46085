/**
 * Undoing the last change to a saved person (issue #15): a stage, role or follow-up change, a save or
 * a removal. The background remembers each person's last change (`before` and `after` it); undo puts
 * `before` back only when the stored person is still `after`, so it never overwrites an edit made
 * since. The status history keeps the truth: undoing a stage change adds an entry, it erases none.
 * Pure: plain data in, plain data out.
 */
import type { Person } from '../schema';
import { isoAt } from './cadence';
import { STATUS_LABELS } from './pipeline-moves';

/** One change to one person: null `before` is a save (a new person), null `after` a removal. */
export interface PersonChange {
  slug: string;
  before: Person | null;
  after: Person | null;
}

/**
 * Which change an Undo button means: the `updatedAt` of the person the change produced, or null for a
 * removal. The background undoes its remembered change only when it is that one.
 */
export type UndoKey = string | null;

/** The key of a change, as its Undo button sends it. */
export function undoKey(change: Pick<PersonChange, 'after'>): UndoKey {
  return change.after?.updatedAt ?? null;
}

/** The `person/undo` request for a change. */
export function undoRequest(change: PersonChange): { slug: string; updatedAt: UndoKey } {
  return { slug: change.slug, updatedAt: undoKey(change) };
}

/**
 * What undoing `change` writes, given what is stored now: the person to put back (`put`), or that the
 * person is to go (`remove`, undoing a save). Throws a sentence a person can read when the change is
 * not the one `key` names, or when the person changed since (nothing is written then).
 */
export function undoChange(
  change: PersonChange | undefined,
  key: UndoKey,
  stored: Person | null,
  now: Date,
): { put: Person } | { remove: string } {
  if (!change || undoKey(change) !== key) {
    throw new Error('Nothing to undo: this change is no longer the last one made here.');
  }
  const { before, after } = change;
  if (after === null) {
    if (stored) throw new Error(`${before?.profile.name ?? 'This person'} is saved again; nothing was undone.`);
    if (!before) throw new Error('Nothing to undo.');
    return { put: before };
  }
  if (!stored || stored.updatedAt !== after.updatedAt) {
    throw new Error(`${after.profile.name} changed since (in another window?); nothing was undone.`);
  }
  if (before === null) return { remove: after.slug };
  const at = isoAt(now);
  const history =
    before.status === after.status
      ? stored.statusHistory
      : [
          ...stored.statusHistory,
          { status: before.status, at, note: `Undid the move to ${STATUS_LABELS[after.status]}`, undo: true },
        ];
  // Everything else as it was before the change (follow-up, touches, meeting kind, role, tags); notes
  // and the ledger are the same in `before` and `stored`, since nothing changed them in between.
  return { put: { ...before, statusHistory: history, updatedAt: at } };
}

/** What a toast says about a change ("Moved Ada Okafor to Meeting"), for the Undo beside it. */
export function describeChange(change: PersonChange): string {
  const { before, after } = change;
  const name = (after ?? before)?.profile.name ?? 'this person';
  if (!after) return `Removed ${name}`;
  if (!before) return `Saved ${name}`;
  if (before.status !== after.status) return `Moved ${name} to ${STATUS_LABELS[after.status]}`;
  if (before.role !== after.role) return `${name} is now saved as ${ROLE_WORDS[after.role]}`;
  if (before.nextFollowUp !== after.nextFollowUp) {
    return after.nextFollowUp ? `Changed the follow-up with ${name}` : `Cleared the follow-up with ${name}`;
  }
  return `Changed ${name}`;
}

const ROLE_WORDS: Readonly<Record<Person['role'], string>> = {
  sponsor: 'a sponsor',
  mentor: 'a mentor',
  both: 'a sponsor & mentor',
  connector: 'a connector',
};
