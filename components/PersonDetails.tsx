/**
 * A saved person's details in the tracker, kept compact: role, stage (any stage, the next steps
 * first), the next follow-up date and Remove (components/PersonControls.tsx), notes, their current projects, what they did for you and what you did for them
 * (the give-and-take ledger), what you share, and the stage history with times.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LedgerSide } from '@/utils/outreach/ledger';
import { STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { Person, PersonRole, Status } from '@/utils/schema';
import { NOTES_CHANGED } from './labels';
import { PersonControls } from './PersonControls';

/**
 * What the details change on a person, as operations on the stored record (the background applies
 * them to what is stored then, so an edit from another window is never overwritten unseen).
 */
export type DetailsEdit =
  /** Set (ISO time) or clear (null) the next follow-up. */
  | { kind: 'follow-up'; at: string | null }
  /** Change what they are saved as. */
  | { kind: 'role'; role: PersonRole }
  /** Add one of their current projects, or what they did for the user / the user did for them. */
  | { kind: 'add'; side: LedgerSide | 'projects'; what: string }
  /** Replace the notes; `base` is the stored text the editor started from (refused when it changed). */
  | { kind: 'notes'; notes: string; base: string };

export interface PersonDetailsProps {
  person: Person;
  busy: boolean;
  /** `chosen`: the user picked the stage (any stage may follow any other). */
  onMove(person: Person, to: Status, chosen?: boolean): void;
  onEdit(person: Person, edit: DetailsEdit): void;
  onRemove(person: Person): void;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The details. */
export function PersonDetails({ person: p, busy, onMove, onEdit, onRemove }: PersonDetailsProps) {
  const add = (side: LedgerSide | 'projects') => (what: string) => onEdit(p, { kind: 'add', side, what });
  return (
    <div class="cg-details" data-testid="cg-person-details">
      <PersonControls
        id={`cg-details-${p.slug}`}
        name={p.profile.name}
        role={p.role}
        status={p.status}
        nextFollowUp={p.nextFollowUp}
        busy={busy}
        onRole={(role) => onEdit(p, { kind: 'role', role })}
        onMove={(to) => onMove(p, to, true)}
        onFollowUp={(at) => onEdit(p, { kind: 'follow-up', at })}
        onRemove={() => onRemove(p)}
      />
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
            {h.undo ? 'Back to ' : ''}
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
  // What was sent: the box clears only once it is stored (it shows up in `items`), so a refused add
  // (storage full, a closed channel) keeps what the user typed.
  const [sent, setSent] = useState<string | null>(null);
  useEffect(() => {
    if (sent === null || !props.items.includes(sent)) return;
    setDraft((d) => (d.trim() === sent ? '' : d));
    setSent(null);
  }, [props.items, sent]);
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
            setSent(draft.trim());
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
