/** One saved person in the tracker: who, where they stand, what is due, quick actions, details. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { balance } from '@/utils/outreach/ledger';
import { nextStage, STATUS_LABELS, statusLabel, suggestion } from '@/utils/outreach/pipeline';
import type { Person, Status } from '@/utils/schema';
import { ROLE_LABELS, shortDate } from './labels';
import { PersonDetails } from './PersonDetails';

/** What a row can ask the popup to do. */
export interface PersonActions {
  onMove(person: Person, to: Status): void;
  onSnooze(person: Person, days: number): void;
  onOpen(person: Person): void;
  onUpdate(
    person: Person,
    patch: Partial<Pick<Person, 'notes' | 'projects' | 'gave' | 'got'>> & { nextFollowUp?: string | null },
  ): void;
  /** The draft composer for this person, shown under the row when asked for. */
  renderComposer?(person: Person): ComponentChildren;
}

export interface PersonRowProps extends PersonActions {
  person: Person;
  now: Date;
  busySlug?: string | null;
}

/** The row. */
export function PersonRow({ person: p, now, busySlug, ...actions }: PersonRowProps) {
  const [open, setOpen] = useState<'details' | 'draft' | null>(null);
  const next = nextStage(p);
  const hint = suggestion(p, now);
  const ledger = balance(p);
  const busy = busySlug === p.slug;
  const company = p.profile.current?.company;
  return (
    <li class="cg-person" data-testid="cg-person" data-slug={p.slug} data-status={p.status}>
      <div class="cg-person-head">
        <button
          type="button"
          class="cg-link cg-person-name"
          onClick={() => actions.onOpen(p)}
          title="Open their LinkedIn profile"
        >
          {p.profile.name}
        </button>
        <span class="cg-muted" data-testid="cg-person-status">
          {ROLE_LABELS[p.role]} · {statusLabel(p)}
          {p.touches > 0 && (
            <span data-testid="cg-touches">
              {' '}
              · {p.touches} {p.touches === 1 ? 'message' : 'messages'} sent
            </span>
          )}
        </span>
      </div>
      {(p.profile.headline || company) && <div class="cg-muted cg-clip">{p.profile.headline ?? company}</div>}
      {p.nextFollowUp && (
        <div class="cg-muted" data-testid="cg-person-due">
          Next: {p.followUpReason ?? 'Check in'} · {shortDate(p.nextFollowUp)}
        </div>
      )}
      {hint && (
        <div class="cg-hint-line" data-testid="cg-suggestion" data-action={hint.action}>
          {hint.message}
        </div>
      )}
      {ledger.onlyTaken && hint?.action !== 'give-back' && <div class="cg-hint-line">{ledger.message}</div>}
      <div class="cg-row-actions">
        {hint?.action === 'dormant' ? (
          <button type="button" data-testid="cg-dormant" disabled={busy} onClick={() => actions.onMove(p, 'dormant')}>
            Mark dormant
          </button>
        ) : (
          next && (
            <button
              type="button"
              class="cg-primary"
              data-testid="cg-advance"
              disabled={busy}
              onClick={() => actions.onMove(p, next)}
            >
              → {STATUS_LABELS[next]}
            </button>
          )
        )}
        <button
          type="button"
          data-testid="cg-snooze"
          disabled={busy}
          onClick={() => actions.onSnooze(p, 1)}
          aria-label={`Snooze ${p.profile.name} for a day`}
        >
          Snooze 1d
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => actions.onSnooze(p, 7)}
          aria-label={`Snooze ${p.profile.name} for a week`}
        >
          1w
        </button>
        {actions.renderComposer && (
          <button
            type="button"
            data-testid="cg-draft"
            aria-expanded={open === 'draft'}
            onClick={() => setOpen(open === 'draft' ? null : 'draft')}
          >
            Draft
          </button>
        )}
        <button
          type="button"
          data-testid="cg-details"
          aria-expanded={open === 'details'}
          onClick={() => setOpen(open === 'details' ? null : 'details')}
        >
          Details
        </button>
      </div>
      {open === 'details' && (
        <PersonDetails person={p} busy={busy} onMove={actions.onMove} onUpdate={actions.onUpdate} />
      )}
      {open === 'draft' && actions.renderComposer?.(p)}
    </li>
  );
}
