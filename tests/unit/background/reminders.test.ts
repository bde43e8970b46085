import { describe, expect, it } from 'vitest';
import { planReminders, reminderMessage } from '@/utils/background/reminders';
import { samplePerson } from '../samples';

const now = new Date('2026-11-22T09:00:00.000Z');
const due = (slug: string, at: string, reason = 'Follow up on your message') =>
  samplePerson(slug, {
    nextFollowUp: at,
    followUpReason: reason,
    profile: { ...samplePerson(slug).profile, name: slug.toUpperCase() },
  });

describe('planReminders', () => {
  it('notifies people who fell due, once per due date, and wakes for the next one', () => {
    const people = [
      due('ada', '2026-11-21T09:00:00.000Z'),
      due('lin', '2026-11-22T09:00:00.000Z'),
      due('kim', '2026-11-25T09:00:00.000Z'),
      samplePerson('noone'),
    ];
    const first = planReminders(people, now, {});
    expect(first.notify.map((p) => p.slug)).toEqual(['ada', 'lin']);
    expect(first.nextWake).toBe(Date.parse('2026-11-25T09:00:00.000Z'));
    expect(first.notified).toEqual({ ada: '2026-11-21T09:00:00.000Z', lin: '2026-11-22T09:00:00.000Z' });

    const again = planReminders(people, now, first.notified);
    expect(again.notify).toEqual([]);
  });

  it('notifies again when the date changed (snoozed and due again), and forgets people no longer due', () => {
    const before = { ada: '2026-11-10T09:00:00.000Z', gone: '2026-11-01T09:00:00.000Z' };
    const plan = planReminders([due('ada', '2026-11-21T09:00:00.000Z')], now, before);
    expect(plan.notify.map((p) => p.slug)).toEqual(['ada']);
    expect(plan.notified).toEqual({ ada: '2026-11-21T09:00:00.000Z' });
  });

  it('has nothing to do without follow-ups', () => {
    expect(planReminders([samplePerson('a')], now, {})).toEqual({ notify: [], notified: {}, nextWake: null });
  });
});

describe('reminderMessage', () => {
  it.each([
    [0, null],
    [1, 'Common Ground: 1 follow-up due'],
    [7, 'Common Ground: 7 follow-ups due'],
  ])('%i due → %s', (n, title) => {
    const people = Array.from({ length: n }, (_, i) => due(`p${i}`, '2026-11-21T09:00:00.000Z'));
    expect(reminderMessage(people)?.title ?? null).toBe(title);
  });

  it('names each person with the reason, five at most', () => {
    const people = Array.from({ length: 7 }, (_, i) =>
      due(`p${i}`, '2026-11-21T09:00:00.000Z', 'Is this relationship still serving your goals?'),
    );
    const lines = reminderMessage(people)?.message.split('\n') ?? [];
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('P0: Is this relationship still serving your goals?');
    expect(lines[5]).toBe('…and 2 more in the tracker');
  });
});
