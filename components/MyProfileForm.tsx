/** The My profile form: every MyProfile field, inline errors, one Save button. Renders props only. */
import type { FormField, LimitsReport, MyProfileDraft } from '@/utils/my-profile-form';

export interface MyProfileFormProps {
  draft: MyProfileDraft;
  errors: Partial<Record<FormField, string>>;
  status: string | null;
  /** After a save: the limits as understood, and goals they rule out. */
  report?: LimitsReport | null;
  onChange(field: FormField, value: string): void;
  onSubmit(): void;
}

const FIELDS: { field: FormField; label: string; hint: string; multiline: boolean }[] = [
  { field: 'name', label: 'Your name', hint: 'Used to sign drafts.', multiline: false },
  {
    field: 'seniority',
    label: 'Your title or level',
    hint: 'e.g. Senior Software Engineer — to compare seniority.',
    multiline: false,
  },
  {
    field: 'schools',
    label: 'Schools',
    hint: 'One per line, e.g. "Kellogg School of Management, MBA 2014". Add its LinkedIn page after a bar to match it exactly: "Stanford University | https://www.linkedin.com/school/stanford-university/".',
    multiline: true,
  },
  {
    field: 'hometowns',
    label: 'Hometowns',
    hint: 'Where you grew up. One per line, e.g. "Somerville, Massachusetts".',
    multiline: true,
  },
  {
    field: 'placesLived',
    label: 'Places lived',
    hint: 'Where you live now first, then earlier places. One per line. Coffee or lunch is suggested only to people in the same area.',
    multiline: true,
  },
  {
    field: 'employers',
    label: 'Employers',
    hint: 'Current employer first. One per line; optionally "Name | https://www.linkedin.com/company/…/".',
    multiline: true,
  },
  {
    field: 'interests',
    label: 'Interests',
    hint: 'Hobbies, causes, skills you would talk about. One per line.',
    multiline: true,
  },
  { field: 'goals', label: 'Goals', hint: 'What you want from a sponsor or mentor.', multiline: true },
  { field: 'limits', label: 'Limits', hint: 'What you will not do, e.g. "not willing to relocate".', multiline: true },
  { field: 'offers', label: 'How you can help', hint: 'What you can offer in return.', multiline: true },
  {
    field: 'proudOf',
    label: 'What you are proud of',
    hint: 'A result, a skill or a project, one per line, e.g. "Cut checkout latency by 40%". Drafts to sponsors carry one.',
    multiline: true,
  },
];

/**
 * Rows of a list field: every entry in view plus an empty line to type the next one (issue #15: no
 * 2-row boxes hiding most entries), within 3–30 rows; a long list scrolls beyond that.
 */
export function rowsFor(value: string): number {
  return Math.min(30, Math.max(3, value.split('\n').length + 1));
}

/** The form. */
export function MyProfileForm({ draft, errors, status, report, onChange, onSubmit }: MyProfileFormProps) {
  return (
    <form
      aria-label="My profile"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {FIELDS.map(({ field, label, hint, multiline }) => {
        const id = `me-${field}`;
        const error = errors[field];
        const props = {
          id,
          name: field,
          'data-testid': `me-${field}`,
          value: draft[field],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
          onInput: (e: Event) => onChange(field, (e.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="cg-field" key={field}>
            <label for={id}>{label}</label>
            {multiline ? <textarea rows={rowsFor(draft[field])} {...props} /> : <input type="text" {...props} />}
            <span id={`${id}-hint`} class="cg-hint">
              {hint}
            </span>
            {error && (
              <span id={`${id}-error`} class="cg-field-error" data-testid={`me-${field}-error`}>
                {error}
              </span>
            )}
            {field === 'limits' && report && report.understood.length > 0 && (
              <span class="cg-hint" data-testid="me-limits-understood">
                Understood as: {report.understood.join(' · ')}
              </span>
            )}
            {field === 'goals' && report && report.conflicts.length > 0 && (
              <ul class="cg-field-error" role="alert" data-testid="me-goal-conflicts">
                {report.conflicts.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <div class="cg-toolbar">
        <button type="submit" class="cg-primary" data-testid="me-save">
          Save my profile
        </button>
        {status && (
          <span role="status" data-testid="me-status">
            {status}
          </span>
        )}
      </div>
    </form>
  );
}
