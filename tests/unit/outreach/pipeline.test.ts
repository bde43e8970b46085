import { describe, expect, it } from 'vitest';
import { addDays } from '../../../utils/outreach/cadence';
import { addDeed } from '../../../utils/outreach/ledger';
import { newPerson } from '../../../utils/outreach/person';
import {
  allowedMoves,
  canMove,
  MAX_UNANSWERED,
  MOVES,
  move,
  nextStage,
  recordTouch,
  STAGE_ORDER,
  STATUS_LABELS,
  stageChoices,
  statusLabel,
  suggestion,
} from '../../../utils/outreach/pipeline';
import { type Person, PersonRole, Status, type Status as StatusT } from '../../../utils/schema';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SETTINGS = { followUpDays: 7, reevaluateDays: 90 };
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

function person(over: Partial<Person> = {}): Person {
  const p = newPerson({
    profile: {
      url: 'https://www.linkedin.com/in/ada-park/',
      slug: 'ada-park',
      name: 'Ada Park',
      experience: [],
      education: [],
      skills: [],
      interests: [],
      volunteering: [],
      causes: [],
      languages: [],
    },
    role: 'sponsor',
    commonGround: [],
    now: NOW,
    settings: SETTINGS,
  });
  return { ...p, ...over };
}

/** Every allowed move, spelled out: the table under test must equal this, move for move. */
const ALLOWED: Array<[StatusT, StatusT]> = [
  ['saved', 'researching'],
  ['saved', 'drafted'],
  ['saved', 'contacted'],
  ['saved', 'dormant'],
  ['researching', 'drafted'],
  ['researching', 'contacted'],
  ['researching', 'dormant'],
  ['drafted', 'researching'],
  ['drafted', 'contacted'],
  ['drafted', 'dormant'],
  ['contacted', 'replied'],
  ['contacted', 'declined'],
  ['contacted', 'dormant'],
  ['replied', 'meeting'],
  ['replied', 'declined'],
  ['replied', 'dormant'],
  ['meeting', 'sponsoring'],
  ['meeting', 'mentoring'],
  ['meeting', 'declined'],
  ['meeting', 'dormant'],
  ['sponsoring', 'mentoring'],
  ['sponsoring', 'dormant'],
  ['mentoring', 'sponsoring'],
  ['mentoring', 'dormant'],
  ['declined', 'thanked'],
  ['declined', 'dormant'],
  ['thanked', 'referral-asked'],
  ['thanked', 'dormant'],
  ['referral-asked', 'dormant'],
  ['dormant', 'researching'],
  ['dormant', 'contacted'],
];

const FORBIDDEN: Array<[StatusT, StatusT, string]> = [
  ['saved', 'replied', 'no reply before contact'],
  ['saved', 'sponsoring', 'no jumping to the end'],
  ['drafted', 'meeting', 'no meeting before contact'],
  ['contacted', 'meeting', 'a reply comes first'],
  ['contacted', 'saved', 'no going back to saved'],
  ['replied', 'sponsoring', 'a meeting comes first'],
  ['declined', 'meeting', 'a no stays a no'],
  ['declined', 'referral-asked', 'thank them first'],
  ['thanked', 'contacted', 'not from the decline branch'],
  ['referral-asked', 'thanked', 'no going back'],
  ['sponsoring', 'meeting', 'no going back'],
  ['dormant', 'replied', 'revive to researching or contacted only'],
  ['dormant', 'sponsoring', 'revive to researching or contacted only'],
  ['dormant', 'dormant', 'no self move'],
  ['contacted', 'contacted', 'a second message is a touch, not a move'],
  ['meeting', 'meeting', 'no self move'],
];

