/**
 * One saved person in the popup's tracker: who they are, their stage, what is due and why, the
 * tracker's suggestion, the give-and-take warning, quick actions, and (one at a time) their details
 * or the draft composer. Renders props only; every action is a callback.
 */
import type { ComponentChildren } from 'preact';
import { balance } from '@/utils/outreach/ledger';
import { nextStage, STATUS_LABELS, statusLabel, suggestion } from '@/utils/outreach/pipeline';
import type { Person, Status } from '@/utils/schema';
import { ROLE_LABELS, shortDate } from './labels';
import { type DetailsEdit, PersonDetails } from './PersonDetails';

/** Which panel of a row is open. */
export type RowPanel = 'details' | 'draft';

/** What a row can ask the popup to do. */
export interface TrackerActions {
  /** `chosen`: the user picked the stage from the list (any stage may follow any other). */
  onMove(person: Person, to: Status, chosen?: boolean): void;
  /** Remove the person (the popup offers Undo). */
  onRemove(person: Person): void;
  onSnooze(person: Person, days: number): void;
  /** Open their LinkedIn profile in a new tab. */
  onOpen(person: Person): void;
  /** Change a detail (follow-up date, notes, projects, give-and-take). */
  onEdit(person: Person, edit: DetailsEdit): void;
  /** Open or close a panel of this row (null closes it). */
  onToggle(person: Person, panel: RowPanel | null): void;
  /** The draft composer for this person; without it there is no Draft button. */
  renderComposer?(person: Person): ComponentChildren;
}

export interface TrackerRowProps extends TrackerActions {
  person: Person;
  now: Date;
  busy: boolean;
  open: RowPanel | null;
}

/** The row. Buttons carry `data-nav` so the arrow keys can move between rows (see PeopleList). */
export function TrackerRow({ person: p, now, busy, open, ...actions }: TrackerRowProps) {
  const name = p.profile.name;
  const next = nextStage(p);
  const hint = suggestion(p, now);
  const ledger = balance(p);
  const due = p.nextFollowUp !== undefined && Date.parse(p.nextFollowUp) <= now.getTime();
  const subtitle = p.profile.headline ?? p.profile.current?.company;
  const panelId = `cg-panel-${p.slug}`;
  const toggle = (panel: RowPanel) => actions.onToggle(p, open === panel ? null : panel);
  return (
    <li class="cg-person" data-testid="cg-person" data-slug={p.slug} data-status={p.status} data-due={due}>
      <div class="cg-person-head">
        <button
          type="button"
          class="cg-person-name"
          data-nav="name"
          data-testid="cg-details"
          aria-expanded={open === 'details'}
          aria-controls={open === 'details' ? panelId : undefined}
          title="Show notes, history, follow-up date and give-and-take"
          onClick={() => toggle('details')}
        >
          {name}
        </button>
        <button
          type="button"
          class="cg-icon cg-open"
          data-nav="open"
          data-testid="cg-open"
          aria-label={`Open ${name}’s LinkedIn profile in a new tab`}
          title="Open their LinkedIn profile in a new tab"
          onClick={() => actions.onOpen(p)}
        >
          <span aria-hidden="true">↗</span>
        </button>
        <span class="cg-muted cg-person-status" data-testid="cg-person-status">
          {ROLE_LABELS[p.role]} · {statusLabel(p)}
        </span>
      </div>
      {subtitle && <div class="cg-muted cg-clip">{subtitle}</div>}
      {p.nextFollowUp && (
        <div class={due ? 'cg-due' : 'cg-muted'} data-testid="cg-person-due">
          {due ? 'Due' : 'Next'} {shortDate(p.nextFollowUp)} · {p.followUpReason ?? 'Check in'}
          {p.touches > 0 && (
            <span data-testid="cg-touches">
              {' '}
              · {p.touches} {p.touches === 1 ? 'message' : 'messages'} sent
            </span>
          )}
        </div>
      )}
      {hint && hint.action !== 'give-back' && hint.message !== p.followUpReason && (
        <div class="cg-hint-line" data-testid="cg-suggestion" data-action={hint.action}>
          {hint.message}
        </div>
      )}
      {ledger.onlyTaken && (
        <div class="cg-hint-line cg-warn" data-testid="cg-balance">
          {ledger.message}
        </div>
      )}
      <div class="cg-row-actions">
        {hint?.action === 'dormant' && (
          <button
            type="button"
            class="cg-primary"
            data-nav="dormant"
            data-testid="cg-dormant"
            disabled={busy}
            onClick={() => actions.onMove(p, 'dormant')}
          >
            Mark dormant
          </button>
        )}
        {next && (
          <button
            type="button"
            class={hint?.action === 'dormant' ? undefined : 'cg-primary'}
            data-nav="advance"
            data-testid="cg-advance"
            aria-label={`Move ${name} to ${STATUS_LABELS[next]}`}
            disabled={busy}
            onClick={() => actions.onMove(p, next)}
          >
            → {STATUS_LABELS[next]}
          </button>
        )}
        <span class="cg-snooze">
          <span aria-hidden="true">Snooze</span>
          <button
            type="button"
            data-nav="snooze"
            data-testid="cg-snooze"
            aria-label={`Snooze 1 day: ${name}`}
            disabled={busy}
            onClick={() => actions.onSnooze(p, 1)}
          >
            1 day
          </button>
          <button
            type="button"
            data-nav="snooze-week"
            data-testid="cg-snooze-week"
            aria-label={`Snooze 1 week: ${name}`}
            disabled={busy}
            onClick={() => actions.onSnooze(p, 7)}
          >
            1 week
          </button>
        </span>
        {actions.renderComposer && (
          <button
            type="button"
            data-nav="draft"
            data-testid="cg-draft"
            aria-label={`Draft a message to ${name}`}
            aria-expanded={open === 'draft'}
            onClick={() => toggle('draft')}
          >
            Draft
          </button>
        )}
      </div>
      {open && (
        <div id={panelId} class="cg-panel">
          {open === 'details' ? (
            <PersonDetails
              person={p}
              busy={busy}
              onMove={actions.onMove}
              onEdit={actions.onEdit}
              onRemove={actions.onRemove}
            />
          ) : (
            actions.renderComposer?.(p)
          )}
        </div>
      )}
    </li>
  );
}
