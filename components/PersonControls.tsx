/**
 * The everyday controls of one saved person (issue #15), the same on the card, in the side panel and
 * in the popup's details: what they are saved as, their stage (the suggested next moves first, then
 * any other stage: the pipeline suggests, the user records what happened), the next follow-up, and
 * Remove. Renders props only; every change is a callback, and the surface offers Undo for it.
 */
import { STATUS_LABELS, stageChoices } from '@/utils/outreach/pipeline';
import type { PersonRole, Status } from '@/utils/schema';
import { ROLE_LABELS } from './labels';

export interface PersonControlsProps {
  /** Unique per person on the page, for label wiring. */
  id: string;
  name: string;
  role: PersonRole;
  status: Status;
  nextFollowUp?: string;
  busy?: boolean;
  onRole(role: PersonRole): void;
  onMove(status: Status): void;
  /** A new follow-up time (ISO), or null to clear it. */
  onFollowUp(at: string | null): void;
  onRemove(): void;
}

/** "2026-11-24" in the user's time zone, for a date input. */
export function dateInputValue(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 9 a.m. local time on a date input's day (due in the morning, not at midnight), or null when cleared. */
export function followUpFromInput(value: string): string | null {
  return value ? new Date(`${value}T09:00:00`).toISOString() : null;
}

/** Role, stage, follow-up and Remove. */
export function PersonControls(p: PersonControlsProps) {
  const { suggested, other } = stageChoices(p.status);
  const id = (part: string) => `${p.id}-${part}`;
  return (
    <div class="cg-controls" data-testid="cg-controls">
      <label for={id('role')}>Saved as</label>
      <select
        id={id('role')}
        data-testid="cg-role"
        value={p.role}
        disabled={p.busy}
        onChange={(e) => {
          const role = (e.currentTarget as HTMLSelectElement).value as PersonRole;
          if (role !== p.role) p.onRole(role);
        }}
      >
        {(Object.keys(ROLE_LABELS) as PersonRole[]).map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <label for={id('move')}>Move to</label>
      <select
        id={id('move')}
        data-testid="cg-move"
        value=""
        disabled={p.busy}
        onChange={(e) => {
          const to = (e.currentTarget as HTMLSelectElement).value as Status;
          if (to) p.onMove(to);
        }}
      >
        <option value="">Choose a stage…</option>
        {suggested.length > 0 && (
          <optgroup label="Next steps">
            {suggested.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Any other stage">
          {other.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </optgroup>
      </select>
      <label for={id('date')}>Next follow-up</label>
      <input
        id={id('date')}
        type="date"
        data-testid="cg-followup-date"
        disabled={p.busy}
        value={dateInputValue(p.nextFollowUp)}
        onChange={(e) => p.onFollowUp(followUpFromInput((e.currentTarget as HTMLInputElement).value))}
      />
      <span />
      <button
        type="button"
        class="cg-remove"
        data-testid="cg-remove"
        disabled={p.busy}
        aria-label={`Remove ${p.name} from your saved people`}
        onClick={p.onRemove}
      >
        Remove
      </button>
    </div>
  );
}
