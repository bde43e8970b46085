/**
 * Edits of a person's notes as operations on the stored record (issue #12, no lost updates): adding a
 * note appends to whatever is stored now, and replacing the whole text is refused when the stored
 * notes are no longer the text the editor started from. Both run inside the background's
 * read-modify-write transaction (utils/db/queries.ts `updatePerson`).
 */
import type { Person } from '../schema';
import { isoAt } from './cadence';

/** Most characters the notes of one person may hold (the `person/notes` schema's limit too). */
export const NOTES_LIMIT = 20_000;

/** Said when a whole-text edit was based on notes that changed meanwhile. */
export const STALE_NOTES_MESSAGE =
  'These notes changed in another window while you were editing, so your text was not saved. It is kept below: compare it with the saved notes, then save again.';

/** Thrown by `replaceNotes` when the stored notes are not the editor's base. */
export class StaleNotesError extends Error {
  constructor() {
    super(STALE_NOTES_MESSAGE);
    this.name = 'StaleNotesError';
  }
}

function full(notes: string): Error {
  return new Error(
    `Notes can hold ${NOTES_LIMIT.toLocaleString('en')} characters; these would be ${notes.length.toLocaleString('en')}. Nothing was saved.`,
  );
}

/** Add one note on its own line after the stored notes. */
export function appendNote(person: Person, text: string, now: Date): Person {
  const note = text.trim();
  if (!note) throw new Error('A note cannot be empty.');
  const notes = person.notes ? `${person.notes}\n${note}` : note;
  if (notes.length > NOTES_LIMIT) throw full(notes);
  return { ...person, notes, updatedAt: isoAt(now) };
}

/** Replace the notes with `notes`, only when the stored notes are still `base`. */
export function replaceNotes(person: Person, notes: string, base: string, now: Date): Person {
  if (person.notes !== base) throw new StaleNotesError();
  if (notes.length > NOTES_LIMIT) throw full(notes);
  if (notes === person.notes) return person;
  return { ...person, notes, updatedAt: isoAt(now) };
}
