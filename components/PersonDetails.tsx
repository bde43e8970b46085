/** A saved person's details in the tracker: stage, follow-up date, notes, history, give and take. */
import { useState } from 'preact/hooks';
import { allowedMoves, STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { Deed, Person, Status } from '@/utils/schema';
import type { PersonActions } from './PersonRow';

export interface PersonDetailsProps extends Pick<PersonActions, 'onMove' | 'onUpdate'> {
  person: Person;
  busy: boolean;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The details. */
export function PersonDetails({ person: p, busy, onMove, onUpdate }: PersonDetailsProps) {
  const [notes, setNotes] = useState(p.notes);
  const moves = allowedMoves(p.status);
  return (
    <div class="cg-details" data-testid="cg-person-details">
      <label class="cg-row">
        <span>Move to</span>
        <select
          value=""
          disabled={busy}
          data-testid="cg-details-move"
          onChange={(e) => {
            const to = (e.currentTarget as HTMLSelectElement).value as Status;
            if (to) onMove(p, to);
          }}
        >
          <option value="">Choose a stage…</option>
          {moves.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label class="cg-row">
        <span>Next follow-up</span>
        <input
          type="date"
          data-testid="cg-followup-date"
          value={p.nextFollowUp?.slice(0, 10) ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            onUpdate(p, { nextFollowUp: v ? new Date(`${v}T09:00:00`).toISOString() : null });
          }}
        />
      </label>
      <label class="cg-field">
        <span>Notes</span>
        <textarea
          value={notes}
          data-testid="cg-notes-edit"
          onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="button" disabled={busy || notes === p.notes} onClick={() => onUpdate(p, { notes })}>
        Save notes
      </button>
      <Ledger
        title="Their current projects"
        items={p.projects}
        placeholder="e.g. Launching the Rotterdam hub"
        onAdd={(what) => onUpdate(p, { projects: [...p.projects, what] })}
      />
      <Ledger
        title="What they did for you"
        items={p.got.map((d) => d.what)}
        placeholder="e.g. Introduced me to the CTO"
        onAdd={(what) => onUpdate(p, { got: [...p.got, deed(what)] })}
      />
      <Ledger
        title="What you offered or did for them"
        items={p.gave.map((d) => d.what)}
        placeholder="e.g. Reviewed their conference talk"
        onAdd={(what) => onUpdate(p, { gave: [...p.gave, deed(what)] })}
      />
      <h3>History</h3>
      <ol class="cg-history" data-testid="cg-history">
        {p.statusHistory.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            {STATUS_LABELS[h.status]} · {when(h.at)}
            {h.note ? ` — ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

function deed(what: string): Deed {
  return { what, at: new Date().toISOString() };
}

function Ledger(props: { title: string; items: string[]; placeholder: string; onAdd(what: string): void }) {
  const [draft, setDraft] = useState('');
  return (
    <div class="cg-ledger">
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
          aria-label={props.title}
          placeholder={props.placeholder}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
