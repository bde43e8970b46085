/**
 * The tracker's list: "Due today" first, then each stage, with counts; the first rows of each group
 * and a "Show N more" button, so the popup stays fast with thousands saved. Up and Down arrows move
 * between rows (to the same button of the next row), Escape closes an open panel. Renders props only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { TrackerViewGroup } from '@/utils/outreach/tracker';
import { type RowPanel, type TrackerActions, TrackerRow } from './TrackerRow';

/** Rows added by each "Show more". */
export const MORE_STEP = 50;

/** Which control to focus after the list re-renders (an action moved the row to another group). */
export interface FocusTarget {
  slug: string;
  nav: string;
}

export interface PeopleListProps extends TrackerActions {
  groups: TrackerViewGroup[];
  now: Date;
  busySlug: string | null;
  /** The one open panel, if any. */
  expanded: { slug: string; panel: RowPanel } | null;
  focus: FocusTarget | null;
  onShowMore(groupId: string, shown: number): void;
}

const rowOf = (el: Element | null) => el?.closest<HTMLElement>('[data-testid=cg-person]') ?? null;

/** Every group with its rows. */
export function PeopleList({ groups, now, busySlug, expanded, focus, onShowMore, ...actions }: PeopleListProps) {
  const root = useRef<HTMLDivElement>(null);

  // Keep the keyboard where it was when an action re-rendered or moved the row.
  useEffect(() => {
    if (!focus || !root.current) return;
    // Only when the keyboard was lost with a re-rendered row or is on a row's quick action; never from
    // the search box or a field of the details.
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !(root.current.contains(active) && active.dataset.nav)) return;
    const row = root.current.querySelector(`[data-testid=cg-person][data-slug="${CSS.escape(focus.slug)}"]`);
    const target =
      row?.querySelector<HTMLElement>(`[data-nav="${focus.nav}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-nav=name]');
    if (target && target !== document.activeElement) target.focus();
  }, [focus, groups]);

  // Delegated from the list (rows come and go); the listener reads the latest props through a ref.
  const keys = useRef(onKeyDown);
  keys.current = onKeyDown;
  useEffect(() => {
    const el = root.current;
    const listener = (e: KeyboardEvent) => keys.current(e);
    el?.addEventListener('keydown', listener);
    return () => el?.removeEventListener('keydown', listener);
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    const row = rowOf(target);
    if (!row || !root.current) return;
    if (e.key === 'Escape' && expanded) {
      const person = groups.flatMap((g) => g.people).find((p) => p.slug === row.dataset.slug);
      if (person && person.slug === expanded.slug) {
        e.preventDefault();
        actions.onToggle(person, null);
        row.querySelector<HTMLElement>('[data-nav=name]')?.focus();
      }
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const nav = target.dataset.nav;
    if (!nav) return; // inside details or the composer: arrows belong to the field
    const rows = [...root.current.querySelectorAll<HTMLElement>('[data-testid=cg-person]')];
    const next = rows[rows.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    (
      next.querySelector<HTMLElement>(`[data-nav="${nav}"]:not(:disabled)`) ??
      next.querySelector<HTMLElement>('[data-nav=name]')
    )?.focus();
  }

  return (
    <div class="cg-groups" ref={root}>
      {groups.map((g) => {
        const headingId = `cg-group-${g.id}`;
        const rest = g.count - g.people.length;
        return (
          <section key={g.id} class="cg-group" aria-labelledby={headingId} data-testid="cg-group" data-group={g.id}>
            <h2 id={headingId}>
              {g.label} <span class="cg-count">({g.count})</span>
            </h2>
            <ul class="cg-people">
              {g.people.map((p) => (
                <TrackerRow
                  key={p.slug}
                  person={p}
                  now={now}
                  busy={busySlug === p.slug}
                  open={expanded?.slug === p.slug ? expanded.panel : null}
                  {...actions}
                />
              ))}
            </ul>
            {rest > 0 && (
              <button
                type="button"
                class="cg-link cg-more-rows"
                data-testid="cg-show-more"
                onClick={() => onShowMore(g.id, g.people.length + MORE_STEP)}
              >
                Show {Math.min(rest, MORE_STEP)} more in {g.label}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
