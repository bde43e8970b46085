import { describe, expect, it } from 'vitest';
import { Settings } from '@/utils/schema';
import {
  DAY_RANGES,
  dayRangeMessage,
  fromSettingsDraft,
  type SettingsDraft,
  toSettingsDraft,
} from '@/utils/settings-form';

const defaults = Settings.parse({});
const draft = (over: Partial<SettingsDraft> = {}): SettingsDraft => ({ ...toSettingsDraft(defaults), ...over });

describe('settings form', () => {
  it('shows the stored day counts as text and round-trips stored settings', () => {
    const stored = Settings.parse({ accountType: 'premium', followUpDays: 10, categories: { interest: false } });
    const d = toSettingsDraft(stored);
    expect(d.followUpDays).toBe('10');
    expect(d.reevaluateDays).toBe('90');
    expect(fromSettingsDraft(d)).toEqual({ ok: true, settings: stored });
  });

  it.each([
    ['the lowest follow-up', { followUpDays: '1' }, { followUpDays: 1 }],
    ['the highest follow-up', { followUpDays: '90' }, { followUpDays: 90 }],
    ['spaces around the number', { followUpDays: ' 14 ' }, { followUpDays: 14 }],
    ['the lowest re-evaluation', { reevaluateDays: '7' }, { reevaluateDays: 7 }],
    ['the highest re-evaluation', { reevaluateDays: '365' }, { reevaluateDays: 365 }],
  ])('accepts %s', (_label, over, expected) => {
    expect(fromSettingsDraft(draft(over))).toEqual({ ok: true, settings: { ...defaults, ...expected } });
  });

  it.each([
    ['zero follow-up days', { followUpDays: '0' }, 'followUpDays'],
    ['91 follow-up days', { followUpDays: '91' }, 'followUpDays'],
    ['a blank follow-up', { followUpDays: '' }, 'followUpDays'],
    ['a fraction', { followUpDays: '7.5' }, 'followUpDays'],
    ['words', { followUpDays: 'seven' }, 'followUpDays'],
    ['a number with a unit', { followUpDays: '7d' }, 'followUpDays'],
    ['a negative number', { followUpDays: '-3' }, 'followUpDays'],
    ['6 re-evaluation days', { reevaluateDays: '6' }, 'reevaluateDays'],
    ['366 re-evaluation days', { reevaluateDays: '366' }, 'reevaluateDays'],
  ] as const)('refuses %s with the range as an inline error', (_label, over, field) => {
    expect(fromSettingsDraft(draft(over))).toEqual({ ok: false, errors: { [field]: dayRangeMessage(field) } });
  });

  it('marks both day fields when both are wrong', () => {
    const r = fromSettingsDraft(draft({ followUpDays: '400', reevaluateDays: '1' }));
    expect(r).toEqual({
      ok: false,
      errors: {
        followUpDays: 'A whole number of days from 1 to 90.',
        reevaluateDays: 'A whole number of days from 7 to 365.',
      },
    });
  });

  it.each(Object.entries(DAY_RANGES))(
    'keeps the %s range and usual value in step with the Settings schema',
    (field, r) => {
      const ok = (n: number) => Settings.safeParse({ [field]: n }).success;
      expect([ok(r.min - 1), ok(r.min), ok(r.max), ok(r.max + 1)]).toEqual([false, true, true, false]);
      expect(defaults[field as keyof typeof DAY_RANGES]).toBe(r.usual);
    },
  );
});