describe('moves table', () => {
  it('equals the spelled-out list of allowed moves exactly', () => {
    const fromTable = Status.options.flatMap((from) => MOVES[from].map((to) => [from, to]));
    expect(fromTable.sort()).toEqual([...ALLOWED].sort());
  });

  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(allowedMoves(from)).toContain(to);
    expect(move(person({ status: from }), to, NOW, SETTINGS).status).toBe(to);
  });

  it.each(FORBIDDEN)('forbids %s → %s (%s)', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    expect(() => move(person({ status: from }), to, NOW, SETTINGS)).toThrow(`Cannot move from ${from} to ${to}`);
  });

  it.each(Status.options.filter((s) => s !== 'dormant'))('%s may go dormant', (s) => {
    expect(canMove(s, 'dormant')).toBe(true);
  });

  it.each(FORBIDDEN.filter(([from, to]) => from !== to))(
    'records %s → %s when the user chose it (the pipeline suggests, it does not forbid)',
    (from, to) => {
      const moved = move(person({ status: from }), to, later(1), SETTINGS, { chosen: true });
      expect(moved.status).toBe(to);
      expect(moved.statusHistory.at(-1)).toEqual({ status: to, at: later(1).toISOString() });
    },
  );

  it.each(Status.options)('never moves %s to itself, even when chosen', (s) => {
    expect(() => move(person({ status: s }), s, NOW, SETTINGS, { chosen: true })).toThrow(/already there/);
  });

  it('jumps Saved → Meeting with the meeting kind and the history of both', () => {
    const met = move(person(), 'meeting', later(2), SETTINGS, { chosen: true, meetingKind: 'coffee' });
    expect(met.statusHistory.map((h) => h.status)).toEqual(['saved', 'meeting']);
    expect(statusLabel(met)).toBe('Meeting (coffee)');
  });

  it.each(Status.options)('offers from %s every other stage, the suggested moves first', (s) => {
    const { suggested, other } = stageChoices(s);
    expect(suggested).toEqual(allowedMoves(s));
    expect([...suggested, ...other].sort()).toEqual(Status.options.filter((o) => o !== s).sort());
    expect(other).toEqual(STAGE_ORDER.filter((o) => other.includes(o)));
  });

  it('allowedMoves returns a copy', () => {
    allowedMoves('saved').push('sponsoring');
    expect(canMove('saved', 'sponsoring')).toBe(false);
  });

  it('every status is reachable from saved', () => {
    const seen = new Set<StatusT>(['saved']);
    const queue: StatusT[] = ['saved'];
    while (queue.length) for (const to of MOVES[queue.shift()!]) if (!seen.has(to)) seen.add(to) && queue.push(to);
    expect([...seen].sort()).toEqual([...Status.options].sort());
  });
});

describe('labels and stage order', () => {
  it('STAGE_ORDER lists every status once', () => {
    expect([...STAGE_ORDER].sort()).toEqual([...Status.options].sort());
  });
  it.each(Status.options)('%s has a non-empty label', (s) => {
    expect(STATUS_LABELS[s].trim()).not.toBe('');
  });
  it.each([
    [{ status: 'meeting', meetingKind: 'coffee' }, 'Meeting (coffee)'],
    [{ status: 'meeting' }, 'Meeting'],
    [{ status: 'contacted', meetingKind: 'lunch' }, 'Contacted'],
  ] as const)('statusLabel(%j) = %s', (p, label) => {
    expect(statusLabel(p)).toBe(label);
  });
});

describe('nextStage', () => {
  it.each([
    ['saved', 'sponsor', 'researching'],
    ['researching', 'sponsor', 'drafted'],
    ['drafted', 'mentor', 'contacted'],
    ['contacted', 'mentor', 'replied'],
    ['replied', 'mentor', 'meeting'],
    ['meeting', 'sponsor', 'sponsoring'],
    ['meeting', 'mentor', 'mentoring'],
    ['meeting', 'both', 'sponsoring'],
    ['meeting', 'connector', null],
    ['sponsoring', 'sponsor', null],
    ['mentoring', 'mentor', null],
    ['declined', 'sponsor', 'thanked'],
    ['thanked', 'sponsor', 'referral-asked'],
    ['referral-asked', 'sponsor', null],
    ['dormant', 'sponsor', 'researching'],
  ] as const)('%s (%s) → %s', (status, role, next) => {
    expect(nextStage({ status, role })).toBe(next);
  });

  it.each(Status.options.flatMap((s) => PersonRole.options.map((r) => [s, r] as const)))(
    'the advance from %s (%s) is always an allowed move',
    (status, role) => {
      const next = nextStage({ status, role });
      if (next !== null) expect(canMove(status, next)).toBe(true);
    },
  );
});

