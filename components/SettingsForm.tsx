/** Settings: discreet mode, account type, categories, follow-up cadence, notifications. Renders props only. */
import type { Settings } from '@/utils/schema';
import { DAY_FIELDS, DAY_RANGES, type DayField, type SettingsDraft, type SettingsErrors } from '@/utils/settings-form';
import { KIND_LABELS } from './labels';

export interface SettingsFormProps {
  draft: SettingsDraft;
  errors: SettingsErrors;
  status: string | null;
  busy: boolean;
  onChange(draft: SettingsDraft): void;
  onSubmit(): void;
}

const DAY_LABELS: Record<DayField, string> = {
  followUpDays: 'Follow up on a message after (days)',
  reevaluateDays: 'Re-evaluate an active sponsorship or mentorship every (days)',
};

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

/** The form: every Settings field, inline errors on the day fields, one Save button. */
export function SettingsForm({ draft, errors, status, busy, onChange, onSubmit }: SettingsFormProps) {
  const set = (patch: Partial<SettingsDraft>) => onChange({ ...draft, ...patch });
  return (
    <form
      aria-label="Settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div class="cg-field">
        <label class="cg-check">
          <input
            type="checkbox"
            data-testid="settings-discreetMode"
            aria-describedby="settings-discreetMode-hint"
            checked={draft.discreetMode}
            onChange={(e) => set({ discreetMode: checked(e) })}
          />
          Discreet mode
        </label>
        <span id="settings-discreetMode-hint" class="cg-hint">
          Nothing is inserted into LinkedIn’s pages; use the browser’s side panel (or the toolbar popup) to see the card
          and write drafts.
        </span>
      </div>
      <fieldset data-testid="settings-accountType" aria-describedby="settings-accountType-hint">
        <legend>Your LinkedIn account</legend>
        <p id="settings-accountType-hint" class="cg-hint">
          LinkedIn limits connection notes to 200 characters on free accounts and 300 on Premium; drafts are fitted to
          your limit.
        </p>
        {(['free', 'premium'] as const).map((t) => (
          <label class="cg-check" key={t}>
            <input
              type="radio"
              name="accountType"
              value={t}
              data-testid={`settings-accountType-${t}`}
              checked={draft.accountType === t}
              onChange={() => set({ accountType: t })}
            />
            {t === 'free' ? 'Free (notes up to 200 characters)' : 'Premium (notes up to 300 characters)'}
          </label>
        ))}
      </fieldset>
      <fieldset data-testid="settings-categories">
        <legend>Common ground to look for</legend>
        <p class="cg-hint">Only the kinds you tick are shown on profiles and used in drafts.</p>
        {(Object.keys(KIND_LABELS) as (keyof Settings['categories'])[]).map((k) => (
          <label class="cg-check" key={k}>
            <input
              type="checkbox"
              data-testid={`settings-category-${k}`}
              checked={draft.categories[k]}
              onChange={(e) => set({ categories: { ...draft.categories, [k]: checked(e) } })}
            />
            {KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      {DAY_FIELDS.map((field) => {
        const { min, max, usual } = DAY_RANGES[field];
        return (
          <div class="cg-field" key={field}>
            <label for={`settings-${field}`}>{DAY_LABELS[field]}</label>
            <input
              id={`settings-${field}`}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              data-testid={`settings-${field}`}
              value={draft[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={`settings-${field}-hint${errors[field] ? ` settings-${field}-error` : ''}`}
              onInput={(e) => set({ [field]: (e.currentTarget as HTMLInputElement).value })}
            />
            <span id={`settings-${field}-hint`} class="cg-hint">
              {min} to {max}; {usual} is usual.
            </span>
            {errors[field] && (
              <span id={`settings-${field}-error`} class="cg-field-error" data-testid={`settings-${field}-error`}>
                {errors[field]}
              </span>
            )}
          </div>
        );
      })}
      <label class="cg-check">
        <input
          type="checkbox"
          data-testid="settings-notifications"
          checked={draft.notifications}
          onChange={(e) => set({ notifications: checked(e) })}
        />
        Notify me when follow-ups fall due
      </label>
      <div class="cg-toolbar">
        <button type="submit" class="cg-primary" data-testid="settings-save" disabled={busy}>
          Save settings
        </button>
        {status && (
          <span role="status" data-testid="settings-status">
            {status}
          </span>
        )}
      </div>
    </form>
  );
}
