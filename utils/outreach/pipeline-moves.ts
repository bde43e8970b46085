/**
 * The outreach pipeline as data: which moves are allowed, which one is the natural next step, how each
 * status is labelled and in what order the popup groups them. `pipeline.ts` reads these tables;
 * `tests/unit/outreach/pipeline.test.ts` checks every allowed move and a sample of forbidden ones.
 */
import type { PersonRole, Status } from '../schema';

/**
 * The moves from each status that the pipeline makes by itself and suggests first ("Next steps").
 * The user may still record any other stage (`move(…, { chosen: true })`, issue #15): the table
 * suggests, it does not forbid recording what happened. Reading guide:
 * - the main road: saved → researching → drafted → contacted → replied → meeting → sponsoring | mentoring;
 *   early stages may be skipped forward (you may already know them), and researching ↔ drafted go both ways;
 * - a "no": contacted | replied | meeting → declined → thanked → referral-asked;
 * - an active relationship may change shape: sponsoring ↔ mentoring;
 * - every status except dormant itself may go dormant; dormant revives to researching or contacted.
 * A status never moves to itself: a second message is a touch (`recordTouch`), not a move.
 */
export const MOVES: Readonly<Record<Status, readonly Status[]>> = {
  saved: ['researching', 'drafted', 'contacted', 'dormant'],
  researching: ['drafted', 'contacted', 'dormant'],
  drafted: ['researching', 'contacted', 'dormant'],
  contacted: ['replied', 'declined', 'dormant'],
  replied: ['meeting', 'declined', 'dormant'],
  meeting: ['sponsoring', 'mentoring', 'declined', 'dormant'],
  sponsoring: ['mentoring', 'dormant'],
  mentoring: ['sponsoring', 'dormant'],
  declined: ['thanked', 'dormant'],
  thanked: ['referral-asked', 'dormant'],
  'referral-asked': ['dormant'],
  dormant: ['researching', 'contacted'],
};

/**
 * The "advance" quick action: the natural next step from each status, or null where there is none or
 * where it depends on who they are (`meeting`, see `MEETING_OUTCOME`).
 */
export const NATURAL_NEXT: Readonly<Record<Status, Status | null>> = {
  saved: 'researching',
  researching: 'drafted',
  drafted: 'contacted',
  contacted: 'replied',
  replied: 'meeting',
  meeting: null,
  sponsoring: null,
  mentoring: null,
  declined: 'thanked',
  thanked: 'referral-asked',
  'referral-asked': null,
  dormant: 'researching',
};

/** After a meeting, the natural outcome depends on what the user saved them as; a connector has none. */
export const MEETING_OUTCOME: Readonly<Record<PersonRole, Status | null>> = {
  sponsor: 'sponsoring',
  mentor: 'mentoring',
  both: 'sponsoring',
  connector: null,
};

/** Status names for the UI. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  saved: 'Saved',
  researching: 'Researching',
  drafted: 'Draft ready',
  contacted: 'Contacted',
  replied: 'Replied',
  meeting: 'Meeting',
  sponsoring: 'Sponsoring you',
  mentoring: 'Mentoring you',
  declined: 'Declined',
  thanked: 'Thanked',
  'referral-asked': 'Referral asked',
  dormant: 'Dormant',
};

/** The order in which the popup groups people by status: the road first, the "no" branch, dormant last. */
export const STAGE_ORDER: readonly Status[] = [
  'saved',
  'researching',
  'drafted',
  'contacted',
  'replied',
  'meeting',
  'sponsoring',
  'mentoring',
  'declined',
  'thanked',
  'referral-asked',
  'dormant',
];
