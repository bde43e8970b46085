import { describe, expect, it } from 'vitest';
import { move } from '@/utils/outreach/pipeline';
import { describeChange, type PersonChange, undoChange, undoKey } from '@/utils/outreach/undo';
import { samplePerson } from '../samples';

const SETTINGS = { followUpDays: 7, reevaluateDays: 90 };
const T1 = new Date('2026-11-02T10:00:00.000Z');
const T2 = new Date('2026-11-02T10:00:05.000Z');

const saved = samplePerson('ada', { nextFollowUp: '2026-11-08T10:00:00.000Z', notes: 'Alumni dinner' });
const met = move(saved, 'meeting', T1, SETTINGS, { chosen: true, meetingKind: 'lunch' });
const moved: PersonChange = { slug: 'ada', before: saved, after: met };

describe('undo', () => {
  it('puts a stage change back and records the undo in the history (nothing is erased)', () => {
    const undo = undoChange(moved, undoKey(moved), met, T2);
    expect(undo).toEqual({
      put: {
        ...saved,
        updatedAt: T2.toISOString(),
        statusHistory: [
          ...met.statusHistory,
          { status: 'saved', at: T2.toISOString(), note: 'Undid the move to Meeting', undo: true },
        ],
      },
    });
    if (!('put' in undo)) throw new Error('expected a put');
    expect(undo.put.nextFollowUp).toBe(saved.nextFollowUp);
    expect(undo.put.meetingKind).toBeUndefined();
  });

  it('puts a role change back without a history entry', () => {
    const after = { ...saved, role: 'mentor' as const, updatedAt: T1.toISOString() };
    const undo = undoChange({ slug: 'ada', before: saved, after }, T1.toISOString(), after, T2);
    expect(undo).toEqual({ put: { ...saved, updatedAt: T2.toISOString() } });
  });

  it('puts a removed person back whole', () => {
    const removed: PersonChange = { slug: 'ada', before: saved, after: null };
    expect(undoChange(removed, null, null, T2)).toEqual({ put: saved });
  });

  it('removes a person whose save is undone', () => {
    expect(undoChange({ slug: 'ada', before: null, after: saved }, saved.updatedAt, saved, T2)).toEqual({
      remove: 'ada',
    });
  });

  it.each<[string, PersonChange | undefined, string | null, typeof met | null, RegExp]>([
    ['no change remembered', undefined, met.updatedAt, met, /Nothing to undo/],
    ['another change is the last one', moved, '2026-01-01T00:00:00.000Z', met, /Nothing to undo/],
    ['a removal asked for a change', moved, null, met, /Nothing to undo/],
    ['changed since', moved, met.updatedAt, { ...met, notes: 'x', updatedAt: T2.toISOString() }, /changed since/],
    ['removed since', moved, met.updatedAt, null, /changed since/],
    ['saved again after the removal', { slug: 'ada', before: saved, after: null }, null, saved, /saved again/],
  ])('writes nothing when %s', (_label, change, key, stored, error) => {
    expect(() => undoChange(change, key, stored, T2)).toThrow(error);
  });

  it.each<[string, PersonChange]>([
    ['Moved Ada Okafor to Meeting', moved],
    ['Removed Ada Okafor', { slug: 'ada', before: saved, after: null }],
    ['Saved Ada Okafor', { slug: 'ada', before: null, after: saved }],
    ['Ada Okafor is now saved as a connector', { slug: 'ada', before: saved, after: { ...saved, role: 'connector' } }],
    [
      'Cleared the follow-up with Ada Okafor',
      { slug: 'ada', before: saved, after: { ...saved, nextFollowUp: undefined } },
    ],
  ])('says “%s”', (text, change) => {
    expect(describeChange(change)).toBe(text);
  });
});
