import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planReminders, planRemindersFromIndex } from '@/utils/background/reminders';
import { type Db, openDb } from '@/utils/db/open';
import { dueCount } from '@/utils/outreach/cadence';
import type { Person } from '@/utils/schema';
import { samplePerson } from '../samples';

const NAME = 'cg-reminders-index-test';
const now = new Date('2026-11-22T09:00:00.000Z');
let db: Db;
beforeEach(async () => {
  db = await openDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

/** An ISO date `minutes` from `now`, written in a UTC offset of `offset` minutes (as users and LinkedIn do). */
function written(minutes: number, offset: number, millis: boolean): string {
  const local = new Date(now.getTime() + minutes * 60_000 + offset * 60_000).toISOString();
  const base = millis ? local.slice(0, 23) : local.slice(0, 19);
  if (offset === 0) return `${base}Z`;
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${base}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('reminders through the nextFollowUp index', () => {
  it('plans exactly what reading every person plans, whatever the offsets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            minutes: fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
            offset: fc.constantFrom(0, 60, -300, 330, 345, 600, -600, 780, 840, -720),
            millis: fc.boolean(),
            has: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        fc.boolean(),
        async (entries, notifiedSome) => {
          await db.clear('people');
          const people: Person[] = entries.map((e, i) =>
            samplePerson(`p${i}`, e.has ? { nextFollowUp: written(e.minutes, e.offset, e.millis) } : {}),
          );
          for (const p of people) await db.put('people', p);
          const before = notifiedSome
            ? Object.fromEntries(
                people.filter((p, i) => p.nextFollowUp && i % 2).map((p) => [p.slug, p.nextFollowUp as string]),
              )
            : {};
          const all = planReminders(people, now, before);
          const indexed = await planRemindersFromIndex(db, now, before);
          expect(indexed.notify.map((p) => p.slug)).toEqual(all.notify.map((p) => p.slug));
          expect(indexed.notified).toEqual(all.notified);
          expect(indexed.nextWake).toBe(all.nextWake);
          expect(indexed.due).toBe(dueCount(people, now));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads only people who may be due, not everyone', async () => {
    for (let i = 0; i < 50; i++)
      await db.put('people', samplePerson(`later-${i}`, { nextFollowUp: written(60 * 24 * (i + 2), 0, true) }));
    for (let i = 0; i < 50; i++) await db.put('people', samplePerson(`none-${i}`));
    await db.put('people', samplePerson('due', { nextFollowUp: written(-60, 0, true) }));
    let read = 0;
    const counting = new Proxy(db, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key !== 'getAllFromIndex' || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value;
        return async (...args: Parameters<Db['getAllFromIndex']>) => {
          const rows = await (value as Db['getAllFromIndex']).apply(target, args);
          read += rows.length;
          return rows;
        };
      },
    });
    const plan = await planRemindersFromIndex(counting, now, {});
    expect(plan.notify.map((p) => p.slug)).toEqual(['due']);
    expect(plan.nextWake).toBe(now.getTime() + 2 * 24 * 60 * 60_000);
    expect(read).toBe(1);
  });
});
