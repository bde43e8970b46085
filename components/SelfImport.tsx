/** "Use as my profile" on the user's own LinkedIn page: pick entries to add to My profile. */
import { useState } from 'preact/hooks';
import type { SuggestField, Suggestion, SuggestionPick } from '@/utils/self-profile';

export interface SelfImportProps {
  suggestions: Suggestion[];
  busy?: boolean;
  /** Set after a successful add: what was added. */
  done?: string | null;
  onAdopt(picks: SuggestionPick[]): void;
}

const FIELD_LABELS: Record<SuggestField, string> = {
  schools: 'Schools',
  employers: 'Employers',
  placesLived: 'Places',
  interests: 'Skills as interests',
};

/** The list of suggestions with checkboxes and one confirm button. */
export function SelfImport({ suggestions, busy, done, onAdopt }: SelfImportProps) {
  const fresh = suggestions.filter((s) => !s.present);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(fresh.map((s) => `${s.field}:${s.value}`)));
  if (done) {
    return (
      <p role="status" data-testid="cg-self-done">
        {done}
      </p>
    );
  }
  if (fresh.length === 0) {
    return <p class="cg-muted">My profile already has everything this page shows.</p>;
  }
  if (!open) {
    return (
      <div class="cg-actions">
        <button type="button" class="cg-primary" data-testid="cg-use-as-me" onClick={() => setOpen(true)}>
          Use as my profile
        </button>
        <span class="cg-muted">Fill My profile from this page</span>
      </div>
    );
  }
  const fields = (Object.keys(FIELD_LABELS) as SuggestField[]).filter((f) => fresh.some((s) => s.field === f));
  return (
    <form
      class="cg-self"
      aria-label="Add to My profile"
      onSubmit={(e) => {
        e.preventDefault();
        onAdopt(
          fresh
            .filter((s) => picked.has(`${s.field}:${s.value}`))
            .map(({ field, value, url }) => ({ field, value, url })),
        );
      }}
    >
      <p>Add these to My profile? Untick what does not fit.</p>
      {fields.map((field) => (
        <fieldset key={field}>
          <legend>{FIELD_LABELS[field]}</legend>
          {fresh
            .filter((s) => s.field === field)
            .map((s) => {
              const k = `${s.field}:${s.value}`;
              return (
                <label key={k} class="cg-check">
                  <input
                    type="checkbox"
                    data-testid="cg-self-pick"
                    checked={picked.has(k)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if ((e.currentTarget as HTMLInputElement).checked) next.add(k);
                      else next.delete(k);
                      setPicked(next);
                    }}
                  />
                  {s.value}
                </label>
              );
            })}
        </fieldset>
      ))}
      <div class="cg-actions">
        <button type="submit" class="cg-primary" data-testid="cg-self-add" disabled={busy || picked.size === 0}>
          Add {picked.size} to My profile
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
