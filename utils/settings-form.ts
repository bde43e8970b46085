/**
 * The Settings form's data: the day fields are edited as text (what is in the box), everything else as
 * the stored value; validated with the Settings schema, errors keyed by field for inline display.
 */
import { Settings } from './schema';

/** Settings fields edited as a number of days in a text box. */
export const DAY_FIELDS = ['followUpDays', 'reevaluateDays'] as const;
/** One day field. */
export type DayField = (typeof DAY_FIELDS)[number];

/** The allowed range of each day field (the Settings schema's bounds) and its usual value. */
export const DAY_RANGES: Record<DayField, { min: number; max: number; usual: number }> = {
  followUpDays: { min: 1, max: 90, usual: 7 },
  reevaluateDays: { min: 7, max: 365, usual: 90 },
};

/** The form's raw values: settings with the day fields as typed text. */
export type SettingsDraft = Omit<Settings, DayField> & Record<DayField, string>;

/** Errors by field; only the day fields can be typed wrongly. */
export type SettingsErrors = Partial<Record<DayField, string>>;

/** "A whole number of days from 1 to 90." — the inline error of a day field. */
export function dayRangeMessage(field: DayField): string {
  const { min, max } = DAY_RANGES[field];
  return `A whole number of days from ${min} to ${max}.`;
}

/** Raw form values for stored settings. */
export function toSettingsDraft(settings: Settings): SettingsDraft {
  return {
    ...settings,
    followUpDays: String(settings.followUpDays),
    reevaluateDays: String(settings.reevaluateDays),
  };
}

/** A day box's text as a number: blank or non-numeric text becomes NaN so the schema refuses it. */
function days(text: string): number {
  const t = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Validate the form: Settings ready to save, or inline errors by field. */
export function fromSettingsDraft(
  draft: SettingsDraft,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const parsed = Settings.safeParse({
    ...draft,
    followUpDays: days(draft.followUpDays),
    reevaluateDays: days(draft.reevaluateDays),
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'followUpDays' || field === 'reevaluateDays') errors[field] ??= dayRangeMessage(field);
  }
  // Only the day fields are free text; any other issue means the page itself is broken.
  if (Object.keys(errors).length === 0) throw new Error(parsed.error.message);
  return { ok: false, errors };
}
