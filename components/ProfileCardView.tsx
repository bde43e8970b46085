/**
 * The common-ground card for one profile: name, badges, fit line, save / status / note.
 * Rendered in the in-page panel and in the side panel; it only renders props.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { ProfileCard } from '@/utils/messages';
import { allowedMoves, STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { PersonRole, Status } from '@/utils/schema';
import type { SuggestionPick } from '@/utils/self-profile';
import { ROLE_LABELS, shortDate } from './labels';
import { OverlapBadge } from './OverlapBadge';
import type { SelfImportProps } from './SelfImport';

/** What the card shows. */
export type CardView =
  | { state: 'loading' }
  | { state: 'unreadable'; message: string; diagnostic?: string }
  | { state: 'profile'; card: ProfileCard };

export interface ProfileCardViewProps {
  view: CardView;
  busy?: boolean;
  error?: string | null;
  onSave(role: PersonRole): void;
  onMove(status: Status): void;
  onNote(note: string): void;
  onOpenOptions(): void;
  /** "Use as my profile" on the user's own page. */
  onAdopt?(picks: SuggestionPick[]): void;
  /** Set after "Use as my profile" succeeded. */
  adopted?: string | null;
  /**
   * What renders "Use as my profile": components/SelfImport in extension pages; the in-page card
   * passes one that loads it on demand (entrypoints/profile.content/on-demand-views.tsx).
   */
  SelfImport: ComponentType<SelfImportProps>;
  /** Collapsible in-page card: show a minimise button and, when collapsed, only a chip. */
  collapsible?: boolean;
  /** The draft composer, shown for a readable profile that is not the user's own. */
  children?: ComponentChildren;
}

const SAVE_ROLES: PersonRole[] = ['sponsor', 'mentor', 'both', 'connector'];

