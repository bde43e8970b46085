/** Settings: discreet mode, account type, categories, follow-up cadence, notifications. Renders props. */
import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/schema';
import { KIND_LABELS } from './labels';

export interface SettingsFormProps {
  settings: Settings;
  status: string | null;
  errors: Partial<Record<'followUpDays' | 'reevaluateDays', string>>;
  onSave(raw: unknown): void;
}

/** The form: edits a copy, validated and saved as a whole. */
export function SettingsForm({ settings, status, errors, onSave }: SettingsFormProps) {
  const [s, setS] = useState(settings);
  const [days, setDays] = useState({
    followUpDays: String(settings.followUpDays),
    reevaluateDays: String(settings.reevaluateDays),
  });
  return (
    <form
      aria-label="Settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...s, followUpDays: Number(days.followUpDays), reevaluateDays: Number(days.reevaluateDays) });
      }}
    >
      <label class="cg-check">
        <input
          type="checkbox"
          data-testid="settings-discreetMode"
          checked={s.discreetMode}
          onChange={(e) => setS({ ...s, discreetMode: (e.currentTarget as HTMLInputElement).checked })}
        />
        Discreet mode: insert nothing into LinkedIn’s pages; see the card in the browser’s side panel instead.
      </label>
      <fieldset>
        <legend>Your LinkedIn account</legend>
        {(['free', 'premium'] as const).map((t) => (
          <label class="cg-check" key={t}>
            <input
              type="radio"
              name="accountType"
              data-testid={`settings-accountType-${t}`}
              checked={s.accountType === t}
              onChange={() => setS({ ...s, accountType: t })}
            />
            {t === 'free'
              ? 'Free (connection notes up to 200 characters)'
              : 'Premium (connection notes up to 300 characters)'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Look for</legend>
        {(Object.keys(KIND_LABELS) as (keyof Settings['categories'])[]).map((k) => (
          <label class="cg-check" key={k}>
            <input
              type="checkbox"
              data-testid={`settings-category-${k}`}
              checked={s.categories[k]}
              onChange={(e) =>
                setS({ ...s, categories: { ...s.categories, [k]: (e.currentTarget as HTMLInputElement).checked } })
              }
            />
            {KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      {(
        [
          ['followUpDays', 'Follow up on a message after (days)', '1 to 90; 7 is usual.'],
          ['reevaluateDays', 'Re-evaluate a sponsorship or mentorship every (days)', '7 to 365; 90 is usual.'],
        ] as const
      ).map(([field, label, hint]) => (
        <div class="cg-field" key={field}>
          <label for={`settings-${field}`}>{label}</label>
          <input
            id={`settings-${field}`}
            type="number"
            inputMode="numeric"
            data-testid={`settings-${field}`}
            value={days[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={`settings-${field}-hint`}
            onInput={(e) => setDays({ ...days, [field]: (e.currentTarget as HTMLInputElement).value })}
          />
          <span id={`settings-${field}-hint`} class="cg-hint">
            {hint}
          </span>
          {errors[field] && (
            <span class="cg-field-error" data-testid={`settings-${field}-error`}>
              {errors[field]}
            </span>
          )}
        </div>
      ))}
      <label class="cg-check">
        <input
          type="checkbox"
          data-testid="settings-notifications"
          checked={s.notifications}
          onChange={(e) => setS({ ...s, notifications: (e.currentTarget as HTMLInputElement).checked })}
        />
        Notify me when follow-ups fall due
      </label>
      <div class="cg-toolbar">
        <button type="submit" class="cg-primary" data-testid="settings-save">
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
