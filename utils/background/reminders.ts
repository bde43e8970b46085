/**
 * Follow-up reminders: which saved people fall due, which of them to notify about (each due date
 * once), and when to wake next. Pure, so the alarm logic is tested without a browser.
 */
import type { Db } from '../db/open';
import { dueCandidates, nextFollowUpAfter } from '../db/queries';
import { dueCount, isDue } from '../outreach/cadence';
import type { Person } from '../schema';

/** slug → the follow-up date already notified, kept across service-worker restarts. */
export type Notified = Record<string, string>;

/** What to tell the user now, and the notified record to keep. */
export interface ReminderPlan {
  /** People newly due since the last notification (each due date notified once). */
  notify: Person[];
  /** The notified record to store: only entries still due, so it never grows without bound. */
  notified: Notified;
  /** Epoch ms of the next follow-up still in the future, to set an alarm for; null when none. */
  nextWake: number | null;
}

/** Plan reminders for `people` at `now`, given what was notified before. */
export function planReminders(people: readonly Person[], now: Date, before: Notified): ReminderPlan {
  const notify: Person[] = [];
  const notified: Notified = {};
  let nextWake: number | null = null;
  for (const p of people) {
    if (!p.nextFollowUp) continue;
    if (isDue(p, now)) {
      notified[p.slug] = p.nextFollowUp;
      if (before[p.slug] !== p.nextFollowUp) notify.push(p);
    } else {
      const at = Date.parse(p.nextFollowUp);
      if (nextWake === null || at < nextWake) nextWake = at;
    }
  }
  notify.sort((a, b) => (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '') || a.slug.localeCompare(b.slug));
  return { notify, notified, nextWake };
}

/** The notification for newly due people: a title and one line per person (at most five). */
export function reminderMessage(due: readonly Person[]): { title: string; message: string } | null {
  if (due.length === 0) return null;
  const title = due.length === 1 ? 'Common Ground: 1 follow-up due' : `Common Ground: ${due.length} follow-ups due`;
  const lines = due.slice(0, 5).map((p) => `${p.profile.name}: ${p.followUpReason ?? 'Check in'}`);
  if (due.length > 5) lines.push(`…and ${due.length - 5} more in the tracker`);
  return { title, message: lines.join('\n') };
}

/**
 * The same plan read through the `nextFollowUp` index: only people who may be due are loaded and the
 * next wake comes from index keys, so a write with 100,000 people saved does not read them all.
 * `due` is the toolbar's count.
 */
export async function planRemindersFromIndex(
  db: Db,
  now: Date,
  before: Notified,
): Promise<ReminderPlan & { due: number }> {
  const [candidates, nextWake] = await Promise.all([dueCandidates(db, now), nextFollowUpAfter(db, now)]);
  return { ...planReminders(candidates, now, before), nextWake, due: dueCount(candidates, now) };
}
