/**
 * A saved person's details in the tracker, kept compact: move to any allowed stage, the next
 * follow-up date, notes, their current projects, what they did for you and what you did for them
 * (the give-and-take ledger), what you share, and the stage history with times.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { LedgerSide } from '@/utils/outreach/ledger';
import { allowedMoves, STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { Person, Status } from '@/utils/schema';
import { NOTES_CHANGED } from './labels';

/**
 * What the details change on a person, as operations on the stored record (the background applies
 * them to what is stored then, so an edit from another window is never overwritten unseen).
 */
export type DetailsEdit =
  /** Set (ISO time) or clear (null) the next follow-up. */
  | { kind: 'follow-up'; at: string | null }
  /** Add one of their current projects, or what they did for the user / the user did for them. */
  | { kind: 'add'; side: LedgerSide | 'projects'; what: string }
  /** Replace the notes; `base` is the stored text the editor started from (refused when it changed). */
  | { kind: 'notes'; notes: string; base: string };

export interface PersonDetailsProps {
  person: Person;
  busy: boolean;
  onMove(person: Person, to: Status): void;
  onEdit(person: Person, edit: DetailsEdit): void;
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
export function PersonDetails({ person: p, busy, onMove, onEdit }: PersonDetailsProps) {
  const moves = allowedMoves(p.status);
  const id = (part: string) => `cg-${part}-${p.slug}`;
  const add = (side: LedgerSide | 'projects') => (what: string) => onEdit(p, { kind: 'add', side, what });
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
            onEdit(p, { kind: 'follow-up', at: v ? new Date(`${v}T09:00:00`).toISOString() : null });
          }}
        />
      </div>
      {p.commonGround.length > 0 && (
        <p class="cg-muted" data-testid="cg-details-shared">
          In common: {p.commonGround.map((c) => c.label ?? c.theirs).join(' · ')}
        </p>
      )}
      <NotesEditor saved={p.notes} busy={busy} onSave={(notes, base) => onEdit(p, { kind: 'notes', notes, base })} />
      <Ledger
        title="Their current projects"
        testid="cg-projects"
        items={p.projects}
        placeholder="e.g. Opening the Rotterdam hub"
        busy={busy}
        onAdd={add('projects')}
      />
      <Ledger
        title="What they did for you"
        testid="cg-got"
        items={p.got.map((d) => d.what)}
        placeholder="e.g. Introduced me to the CTO"
        busy={busy}
        onAdd={add('got')}
      />
      <Ledger
        title="What you did for them"
        testid="cg-gave"
        items={p.gave.map((d) => d.what)}
        placeholder="e.g. Reviewed their conference talk"
        busy={busy}
        onAdd={add('gave')}
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

/**
 * The notes as one text. It follows the stored notes while the user has not changed them; once they
 * have, a change from another window does not replace their text: both are shown, and the user
 * chooses (the background refuses a save based on notes that changed meanwhile).
 */
function NotesEditor({
  saved,
  busy,
  onSave,
}: {
  saved: string;
  busy: boolean;
  onSave(notes: string, base: string): void;
}) {
  const [text, setText] = useState(saved);
  // The stored text this edit started from.
  const [base, setBase] = useState(saved);
  useLayoutEffect(() => {
    if (saved === text) setBase(saved);
    else if (text === base) {
      setText(saved);
      setBase(saved);
    }
  }, [saved]);
  const stale = base !== saved && text !== saved;
  return (
    <>
      <label class="cg-field">
        <span>Notes</span>
        <textarea
          value={text}
          rows={3}
          data-testid="cg-notes-edit"
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {stale ? (
        <div class="cg-conflict" role="alert" data-testid="cg-notes-conflict">
          <p>{NOTES_CHANGED}</p>
          <pre class="cg-notes" data-testid="cg-notes-saved">
            {saved || '(empty)'}
          </pre>
          <div class="cg-actions">
            <button type="button" data-testid="cg-notes-overwrite" disabled={busy} onClick={() => onSave(text, saved)}>
              Replace them with my text
            </button>
            <button
              type="button"
              data-testid="cg-notes-discard"
              disabled={busy}
              onClick={() => {
                setText(saved);
                setBase(saved);
              }}
            >
              Discard my text
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          data-testid="cg-notes-save"
          disabled={busy || text === saved}
          onClick={() => onSave(text, base)}
        >
          Save notes
        </button>
      )}
    </>
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
