import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ComposerPanel } from '@/components/ComposerPanel';
import { ROLE_LABELS, shortDate } from '@/components/labels';
import type { FocusTarget } from '@/components/PeopleList';
import type { DetailsEdit } from '@/components/PersonDetails';
import { installPageStyles } from '@/components/page-styles';
import { POPUP_CSS } from '@/components/popup-styles';
import { type RoleChoice, Tracker } from '@/components/Tracker';
import type { RowPanel } from '@/components/TrackerRow';
import type { Toast } from '@/components/UndoToast';
import { isCardEvent } from '@/utils/card-events';
import { openableProfileUrl } from '@/utils/linkedin/profile-url';
import { STATUS_LABELS } from '@/utils/outreach/pipeline';
import type { TrackerView } from '@/utils/outreach/tracker';
import { describeChange, type PersonChange, undoRequest } from '@/utils/outreach/undo';
import type { Person } from '@/utils/schema';
import { request } from '@/utils/send';

/** What the list is filtered by: the search, the role, and the groups shown in full. */
interface Filter {
  query: string;
  role: RoleChoice;
  more: Record<string, number>;
}

/** Rows per group on first render: enough to fill the popup, few enough to paint at once. */
const FIRST_ROWS = 10;

/** What each detail change is announced as. */
function edited(p: Person, edit: DetailsEdit): string {
  const name = p.profile.name;
  if (edit.kind === 'notes') return `Saved notes for ${name}`;
  if (edit.kind === 'role') return `${name} is now saved as ${ROLE_LABELS[edit.role]}`;
  if (edit.kind === 'follow-up')
    return edit.at === null
      ? `Cleared the follow-up for ${name}`
      : `Next follow-up with ${name}: ${shortDate(edit.at)}`;
  if (edit.side === 'projects') return `Added a project for ${name}`;
  return edit.side === 'got' ? `Added what ${name} did for you` : `Added what you did for ${name}`;
}

/** The request that applies a detail change to the stored person. */
function editRequest(slug: string, edit: DetailsEdit): Promise<Person> {
  if (edit.kind === 'notes') return request('person/notes', { slug, notes: edit.notes, base: edit.base });
  if (edit.kind === 'follow-up') return request('person/update', { slug, patch: { nextFollowUp: edit.at } });
  if (edit.kind === 'role') return request('person/update', { slug, patch: { role: edit.role } });
  return request('person/ledger', { slug, side: edit.side, what: edit.what });
}

/**
 * The popup: fetches the tracker view from the background (which keeps the search index, so the
 * popup stays fast with 10,000 people) for the current search, role and "show more", and runs the
 * quick actions. Refetches when the background says people changed.
 */
