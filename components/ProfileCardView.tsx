/**
 * The common-ground card for one profile: name, badges, fit line, save / status / note.
 * Rendered in the in-page panel and in the side panel; it only renders props.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProfileCard } from '@/utils/messages';
import { STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { FitRole, PersonRole, Status } from '@/utils/schema';
import type { SuggestionPick } from '@/utils/self-profile';
import { ROLE_LABELS, shortDate } from './labels';
import { type OpenedBy, OverlapBadge } from './OverlapBadge';
import { PersonControls } from './PersonControls';
import type { SelfImportProps } from './SelfImport';
import { type Toast, UndoToast } from './UndoToast';

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
  /** Change what the person is saved as, or their next follow-up (ISO; null clears it). */
  onUpdate(patch: { role?: PersonRole; nextFollowUp?: string | null }): void;
  /** Remove the saved person (the toast offers Undo). */
  onRemove(): void;
  /** What the last change did, with Undo. */
  toast?: Toast | null;
  onDismissToast?(): void;
  /**
   * Add a note: the background appends it to the stored notes (which may have changed since this
   * render). Resolves true once it is saved; the input keeps the text until then, and when it fails.
   */
  onNote(text: string): Promise<boolean>;
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

/** What Save saves as: the role Common Ground suggests (a peer is a connector); a mentor when unknown. */
export function suggestedRole(fit: FitRole | undefined): PersonRole {
  return fit === 'sponsor' ? 'sponsor' : fit === 'peer' ? 'connector' : 'mentor';
}

const SAVE_LABELS: Record<PersonRole, string> = {
  sponsor: 'Save as potential sponsor',
  mentor: 'Save as potential mentor',
  both: 'Save as sponsor & mentor',
  connector: 'Save as connector',
};

/** The card. */
export function ProfileCardView(props: ProfileCardViewProps) {
  const { view } = props;
  const [collapsed, setCollapsed] = useState(false);
  // One evidence popover at a time: which badge, and whether a click pinned it or hover shows it.
  const [evidence, setEvidence] = useState<{ i: number; how: OpenedBy } | null>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!evidence) return;
    const doc = section.current?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return;
    const close = () => setEvidence(null);
    // Outside the card: in the page, events from inside the closed card stop at its root
    // (closed-host.ts), so whatever reaches the document came from elsewhere.
    const onDown = (e: Event) => {
      if (!section.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    doc.addEventListener('pointerdown', onDown);
    doc.addEventListener('keydown', onKey);
    view.addEventListener('scroll', close, { passive: true });
    view.addEventListener('resize', close);
    return () => {
      doc.removeEventListener('pointerdown', onDown);
      doc.removeEventListener('keydown', onKey);
      view.removeEventListener('scroll', close);
      view.removeEventListener('resize', close);
    };
  }, [evidence !== null]);
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
    <section
      ref={section}
      class="cg-card"
      aria-label={`Common Ground: ${profile.name}`}
      onScroll={() => evidence && setEvidence(null)}
      onPointerDown={(e) => {
        if (evidence && !(e.target as Element).closest?.('.cg-badge-wrap')) setEvidence(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && evidence) setEvidence(null);
      }}
    >
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
        // One clear next step while My profile is empty (issue #15): nothing to compare with yet.
        <div class="cg-next-step" data-testid="cg-me-empty">
          <p>
            <strong>Next step:</strong> tell Common Ground about you, to see what you share with {profile.name}.
          </p>
          <button type="button" class="cg-primary" data-testid="cg-setup" onClick={props.onOpenOptions}>
            Set up My profile
          </button>
          <p class="cg-muted">
            Quickest: on your own LinkedIn profile, press <strong>Use as my profile</strong>.
          </p>
        </div>
      ) : overlap && overlap.items.length > 0 ? (
        <ul class="cg-badges" aria-label="What you share">
          {overlap.items.map((item, i) => (
            <li key={`${item.kind}-${item.theirs}`}>
              <OverlapBadge
                item={item}
                id={`cg-b${i}`}
                open={evidence?.i === i ? evidence.how : null}
                onOpen={(how) =>
                  setEvidence((now) =>
                    how ? (now?.how === 'pin' && how === 'hover' ? now : { i, how }) : now?.i === i ? null : now,
                  )
                }
              />
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
          slug={profile.slug}
          name={profile.name}
          status={person.status}
          role={person.role}
          nextFollowUp={person.nextFollowUp}
          notes={person.notes}
        />
      ) : (
        <SaveButtons suggested={suggestedRole(overlap?.fit.role)} busy={props.busy} onSave={props.onSave} />
      )}
      {props.onDismissToast && (
        <UndoToast toast={props.toast ?? null} busy={props.busy} onDismiss={props.onDismissToast} />
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

/**
 * Save as the suggested role, the others one keystroke away: Tab (or an arrow key) from the main
 * button reaches them, in a row beside it rather than behind a disclosure.
 */
function SaveButtons({
  suggested,
  busy,
  onSave,
}: {
  suggested: PersonRole;
  busy?: boolean;
  onSave(role: PersonRole): void;
}) {
  const others = SAVE_ROLES.filter((r) => r !== suggested);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(e.key)) return;
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  };
  return (
    <fieldset class="cg-actions cg-save-roles" aria-label="Save this person" onKeyDown={onKeyDown}>
      <button
        type="button"
        class="cg-primary"
        data-testid="cg-save"
        data-role={suggested}
        disabled={busy}
        onClick={() => onSave(suggested)}
      >
        {SAVE_LABELS[suggested]}
      </button>
      <span class="cg-muted cg-or" aria-hidden="true">
        or as
      </span>
      {others.map((role) => (
        <button
          type="button"
          key={role}
          class="cg-save-other"
          data-testid={`cg-save-${role}`}
          data-role={role}
          aria-label={SAVE_LABELS[role]}
          disabled={busy}
          onClick={() => onSave(role)}
        >
          {ROLE_LABELS[role]}
        </button>
      ))}
    </fieldset>
  );
}

function SavedControls(
  props: ProfileCardViewProps & {
    slug: string;
    name: string;
    status: Status;
    role: PersonRole;
    nextFollowUp?: string;
    notes: string;
  },
) {
  const [note, setNote] = useState('');
  return (
    <div class="cg-saved">
      <p>
        <span data-testid="cg-status" data-status={props.status}>
          {ROLE_LABELS[props.role]} · {STATUS_LABELS[props.status]}
        </span>
        {props.nextFollowUp && <span class="cg-muted"> · next follow-up {shortDate(props.nextFollowUp)}</span>}
      </p>
      <PersonControls
        id={`cg-card-${props.slug}`}
        name={props.name}
        role={props.role}
        status={props.status}
        nextFollowUp={props.nextFollowUp}
        busy={props.busy}
        onRole={(role) => props.onUpdate({ role })}
        onMove={props.onMove}
        onFollowUp={(at) => props.onUpdate({ nextFollowUp: at })}
        onRemove={props.onRemove}
      />
      {props.notes && (
        <p class="cg-notes" data-testid="cg-notes">
          {props.notes}
        </p>
      )}
      <form
        class="cg-row"
        onSubmit={(e) => {
          e.preventDefault();
          const text = note.trim();
          if (text) {
            // Cleared only once saved, and only if the user has not typed something else meanwhile.
            void props.onNote(text).then((saved) => saved && setNote((now) => (now.trim() === text ? '' : now)));
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
