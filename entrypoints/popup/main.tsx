import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ComposerPanel } from '@/components/ComposerPanel';
import { ROLE_LABELS } from '@/components/labels';
import { PeopleList } from '@/components/PeopleList';
import { installPageStyles } from '@/components/page-styles';
import { isCardEvent } from '@/utils/card-events';
import { STATUS_LABELS } from '@/utils/outreach/pipeline';
import { buildIndex, groupForPopup } from '@/utils/outreach/tracker';
import type { Person, PersonRole } from '@/utils/schema';
import { request } from '@/utils/send';

/** The outreach tracker: who is at which stage, what is due, quick actions, search. */
function Popup() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<PersonRole | 'all'>('all');
  const [busySlug, setBusySlug] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const load = () => request('person/list', {}).then(setPeople, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    const onEvent = (m: unknown) => {
      if (isCardEvent(m)) void load();
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => browser.runtime.onMessage.removeListener(onEvent);
  }, []);

  const index = useMemo(() => buildIndex(people ?? []), [people]);
  const now = useMemo(() => new Date(), [people]);
  const groups = useMemo(() => groupForPopup(index, now, { query, role }), [index, now, query, role]);
  useEffect(() => {
    if (people?.length) performance.mark('cg-list-rendered');
  }, [people]);

  async function act(p: Person, what: string, fn: () => Promise<unknown>) {
    setBusySlug(p.slug);
    setError(null);
    try {
      await fn();
      setAnnounce(`${what}: ${p.profile.name}`);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
    setBusySlug(null);
  }

  return (
    <main class="cg-root cg-popup">
      <header class="cg-popup-head">
        <h1>Common Ground</h1>
        <button type="button" class="cg-link" onClick={() => void browser.runtime.openOptionsPage()}>
          My profile &amp; settings
        </button>
      </header>
      {error && (
        <p class="cg-error" role="alert">
          {error}
        </p>
      )}
      <p class="cg-sr" aria-live="polite">
        {announce}
      </p>
      {people === null && !error && <p class="cg-muted">Loading…</p>}
      {people?.length === 0 && (
        <div data-testid="cg-empty">
          <p>No one saved yet.</p>
          <p class="cg-muted">
            First,{' '}
            <button type="button" class="cg-link" onClick={() => void browser.runtime.openOptionsPage()}>
              fill in My profile
            </button>{' '}
            (schools, hometowns, interests, employers). Then open a LinkedIn profile and press <strong>Save</strong> on
            the Common Ground card.
          </p>
        </div>
      )}
      {people && people.length > 0 && (
        <>
          <search class="cg-toolbar">
            <input
              type="search"
              data-testid="cg-search"
              aria-label="Search by name, company or school"
              placeholder="Search name, company, school"
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
            <select
              data-testid="cg-role-filter"
              aria-label="Show role"
              value={role}
              onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as PersonRole | 'all')}
            >
              <option value="all">Everyone</option>
              {(Object.keys(ROLE_LABELS) as PersonRole[]).map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </search>
          {groups.length === 0 ? (
            <p data-testid="cg-no-match">No one matches. Try another name, company or school.</p>
          ) : (
            <PeopleList
              groups={groups}
              now={now}
              busySlug={busySlug}
              onMove={(p, to) =>
                act(p, `Moved to ${STATUS_LABELS[to]}`, () => request('person/move', { slug: p.slug, status: to }))
              }
              onSnooze={(p, days) =>
                act(p, `Snoozed ${days === 1 ? 'a day' : `${days} days`}`, () =>
                  request('person/snooze', { slug: p.slug, days }),
                )
              }
              onOpen={(p) => void browser.tabs.create({ url: p.profile.url })}
              onUpdate={(p, patch) => act(p, 'Saved', () => request('person/update', { slug: p.slug, patch }))}
              renderComposer={(p) => (
                <ComposerPanel
                  slug={p.slug}
                  role={p.role}
                  saved
                  request={request}
                  onChanged={() => void load()}
                  initialKind={p.status === 'contacted' ? 'follow-up' : 'first-message'}
                />
              )}
            />
          )}
        </>
      )}
    </main>
  );
}

installPageStyles(document);
render(<Popup />, document.getElementById('app')!);