describe('move', () => {
  it('records the history, updates updatedAt and applies cadence', () => {
    const p = move(person(), 'researching', later(1), SETTINGS, { note: '  read her posts ' });
    expect(p.statusHistory).toEqual([
      { status: 'saved', at: NOW.toISOString() },
      { status: 'researching', at: later(1).toISOString(), note: 'read her posts' },
    ]);
    expect(p.updatedAt).toBe(later(1).toISOString());
    expect(p.createdAt).toBe(NOW.toISOString());
    expect(p.nextFollowUp).toBe(addDays(later(1), 3));
    expect(p.followUpReason).toBe('Draft your first message');
  });

  it('omits an empty note', () => {
    const p = move(person(), 'researching', NOW, SETTINGS, { note: '   ' });
    expect(p.statusHistory.at(-1)).toEqual({ status: 'researching', at: NOW.toISOString() });
    expect('note' in p.statusHistory.at(-1)!).toBe(false);
  });

  it('a full road keeps every step in order', () => {
    let p = person();
    const road: StatusT[] = ['researching', 'drafted', 'contacted', 'replied', 'meeting', 'sponsoring'];
    road.forEach((s, i) => {
      p = move(p, s, later(i + 1), SETTINGS);
    });
    expect(p.statusHistory.map((h) => h.status)).toEqual(['saved', ...road]);
    expect(p.statusHistory.map((h) => h.at)).toEqual(
      [NOW, ...road.map((_, i) => later(i + 1))].map((d) => d.toISOString()),
    );
  });

  it('clears the follow-up when the new status proposes none', () => {
    const p = move(person({ status: 'contacted' }), 'dormant', NOW, SETTINGS);
    expect(p.nextFollowUp).toBeUndefined();
    expect(p.followUpReason).toBeUndefined();
    expect('nextFollowUp' in p).toBe(false);
  });

  it('sets meetingKind on a move to meeting, ignores it otherwise', () => {
    expect(move(person({ status: 'replied' }), 'meeting', NOW, SETTINGS, { meetingKind: 'lunch' }).meetingKind).toBe(
      'lunch',
    );
    expect(move(person({ status: 'saved' }), 'researching', NOW, SETTINGS, { meetingKind: 'lunch' }).meetingKind).toBe(
      undefined,
    );
  });

  it('does not mutate its input', () => {
    const p = person();
    const before = structuredClone(p);
    move(p, 'contacted', later(2), SETTINGS, { note: 'x' });
    expect(p).toEqual(before);
  });

  it('the error names the allowed moves', () => {
    expect(() => move(person({ status: 'referral-asked' }), 'saved', NOW, SETTINGS)).toThrow(
      'Cannot move from referral-asked to saved (allowed: dormant)',
    );
  });

  it('rejects an invalid clock', () => {
    expect(() => move(person(), 'researching', new Date('nope'), SETTINGS)).toThrow('Invalid date');
  });
});

describe('touches', () => {
  it.each([
    ['saved', 0, 'contacted', 1],
    ['drafted', 0, 'contacted', 1],
    ['dormant', 3, 'contacted', 1],
    ['contacted', 2, 'replied', 0],
    ['contacted', 3, 'declined', 3],
    ['saved', 0, 'researching', 0],
  ] as const)('%s (touches %i) → %s gives touches %i', (from, touches, to, expected) => {
    expect(move(person({ status: from, touches }), to, NOW, SETTINGS).touches).toBe(expected);
  });

  it('recordTouch before contact is the move to contacted', () => {
    const p = recordTouch(person({ status: 'drafted' }), later(1), SETTINGS);
    expect(p.status).toBe('contacted');
    expect(p.touches).toBe(1);
    expect(p.statusHistory.at(-1)).toEqual({ status: 'contacted', at: later(1).toISOString() });
    expect(p.nextFollowUp).toBe(addDays(later(1), 7));
  });

  it('recordTouch while contacted adds a touch and restarts the follow-up clock, no history entry', () => {
    const c = move(person(), 'contacted', NOW, SETTINGS);
    const p = recordTouch(c, later(8), { followUpDays: 5, reevaluateDays: 90 });
    expect(p.status).toBe('contacted');
    expect(p.touches).toBe(2);
    expect(p.statusHistory).toHaveLength(c.statusHistory.length);
    expect(p.nextFollowUp).toBe(addDays(later(8), 5));
    expect(p.updatedAt).toBe(later(8).toISOString());
  });

  it('recordTouch in a later stage only counts', () => {
    const m = person({ status: 'mentoring', nextFollowUp: addDays(NOW, 90), followUpReason: 'r' });
    const p = recordTouch(m, later(1), SETTINGS);
    expect(p.touches).toBe(1);
    expect(p.nextFollowUp).toBe(m.nextFollowUp);
  });
});