function Popup({ first }: { first: TrackerView | Error }) {
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<RoleChoice>('all');
  const [more, setMore] = useState<Record<string, number>>({});
  const [view, setView] = useState<TrackerView | null>(first instanceof Error ? null : first);
  const [viewQuery, setViewQuery] = useState('');
  const [error, setError] = useState<string | null>(first instanceof Error ? first.message : null);
  const [announce, setAnnounce] = useState('');
  const [busySlug, setBusySlug] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<{ slug: string; panel: RowPanel } | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const seq = useRef(0);
  const filter = useRef<Filter>({ query, role, more });

  /** Show the answer to `asked` unless a newer request was made meanwhile. */
  const show = (asked: Filter, answer: Promise<TrackerView>) => {
    const n = ++seq.current;
    answer.then(
      (v) => {
        if (n !== seq.current) return;
        setView(v);
        setViewQuery(asked.query);
        setError(null);
      },
      (e: Error) => n === seq.current && setError(e.message),
    );
  };
  /** Ask for the view of `next` (default: the current filter) at once, without waiting for a render. */
  const load = (next: Filter = filter.current) => {
    filter.current = next;
    show(next, request('tracker/view', { ...next, limit: FIRST_ROWS }));
  };
  const refilter = (change: Partial<Filter>) => {
    const next = { ...filter.current, more: {}, ...change };
    setQuery(next.query);
    setRole(next.role);
    setMore(next.more);
    setFocus(null);
    load(next);
  };

  useEffect(() => {
    const onEvent = (m: unknown) => {
      if (isCardEvent(m)) void load();
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => browser.runtime.onMessage.removeListener(onEvent);
  }, []);

  // For the bench: the moment the first rows are in the document.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!marked.current && view?.groups.length) {
      marked.current = true;
      performance.mark('cg-list-rendered');
    }
  }, [view]);

  /**
   * Run one action on `p`, announce `done`, and keep the keyboard on `nav`. When `undoable`, the toast
   * offers Undo of the change (the background remembers moves, role and follow-up changes, snoozes
   * and removals; notes and the ledger are edited in place and need none).
   */
  async function act(
    p: Person,
    nav: string,
    done: string,
    fn: () => Promise<Person | null | undefined>,
    undoable = false,
  ) {
    setBusySlug(p.slug);
    try {
      const after = await fn();
      setAnnounce(done);
      if (undoable && after !== undefined) offerUndo({ slug: p.slug, before: p, after });
      setError(null);
      setFocus({ slug: p.slug, nav });
      load();
    } catch (e) {
      setError((e as Error).message);
      // Refused because the person changed elsewhere (e.g. stale notes): show what is stored now.
      load();
    }
    setBusySlug(null);
  }

  function offerUndo(change: PersonChange) {
    const message = describeChange(change);
    setToast({
      message,
      undo: () => {
        request('person/undo', undoRequest(change)).then(
          () => {
            setToast({ message: `Undid: ${message}` });
            setAnnounce(`Undid: ${message}`);
            setError(null);
            load();
          },
          (e: Error) => {
            setToast(null);
            setError(e.message);
          },
        );
      },
    });
  }

  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <Tracker
      view={view}
      viewQuery={viewQuery}
      error={error}
      announce={announce}
      query={query}
      role={role}
      onQuery={(q) => refilter({ query: q })}
      onRole={(r) => refilter({ role: r })}
      onClearFilters={() => refilter({ query: '', role: 'all' })}
      onOpenOptions={openOptions}
      toast={toast}
      onDismissToast={() => setToast(null)}
      list={{
        busySlug,
        expanded,
        focus,
        onShowMore: (id, shown) => refilter({ more: { ...more, [id]: shown } }),
        onToggle: (p, panel) => setExpanded(panel ? { slug: p.slug, panel } : null),
        onMove: (p, to, chosen) =>
          act(
            p,
            'advance',
            `Moved ${p.profile.name} to ${STATUS_LABELS[to]}`,
            () => request('person/move', { slug: p.slug, status: to, chosen }),
            true,
          ),
        onRemove: (p) =>
          act(
            p,
            'name',
            `Removed ${p.profile.name}`,
            () => request('person/delete', { slug: p.slug }).then(() => null),
            true,
          ),
        onSnooze: (p, days) =>
          act(
            p,
            days === 1 ? 'snooze' : 'snooze-week',
            `Snoozed ${p.profile.name} for ${days === 1 ? 'a day' : days === 7 ? 'a week' : `${days} days`}`,
            () => request('person/snooze', { slug: p.slug, days }),
            true,
          ),
        onOpen: (p) => {
          const url = openableProfileUrl(p.profile.url, p.slug);
          if (!url) {
            setError(`Not opened: ${p.profile.name}’s saved address is not a LinkedIn profile.`);
            return;
          }
          browser.tabs.create({ url }).then(
            () => setAnnounce(`Opened ${p.profile.name}’s profile in a new tab`),
            (e: Error) => setError(`Could not open the profile: ${e.message}`),
          );
        },
        onEdit: (p, edit) =>
          act(
            p,
            'name',
            edited(p, edit),
            () => editRequest(p.slug, edit),
            edit.kind === 'role' || edit.kind === 'follow-up',
          ),
        renderComposer: (p) => (
          <ComposerPanel
            slug={p.slug}
            role={p.role}
            saved
            request={request}
            onChanged={() => void load()}
            initialKind={
              p.status === 'contacted' ? 'follow-up' : p.status === 'meeting' ? 'thank-you' : 'first-message'
            }
          />
        ),
      }}
    />
  );
}

installPageStyles(document);
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);
// The first view is asked for at once and the popup renders with it: one render, no "Loading…" flash.
request('tracker/view', { limit: FIRST_ROWS }).then(
  (view) => render(<Popup first={view} />, document.getElementById('app')!),
  (e: Error) => render(<Popup first={e} />, document.getElementById('app')!),
);
