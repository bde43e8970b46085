/**
 * The popup's outreach tracker: header with the counts, search and role filter, a live region that
 * announces what each action did, the first-run empty state, "No one matches", and the grouped list.
 * Renders props only; the popup entrypoint fetches the view and runs the actions.
 */
import type { TrackerView } from '@/utils/outreach/tracker';
import type { PersonRole } from '@/utils/schema';
import { ROLE_LABELS } from './labels';
import { PeopleList, type PeopleListProps } from './PeopleList';
import { type Toast, UndoToast } from './UndoToast';

/** The role filter's value: one role, or everyone. */
export type RoleChoice = PersonRole | 'all';

export interface TrackerProps {
  /** Null while loading. */
  view: TrackerView | null;
  /** The query the shown view answers (for the bench and tests: the list is up to date when it equals `query`). */
  viewQuery: string;
  error: string | null;
  /** The last action, for screen readers ("Moved Ada Okafor to Contacted"). */
  announce: string;
  query: string;
  role: RoleChoice;
  onQuery(query: string): void;
  onRole(role: RoleChoice): void;
  onClearFilters(): void;
  onOpenOptions(): void;
  /** What the last change did, with Undo. */
  toast: Toast | null;
  onDismissToast(): void;
  list: Omit<PeopleListProps, 'groups' | 'now'>;
}

/** "1 match", "2 matches", "0 matches". */
export function matchCount(n: number): string {
  return `${n} ${n === 1 ? 'match' : 'matches'}`;
}

/** The tracker. */
export function Tracker(p: TrackerProps) {
  const view = p.view;
  const due = view?.groups.find((g) => g.id === 'due')?.count ?? 0;
  const filtered = p.query.trim() !== '' || p.role !== 'all';
  return (
    <main class="cg-root cg-popup" data-view-query={p.viewQuery}>
      <header class="cg-popup-head">
        <h1>Common Ground</h1>
        <button type="button" class="cg-link" onClick={p.onOpenOptions}>
          My profile &amp; settings
        </button>
      </header>
      {view && view.total > 0 && (
        <p class="cg-muted cg-summary" data-testid="cg-summary">
          {view.total} saved
          {!filtered && due > 0 && ` · ${due} due today`}
          {filtered && ` · ${matchCount(view.matched)}`}
        </p>
      )}
      {p.error && (
        <p class="cg-error" role="alert" data-testid="cg-error">
          {p.error}
        </p>
      )}
      <p class="cg-sr" aria-live="polite" data-testid="cg-announce">
        {p.announce}
      </p>
      <div class="cg-popup-toast">
        <UndoToast toast={p.toast} onDismiss={p.onDismissToast} />
      </div>
      {view === null && !p.error && <p class="cg-muted">Loading…</p>}
      {view?.total === 0 && (
        <div class="cg-empty" data-testid="cg-empty">
          <p>
            <strong>No one saved yet.</strong> Here is how to start:
          </p>
          <ol>
            <li>
              <button type="button" class="cg-link" data-testid="cg-empty-options" onClick={p.onOpenOptions}>
                Fill in My profile
              </button>{' '}
              — your schools, hometowns, employers and interests, so Common Ground can find what you share.
            </li>
            <li>
              Open someone’s LinkedIn profile and press <strong>Save</strong> on the Common Ground card.
            </li>
            <li>Come back here: everyone you save waits for you, with what to do next.</li>
          </ol>
        </div>
      )}
      {view && view.total > 0 && (
        <>
          <search class="cg-toolbar">
            <input
              type="search"
              data-testid="cg-search"
              aria-label="Search by name, headline, company, school, place, tag or note"
              placeholder="Search people, places, notes"
              value={p.query}
              onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
            />
            <select
              data-testid="cg-role-filter"
              aria-label="Show role"
              value={p.role}
              onChange={(e) => p.onRole((e.currentTarget as HTMLSelectElement).value as RoleChoice)}
            >
              <option value="all">Everyone</option>
              {(Object.keys(ROLE_LABELS) as PersonRole[]).map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </search>
          {view.groups.length === 0 ? (
            <div class="cg-empty" data-testid="cg-no-match">
              <p>
                No one matches
                {p.query.trim() ? ` “${p.query.trim()}”` : ''}
                {p.role !== 'all' ? ` among people saved as ${ROLE_LABELS[p.role]}` : ''}.
              </p>
              <p class="cg-muted">
                Search finds names, headlines, current and past companies, schools, places, tags and notes.
              </p>
              <button type="button" data-testid="cg-clear" onClick={p.onClearFilters}>
                Show everyone
              </button>
            </div>
          ) : (
            <PeopleList groups={view.groups} now={new Date(view.at)} {...p.list} />
          )}
        </>
      )}
    </main>
  );
}
