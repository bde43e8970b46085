/**
 * A saved person's details in the tracker, kept compact: move to any allowed stage, the next
 * follow-up date, notes, their current projects, what they did for you and what you did for them
 * (the give-and-take ledger), what you share, and the stage history with times.
 */
import { useState } from 'preact/hooks';
import { addDeed, addProject, type LedgerSide } from '@/utils/outreach/ledger';
import { allowedMoves, STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { Person, Status } from '@/utils/schema';

/** What the details can change on a person (a subset of `person/update`'s patch). */
export type DetailsPatch = Partial<Pick<Person, 'notes' | 'projects' | 'gave' | 'got'>> & {
  nextFollowUp?: string | null;
};

export interface PersonDetailsProps {
  person: Person;
  busy: boolean;
  onMove(person: Person, to: Status): void;
  onUpdate(person: Person, patch: DetailsPatch): void;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "2026-11-24" in the user's time zone, for a date input. */
function dateInputValue(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The details. */
export function PersonDetails({ person: p, busy, onMove, onUpdate }: PersonDetailsProps) {
  const [notes, setNotes] = useState(p.notes);
  const moves = allowedMoves(p.status);
  const id = (part: string) => `cg-${part}-${p.slug}`;
  const deed = (side: LedgerSide) => (what: string) =>
    onUpdate(p, { [side]: addDeed(p, side, what, new Date())[side] });
  return (
    <div class="cg-details" data-testid="cg-person-details">
      <div class="cg-details-grid">
        <label for={id('move')}>Move to</label>
        <select
          id={id('move')}
          value=""
          disabled={busy || moves.length === 0}
          data-testid="cg-details-move"
          onChange={(e) => {
            const to = (e.currentTarget as HTMLSelectElement).value as Status;
            if (to) onMove(p, to);
          }}
        >
          <option value="">{moves.length ? 'Choose a stage…' : 'No further stage'}</option>
          {moves.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label for={id('date')}>Next follow-up</label>
        <input
          id={id('date')}
          type="date"
          data-testid="cg-followup-date"
          disabled={busy}
          value={dateInputValue(p.nextFollowUp)}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            // 9 a.m. local time on the chosen day: due in the morning, not at midnight.
            onUpdate(p, { nextFollowUp: v ? new Date(`${v}T09:00:00`).toISOString() : null });
          }}
        />
      </div>
      {p.commonGround.length > 0 && (
        <p class="cg-muted" data-testid="cg-details-shared">
          In common: {p.commonGround.map((c) => c.label ?? c.theirs).join(' · ')}
        </p>
      )}
      <label class="cg-field">
        <span>Notes</span>
        <textarea
          value={notes}
          rows={3}
          data-testid="cg-notes-edit"
          onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button
        type="button"
        data-testid="cg-notes-save"
        disabled={busy || notes === p.notes}
        onClick={() => onUpdate(p, { notes })}
      >
        Save notes
      </button>
      <Ledger
        title="Their current projects"
        testid="cg-projects"
        items={p.projects}
        placeholder="e.g. Opening the Rotterdam hub"
        busy={busy}
        onAdd={(what) => {
          const next = addProject(p, what, new Date());
          if (next !== p) onUpdate(p, { projects: next.projects });
        }}
      />
      <Ledger
        title="What they did for you"
        testid="cg-got"
        items={p.got.map((d) => d.what)}
        placeholder="e.g. Introduced me to the CTO"
        busy={busy}
        onAdd={deed('got')}
      />
      <Ledger
        title="What you did for them"
        testid="cg-gave"
        items={p.gave.map((d) => d.what)}
        placeholder="e.g. Reviewed their conference talk"
        busy={busy}
        onAdd={deed('gave')}
      />
      <h3>History</h3>
      <ol class="cg-history" data-testid="cg-history">
        {p.statusHistory.map((h, i) => (
          <li key={`${i}-${h.at}`}>
            {STATUS_LABELS[h.status]} · <time dateTime={h.at}>{when(h.at)}</time>
            {h.note ? ` — ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Ledger(props: {
  title: string;
  testid: string;
  items: string[];
  placeholder: string;
  busy: boolean;
  onAdd(what: string): void;
}) {
  const [draft, setDraft] = useState('');
  return (
    <div class="cg-ledger" data-testid={props.testid}>
      <h3>{props.title}</h3>
      {props.items.length > 0 ? (
        <ul>
          {props.items.map((item, i) => (
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ul>
      ) : (
        <p class="cg-muted">Nothing yet.</p>
      )}
      <form
        class="cg-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) {
            props.onAdd(draft.trim());
            setDraft('');
          }
        }}
      >
        <input
          aria-label={`Add to: ${props.title}`}
          placeholder={props.placeholder}
          maxLength={500}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={props.busy || !draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