describe('suggestion', () => {
  /** Contacted, then follow-ups every 7 days without an answer. */
  function unanswered(attempts: number): Person {
    let p = move(person(), 'contacted', NOW, SETTINGS);
    for (let i = 1; i < attempts; i++) p = recordTouch(p, later(7 * i), SETTINGS);
    return p;
  }

  it.each([
    [1, 'follow-up', 'attempt 2 of 3'],
    [2, 'follow-up', 'attempt 3 of 3'],
    [3, 'dormant', 'instead of a fourth follow-up'],
    [4, 'dormant', 'instead of a fifth follow-up'],
  ] as const)('after %i unanswered attempts, once due: %s', (attempts, action, text) => {
    const p = unanswered(attempts);
    expect(p.touches).toBe(attempts);
    const s = suggestion(p, later(7 * attempts));
    expect(s?.action).toBe(action);
    expect(s?.message).toContain(text);
  });

  it('nothing before the follow-up is due, even after three attempts', () => {
    const p = unanswered(MAX_UNANSWERED);
    expect(suggestion(p, later(7 * MAX_UNANSWERED - 1))).toBeNull();
  });

  it('a reply resets the count: no dormant suggestion afterwards', () => {
    const p = move(unanswered(3), 'replied', later(21), SETTINGS);
    expect(p.touches).toBe(0);
    expect(suggestion(p, later(30))?.action).toBe('schedule');
  });

  it('reviving from dormant starts the count afresh', () => {
    const p = move(move(unanswered(3), 'dormant', later(21), SETTINGS), 'contacted', later(200), SETTINGS);
    expect(p.touches).toBe(1);
    expect(suggestion(p, later(207))?.action).toBe('follow-up');
  });

  it.each([
    ['saved', 'research'],
    ['meeting', 'thank'],
    ['sponsoring', 'reevaluate'],
    ['mentoring', 'reevaluate'],
    ['declined', 'thank'],
    ['thanked', 'ask-referral'],
  ] as const)('due in %s → %s with the cadence reason', (status, action) => {
    const moved = status === 'saved' ? person() : move(person({ status: prev(status) }), status, NOW, SETTINGS);
    const s = suggestion(moved, later(365));
    expect(s?.action).toBe(action);
    expect(s?.message).toBe(moved.followUpReason);
  });

  it('dormant people get no suggestion', () => {
    expect(suggestion(move(person(), 'dormant', NOW, SETTINGS), later(999))).toBeNull();
  });

  it('suggests giving back when nothing is due and the user has only taken', () => {
    const p = addDeed(person({ status: 'mentoring', nextFollowUp: addDays(NOW, 90) }), 'got', 'Intro to CFO', NOW);
    expect(suggestion(p, later(1))).toEqual({ action: 'give-back', message: expect.stringContaining('only taken') });
    expect(suggestion(addDeed(p, 'gave', 'Reviewed deck', NOW), later(1))).toBeNull();
  });
});

function prev(s: StatusT): StatusT {
  const from = Status.options.find((f) => MOVES[f].includes(s) && f !== 'dormant');
  if (!from) throw new Error(`no way into ${s}`);
  return from;
}