/** The card. */
export function ProfileCardView(props: ProfileCardViewProps) {
  const { view } = props;
  const [collapsed, setCollapsed] = useState(false);
  if (props.collapsible && collapsed) {
    const count = view.state === 'profile' ? (view.card.overlap?.items.length ?? 0) : 0;
    return (
      <button
        type="button"
        class="cg-chip"
        data-testid="cg-chip"
        aria-expanded="false"
        aria-label={`Common Ground: ${count} in common. Show the card`}
        onClick={() => setCollapsed(false)}
      >
        <span class="cg-logo" aria-hidden="true">
          CG
        </span>
        {count > 0 ? `${count} in common` : 'Common Ground'}
      </button>
    );
  }
  const minimise = props.collapsible ? (
    <button
      type="button"
      class="cg-icon"
      data-testid="cg-minimise"
      aria-label="Minimise the Common Ground card"
      aria-expanded="true"
      onClick={() => setCollapsed(true)}
    >
      –
    </button>
  ) : null;
  if (view.state === 'loading') {
    return (
      <section class="cg-card" aria-label="Common Ground" aria-busy="true">
        <p class="cg-muted">Reading this profile…</p>
      </section>
    );
  }
  if (view.state === 'unreadable') return <Unreadable message={view.message} diagnostic={view.diagnostic} />;
  const { card } = view;
  const { profile, overlap, person } = card;
  return (
    <section class="cg-card" aria-label={`Common Ground: ${profile.name}`}>
      <header class="cg-head">
        <span class="cg-logo" aria-hidden="true">
          CG
        </span>
        <h2 class="cg-name" data-testid="cg-name">
          {profile.name}
        </h2>
        {minimise}
      </header>
      {card.self ? (
        <div data-testid="cg-self">
          <p class="cg-muted">This is your own profile.</p>
          <props.SelfImport
            suggestions={card.self.suggestions}
            busy={props.busy}
            done={props.adopted}
            onAdopt={(picks) => props.onAdopt?.(picks)}
          />
        </div>
      ) : card.meEmpty ? (
        <p class="cg-muted" data-testid="cg-me-empty">
          <button type="button" class="cg-link" onClick={props.onOpenOptions}>
            Add your schools and hometown to see what you share
          </button>
        </p>
      ) : overlap && overlap.items.length > 0 ? (
        <ul class="cg-badges" aria-label="What you share">
          {overlap.items.map((item, i) => (
            <li key={`${item.kind}-${item.theirs}`}>
              <OverlapBadge item={item} id={`cg-b${i}`} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="cg-muted" data-testid="cg-no-overlap">
          No common ground found on this profile.
        </p>
      )}
      {overlap && overlap.fit.reasons.length > 0 && (
        <p class="cg-fit" data-testid="cg-fit">
          <strong>{fitTitle(overlap.fit.role)}</strong>: {overlap.fit.reasons.join(', ')}
        </p>
      )}
      {card.self ? null : person ? (
        <SavedControls
          {...props}
          status={person.status}
          role={person.role}
          nextFollowUp={person.nextFollowUp}
          notes={person.notes}
        />
      ) : (
        <div class="cg-actions">
          <button
            type="button"
            class="cg-primary"
            data-testid="cg-save"
            disabled={props.busy}
            onClick={() => props.onSave(overlap?.fit.role === 'mentor' ? 'mentor' : 'sponsor')}
          >
            {overlap?.fit.role === 'mentor' ? 'Save as potential mentor' : 'Save as potential sponsor'}
          </button>
          <details class="cg-more">
            <summary>Save as…</summary>
            <div class="cg-roles">
              {SAVE_ROLES.map((role) => (
                <button
                  type="button"
                  key={role}
                  data-testid={`cg-save-${role}`}
                  disabled={props.busy}
                  onClick={() => props.onSave(role)}
                >
                  {ROLE_LABELS[role]}
                </button>
              ))}
            </div>
          </details>
        </div>
      )}
      {!card.self && props.children}
      {props.error && (
        <p class="cg-error" role="alert" data-testid="cg-error">
          {props.error}
        </p>
      )}
    </section>
  );
}

function fitTitle(role: 'sponsor' | 'mentor' | 'peer'): string {
  return role === 'sponsor' ? 'Likely sponsor' : role === 'mentor' ? 'Likely mentor' : 'Peer';
}

function SavedControls(
  props: ProfileCardViewProps & { status: Status; role: PersonRole; nextFollowUp?: string; notes: string },
) {
  const [note, setNote] = useState('');
  const moves = allowedMoves(props.status);
  return (
    <div class="cg-saved">
      <p>
        <span data-testid="cg-status" data-status={props.status}>
          {ROLE_LABELS[props.role]} · {STATUS_LABELS[props.status]}
        </span>
        {props.nextFollowUp && <span class="cg-muted"> · next follow-up {shortDate(props.nextFollowUp)}</span>}
      </p>
      <label class="cg-row">
        <span>Move to</span>
        <select
          data-testid="cg-move"
          disabled={props.busy || moves.length === 0}
          value=""
          onChange={(e) => {
            const to = (e.currentTarget as HTMLSelectElement).value as Status;
            if (to) props.onMove(to);
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
      {props.notes && (
        <p class="cg-notes" data-testid="cg-notes">
          {props.notes}
        </p>
      )}
      <form
        class="cg-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) {
            props.onNote(props.notes ? `${props.notes}\n${note.trim()}` : note.trim());
            setNote('');
          }
        }}
      >
        <input
          aria-label="Add a note"
          placeholder="Add a note"
          data-testid="cg-note-input"
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={props.busy || !note.trim()} data-testid="cg-note-add">
          Add
        </button>
      </form>
    </div>
  );
}

function Unreadable({ message, diagnostic }: { message: string; diagnostic?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="cg-card" aria-label="Common Ground">
      <p data-testid="cg-unreadable">{message}</p>
      {diagnostic && (
        <details class="cg-more">
          <summary>Diagnostic</summary>
          <pre class="cg-diag" data-testid="cg-diagnostic">
            {diagnostic}
          </pre>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard.writeText(diagnostic).then(() => setCopied(true));
            }}
          >
            {copied ? 'Copied' : 'Copy diagnostic'}
          </button>
        </details>
      )}
    </section>
  );
}
