/**
 * Follow-up cadence: what each status asks of the user next, and when. Pure: `now` is always passed in.
 * Dates are exact multiples of 24 hours after `now` (UTC arithmetic, no DST surprises), as ISO strings.
 */
import type { Person, Settings, Status } from '../schema';

/** The settings the cadence reads; a full `Settings` fits. */
export type CadenceSettings = Pick<Settings, 'followUpDays' | 'reevaluateDays'>;

/** A proposed next step: when, and what for. */
export interface FollowUp {
  at: string;
  reason: string;
}

/** How many days a status waits: a fixed number, or one of the user's settings. */
type Wait = number | 'followUpDays' | 'reevaluateDays';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What each status proposes. Decisions beyond the brief, for the record:
 * - saved → 3 days to research them (recent posts, projects), while the interest is fresh;
 * - researching → 3 days to write the first message; drafted → 2 days to send it;
 * - replied → 2 days to answer and suggest coffee, lunch or a call (a reply deserves a quick answer);
 * - thanked → 3 days, then ask whether they know someone else;
 * - referral-asked and dormant → nothing: the tracker does not nag about closed doors.
 */
export const CADENCE: Readonly<Record<Status, { wait: Wait; reason: string } | null>> = {
  saved: { wait: 3, reason: 'Research them: recent posts, current projects, what you share' },
  researching: { wait: 3, reason: 'Draft your first message' },
  drafted: { wait: 2, reason: 'Send your draft' },
  contacted: { wait: 'followUpDays', reason: 'Follow up on your message' },
  replied: { wait: 2, reason: 'Answer them and suggest coffee, lunch or a call' },
  meeting: { wait: 1, reason: 'Send a thank-you note for the meeting' },
  sponsoring: { wait: 'reevaluateDays', reason: 'Is this relationship still serving your goals?' },
  mentoring: { wait: 'reevaluateDays', reason: 'Is this relationship still serving your goals?' },
  declined: { wait: 1, reason: 'Thank them for their time' },
  thanked: { wait: 3, reason: 'Ask whether they know someone else who could help' },
  'referral-asked': null,
  dormant: null,
};

/** `now` as an ISO string; throws on an invalid date so a bad clock never writes "Invalid Date". */
export function isoAt(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('Invalid date');
  return now.toISOString();
}

/** `days` whole days after `now`, as an ISO string. */
export function addDays(now: Date, days: number): string {
  return isoAt(new Date(now.getTime() + days * DAY_MS));
}

/** The next date and reason a status proposes, or null when it proposes none (dormant, referral-asked). */
export function proposeFollowUp(status: Status, now: Date, settings: CadenceSettings): FollowUp | null {
  const rule = CADENCE[status];
  if (!rule) return null;
  const days = typeof rule.wait === 'number' ? rule.wait : settings[rule.wait];
  return { at: addDays(now, days), reason: rule.reason };
}

/** A copy of `person` with the follow-up set to `followUp`, or cleared when it is null. */
export function withFollowUp(person: Person, followUp: FollowUp | null): Person {
  const { nextFollowUp: _at, followUpReason: _reason, ...rest } = person;
  return followUp ? { ...rest, nextFollowUp: followUp.at, followUpReason: followUp.reason } : rest;
}

/** Push the follow-up `days` whole days from now (not from the old date), keeping its reason. */
export function snooze(person: Person, days: number, now: Date): Person {
  if (!Number.isInteger(days) || days < 1) throw new Error(`Snooze needs a whole number of days ≥ 1, got ${days}`);
  const reason = person.followUpReason ?? 'Check in';
  return { ...withFollowUp(person, { at: addDays(now, days), reason }), updatedAt: isoAt(now) };
}

/**
 * Set the follow-up to a chosen date (any ISO 8601 string, stored normalised to UTC), or clear it with null.
 * `reason` replaces the old reason; without it the old one is kept.
 */
export function setFollowUp(person: Person, at: string | null, now: Date, reason?: string): Person {
  const updatedAt = isoAt(now);
  if (at === null) return { ...withFollowUp(person, null), updatedAt };
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`Not a date: "${at}"`);
  const why = reason?.trim() || person.followUpReason || 'Check in';
  return { ...withFollowUp(person, { at: new Date(ms).toISOString(), reason: why }), updatedAt };
}

/** Whether the person's follow-up date has come (at or before `now`). No date: never due. */
export function isDue(person: Person, now: Date): boolean {
  if (person.nextFollowUp === undefined) return false;
  return Date.parse(person.nextFollowUp) <= now.getTime();
}

/** How many people are due: the number on the toolbar badge. */
export function dueCount(people: readonly Person[], now: Date): number {
  let n = 0;
  for (const p of people) if (isDue(p, now)) n++;
  return n;
}

/**
 * People in "today" order: due first, then by next follow-up (earliest first; none last),
 * then most recently updated, then slug so the order is total. Returns a new array.
 */
export function sortForToday(people: readonly Person[], now: Date): Person[] {
  const key = (p: Person) => ({
    due: isDue(p, now),
    at: p.nextFollowUp === undefined ? Number.POSITIVE_INFINITY : Date.parse(p.nextFollowUp),
    updated: Date.parse(p.updatedAt),
  });
  return people
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => {
      if (a.k.due !== b.k.due) return a.k.due ? -1 : 1;
      if (a.k.at !== b.k.at) return a.k.at < b.k.at ? -1 : 1;
      if (a.k.updated !== b.k.updated) return b.k.updated - a.k.updated;
      return a.p.slug < b.p.slug ? -1 : a.p.slug > b.p.slug ? 1 : 0;
    })
    .map(({ p }) => p);
}
