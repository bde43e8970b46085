import { describe, expect, it } from 'vitest';
import {
  addDays,
  dueCount,
  isDue,
  proposeFollowUp,
  setFollowUp,
  snooze,
  sortForToday,
} from '../../../utils/outreach/cadence';
import { newPerson } from '../../../utils/outreach/person';
import { type Person, Settings, Status } from '../../../utils/schema';

const NOW = new Date('2026-03-28T22:30:00.000Z'); // the eve of a European DST switch: days stay 24 h
const DEFAULTS = Settings.parse({});
const at = (iso: string) => new Date(iso);

function person(slug: string, over: Partial<Person> = {}): Person {
  const p = newPerson({
    profile: {
      url: `https://www.linkedin.com/in/${slug}/`,
      slug,
      name: slug,
      experience: [],
      education: [],
      skills: [],
      interests: [],
      volunteering: [],
      causes: [],
      languages: [],
    },
    role: 'mentor',
    commonGround: [],
    now: NOW,
    settings: DEFAULTS,
  });
  return { ...p, ...over };
}

describe('proposeFollowUp', () => {
  it.each([
    ['saved', '2026-03-31T22:30:00.000Z', 'Research them'],
    ['researching', '2026-03-31T22:30:00.000Z', 'Draft your first message'],
    ['drafted', '2026-03-30T22:30:00.000Z', 'Send your draft'],
    ['contacted', '2026-04-04T22:30:00.000Z', 'Follow up on your message'],
    ['replied', '2026-03-30T22:30:00.000Z', 'suggest coffee, lunch or a call'],
    ['meeting', '2026-03-29T22:30:00.000Z', 'thank-you'],
    ['sponsoring', '2026-06-26T22:30:00.000Z', 'Is this relationship still serving your goals?'],
    ['mentoring', '2026-06-26T22:30:00.000Z', 'Is this relationship still serving your goals?'],
    ['declined', '2026-03-29T22:30:00.000Z', 'Thank them'],
    ['thanked', '2026-03-31T22:30:00.000Z', 'someone else'],
  ] as const)('%s → %s (%s)', (status, date, reason) => {
    const f = proposeFollowUp(status, NOW, DEFAULTS);
    expect(f?.at).toBe(date);
    expect(f?.reason).toContain(reason);
  });

  it.each(['dormant', 'referral-asked'] as const)('%s proposes nothing', (status) => {
    expect(proposeFollowUp(status, NOW, DEFAULTS)).toBeNull();
  });

  it.each([
    ['contacted', { followUpDays: 3, reevaluateDays: 90 }, '2026-03-31T22:30:00.000Z'],
    ['contacted', { followUpDays: 14, reevaluateDays: 90 }, '2026-04-11T22:30:00.000Z'],
    ['mentoring', { followUpDays: 7, reevaluateDays: 30 }, '2026-04-27T22:30:00.000Z'],
    ['meeting', { followUpDays: 30, reevaluateDays: 365 }, '2026-03-29T22:30:00.000Z'],
  ] as const)('%s honours settings %j', (status, settings, date) => {
    expect(proposeFollowUp(status, NOW, settings)?.at).toBe(date);
  });

  it.each(Status.options)('%s proposes a date after now, or none', (status) => {
    const f = proposeFollowUp(status, NOW, DEFAULTS);
    if (f) expect(Date.parse(f.at)).toBeGreaterThan(NOW.getTime());
  });
});

describe('snooze and setFollowUp', () => {
  it('snooze counts from now, keeps the reason, bumps updatedAt', () => {
    const p = person('a', { nextFollowUp: '2026-03-01T00:00:00.000Z', followUpReason: 'Send your draft' });
    const s = snooze(p, 3, NOW);
    expect(s.nextFollowUp).toBe('2026-03-31T22:30:00.000Z');
    expect(s.followUpReason).toBe('Send your draft');
    expect(s.updatedAt).toBe(NOW.toISOString());
    expect(s.statusHistory).toEqual(p.statusHistory);
  });

  it('snooze without a reason gives one', () => {
    const { followUpReason: _r, nextFollowUp: _n, ...p } = person('a');
    expect(snooze(p, 1, NOW).followUpReason).toBe('Check in');
  });

  it.each([0, -1, 1.5, Number.NaN])('snooze rejects %s days', (days) => {
    expect(() => snooze(person('a'), days, NOW)).toThrow('whole number of days');
  });

  it('setFollowUp stores UTC, keeps or replaces the reason, clears with null', () => {
    const p = person('a');
    const s = setFollowUp(p, '2026-04-01T09:00:00+02:00', NOW);
    expect(s.nextFollowUp).toBe('2026-04-01T07:00:00.000Z');
    expect(s.followUpReason).toBe(p.followUpReason);
    expect(setFollowUp(p, '2026-04-01T09:00:00Z', NOW, 'Ask about the offsite').followUpReason).toBe(
      'Ask about the offsite',
    );
    const cleared = setFollowUp(s, null, NOW);
    expect('nextFollowUp' in cleared || 'followUpReason' in cleared).toBe(false);
  });

  it.each(['', 'tomorrow', '2026-13-45'])('setFollowUp rejects %j', (bad) => {
    expect(() => setFollowUp(person('a'), bad, NOW)).toThrow('Not a date');
  });
});

describe('isDue, dueCount, sortForToday', () => {
  it.each([
    ['before', '2026-03-28T22:29:59.999Z', true],
    ['exactly now', '2026-03-28T22:30:00.000Z', true],
    ['one ms later', '2026-03-28T22:30:00.001Z', false],
    ['next week', addDays(NOW, 7), false],
  ])('follow-up %s → due %s', (_label, nextFollowUp, due) => {
    expect(isDue(person('a', { nextFollowUp }), NOW)).toBe(due);
  });

  it('no follow-up date is never due', () => {
    const { nextFollowUp: _n, ...p } = person('a');
    expect(isDue(p, at('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('orders due first, then by date, undated last, then updatedAt desc, then slug', () => {
    const people = [
      person('undated-old', { nextFollowUp: undefined, updatedAt: '2026-01-01T00:00:00.000Z' }),
      person('future-far', { nextFollowUp: addDays(NOW, 30) }),
      person('due-recent', { nextFollowUp: addDays(NOW, -1) }),
      person('undated-new', { nextFollowUp: undefined, updatedAt: '2026-03-01T00:00:00.000Z' }),
      person('future-near', { nextFollowUp: addDays(NOW, 2) }),
      person('due-oldest', { nextFollowUp: addDays(NOW, -10) }),
      person('tie-b', { nextFollowUp: addDays(NOW, 5) }),
      person('tie-a', { nextFollowUp: addDays(NOW, 5) }),
      person('tie-newer', { nextFollowUp: addDays(NOW, 5), updatedAt: addDays(NOW, 1) }),
    ];
    const before = people.map((p) => p.slug);
    expect(sortForToday(people, NOW).map((p) => p.slug)).toEqual([
      'due-oldest',
      'due-recent',
      'future-near',
      'tie-newer',
      'tie-a',
      'tie-b',
      'future-far',
      'undated-new',
      'undated-old',
    ]);
    expect(people.map((p) => p.slug)).toEqual(before);
    expect(dueCount(people, NOW)).toBe(2);
    expect(dueCount([], NOW)).toBe(0);
  });
});
