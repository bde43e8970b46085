/**
 * The give-and-take ledger: what the user gave, what they got, and the person's current projects
 * (where the user could help). A sponsorship must be mutual; the balance says when it is not.
 */
import type { Deed, Person } from '../schema';
import { isoAt } from './cadence';

/** Which side of the ledger: what the user gave, or what they got. */
export type LedgerSide = 'gave' | 'got';

/** The give-and-take balance of one person. */
export interface Balance {
  gave: number;
  got: number;
  /** They have helped and the user has not yet given anything back. */
  onlyTaken: boolean;
  message?: string;
}

/** The nudge shown when the user has only taken so far. */
export const ONLY_TAKEN_MESSAGE = 'You have only taken so far: offer something back (see their current projects)';

function clean(text: string, what: string): string {
  const t = text.trim();
  if (!t) throw new Error(`${what} cannot be empty`);
  return t;
}

/** Add a deed ("Introduced me to the VP of Design") to one side, dated `now`. */
export function addDeed(person: Person, side: LedgerSide, what: string, now: Date): Person {
  const at = isoAt(now);
  const deed: Deed = { what: clean(what, 'What was given'), at };
  return { ...person, [side]: [...person[side], deed], updatedAt: at };
}

/** Remove the deed at `index` from one side; throws if there is none. */
export function removeDeed(person: Person, side: LedgerSide, index: number, now: Date): Person {
  if (!Number.isInteger(index) || index < 0 || index >= person[side].length) {
    throw new Error(`No ${side} entry at ${index}`);
  }
  return { ...person, [side]: person[side].filter((_, i) => i !== index), updatedAt: isoAt(now) };
}

/** Add one of their current projects; a project already listed (ignoring case and spacing) is not added twice. */
export function addProject(person: Person, project: string, now: Date): Person {
  const name = clean(project, 'Project');
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (person.projects.some((p) => key(p) === key(name))) return person;
  return { ...person, projects: [...person.projects, name], updatedAt: isoAt(now) };
}

/** Remove a project by its exact name; unchanged if it is not there. */
export function removeProject(person: Person, project: string, now: Date): Person {
  if (!person.projects.includes(project)) return person;
  return { ...person, projects: person.projects.filter((p) => p !== project), updatedAt: isoAt(now) };
}

/** Count both sides and say when the user has only taken (got something, gave nothing). */
export function balance(person: Pick<Person, 'gave' | 'got'>): Balance {
  const gave = person.gave.length;
  const got = person.got.length;
  const onlyTaken = got > 0 && gave === 0;
  return onlyTaken ? { gave, got, onlyTaken, message: ONLY_TAKEN_MESSAGE } : { gave, got, onlyTaken };
}
