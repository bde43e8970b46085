/**
 * The outreach pipeline: allowed moves, the "advance" quick action, moving a person with history and
 * cadence, contact attempts, and what the tracker suggests next. Pure: plain data in, plain data out.
 * The tables live in `pipeline-moves.ts`.
 */
import type { Person, Status } from '../schema';
import { type CadenceSettings, isDue, isoAt, proposeFollowUp, withFollowUp } from './cadence';
import { balance } from './ledger';
import { MEETING_OUTCOME, MOVES, NATURAL_NEXT, STAGE_ORDER, STATUS_LABELS } from './pipeline-moves';

export { MOVES, STAGE_ORDER, STATUS_LABELS };

/** Unanswered contact attempts after which the tracker suggests dormant instead of another follow-up. */
export const MAX_UNANSWERED = 3;

/** Kind of meeting, as stored on a person. */
export type MeetingKind = NonNullable<Person['meetingKind']>;

/** Options of a move: a note for the history, and the kind of meeting when moving to `meeting`. */
export interface MoveOptions {
  note?: string;
  /** Used only by a move to `meeting`; ignored otherwise. */
  meetingKind?: MeetingKind;
  /**
   * The user picked this stage themselves: any stage may follow any other (issue #15). The pipeline
   * suggests the next moves; it does not forbid recording what happened (a meeting straight from
   * Saved). Without it, only the moves of `MOVES` are made (automatic moves such as the composer's
   * "drafted" never take a person back).
   */
  chosen?: boolean;
}

/** The statuses a person in `status` may move to. */
export function allowedMoves(status: Status): Status[] {
  return [...MOVES[status]];
}

/**
 * The stages the user can pick for a person in `status`: the suggested moves first (pipeline order of
 * `MOVES`), then every other stage in `STAGE_ORDER`; never the current one.
 */
export function stageChoices(status: Status): { suggested: Status[]; other: Status[] } {
  const suggested = allowedMoves(status);
  return { suggested, other: STAGE_ORDER.filter((s) => s !== status && !suggested.includes(s)) };
}

/** Whether a move from `from` to `to` is allowed. */
export function canMove(from: Status, to: Status): boolean {
  return MOVES[from].includes(to);
}

/** The "advance" quick action: the natural next status for this person, or null if none. */
export function nextStage(person: Pick<Person, 'status' | 'role'>): Status | null {
  if (person.status === 'meeting') return MEETING_OUTCOME[person.role];
  return NATURAL_NEXT[person.status];
}

/** The status label for the UI, with the kind of meeting when there is one ("Meeting (coffee)"). */
export function statusLabel(person: Pick<Person, 'status' | 'meetingKind'>): string {
  const label = STATUS_LABELS[person.status];
  return person.status === 'meeting' && person.meetingKind ? `${label} (${person.meetingKind})` : label;
}

/**
 * Move a person to `to`: records `{status, at, note?}` in the history, updates `updatedAt`, applies the
 * cadence of the new status to `nextFollowUp`/`followUpReason`, and keeps the touch count right:
 * a move to `contacted` is a contact attempt (reviving from dormant starts the count afresh), a move to
 * `replied` resets the unanswered count. Throws `Cannot move from X to Y` for a forbidden move: one
 * outside `MOVES` unless `opts.chosen`, and a move to the status the person is already in.
 */
export function move(person: Person, to: Status, now: Date, settings: CadenceSettings, opts: MoveOptions = {}): Person {
  const from = person.status;
  if (from === to) throw new Error(`Cannot move from ${from} to ${to}: already there`);
  if (!opts.chosen && !canMove(from, to)) {
    const allowed = MOVES[from];
    throw new Error(`Cannot move from ${from} to ${to} (allowed: ${allowed.length ? allowed.join(', ') : 'none'})`);
  }
  const at = isoAt(now);
  const note = opts.note?.trim();
  let touches = person.touches;
  if (to === 'contacted') touches = (from === 'dormant' ? 0 : touches) + 1;
  if (to === 'replied') touches = 0;
  const next: Person = {
    ...withFollowUp(person, proposeFollowUp(to, now, settings)),
    status: to,
    statusHistory: [...person.statusHistory, note ? { status: to, at, note } : { status: to, at }],
    touches,
    updatedAt: at,
  };
  if (to === 'meeting' && opts.meetingKind) next.meetingKind = opts.meetingKind;
  return next;
}

/**
 * Record a contact attempt (a message sent). Before first contact (saved, researching, drafted) or when
 * dormant, this is the move to `contacted`. Otherwise it adds a touch; while `contacted` it also restarts
 * the follow-up clock.
 */
export function recordTouch(person: Person, now: Date, settings: CadenceSettings): Person {
  if (canMove(person.status, 'contacted')) return move(person, 'contacted', now, settings);
  const touched: Person = { ...person, touches: person.touches + 1, updatedAt: isoAt(now) };
  return person.status === 'contacted' ? withFollowUp(touched, proposeFollowUp('contacted', now, settings)) : touched;
}

/** What the tracker suggests doing next. */
export type SuggestionAction =
  | 'research'
  | 'draft'
  | 'send'
  | 'follow-up'
  | 'dormant'
  | 'schedule'
  | 'thank'
  | 'ask-referral'
  | 'reevaluate'
  | 'check-in'
  | 'give-back';

/** A suggestion for one person: an action the UI can offer and a sentence to show. */
export interface Suggestion {
  action: SuggestionAction;
  message: string;
}

const DUE_ACTION: Readonly<Record<Status, SuggestionAction | null>> = {
  saved: 'research',
  researching: 'draft',
  drafted: 'send',
  contacted: 'follow-up',
  replied: 'schedule',
  meeting: 'thank',
  sponsoring: 'reevaluate',
  mentoring: 'reevaluate',
  declined: 'thank',
  thanked: 'ask-referral',
  'referral-asked': 'check-in',
  dormant: 'check-in',
};

/**
 * What to do next for this person, or null when nothing is pending. When the follow-up is due it says
 * what the status asks (its follow-up reason); after `MAX_UNANSWERED` unanswered contact attempts it
 * suggests dormant instead of another follow-up. When nothing is due but the user has only taken so far,
 * it suggests giving something back.
 */
export function suggestion(person: Person, now: Date): Suggestion | null {
  if (isDue(person, now)) {
    const action = DUE_ACTION[person.status];
    if (person.status === 'contacted' && person.touches >= MAX_UNANSWERED) {
      return {
        action: 'dormant',
        message: `${person.touches} messages without a reply: mark them dormant instead of a ${ordinal(person.touches + 1)} follow-up. You can revive them later.`,
      };
    }
    if (person.status === 'contacted') {
      return {
        action: 'follow-up',
        message: `Follow up on your message (attempt ${person.touches + 1} of ${MAX_UNANSWERED}).`,
      };
    }
    if (action) return { action, message: person.followUpReason ?? STATUS_LABELS[person.status] };
  }
  const ledger = balance(person);
  if (ledger.onlyTaken && ledger.message) return { action: 'give-back', message: ledger.message };
  return null;
}

function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  return words[n] ?? `${n}th`;
}
