import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PeopleList } from '@/components/PeopleList';
import { installPageStyles } from '@/components/page-styles';
import type { Person } from '@/utils/schema';
import { request } from '@/utils/send';

function Popup() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request('person/list', {}).then(setPeople, (e: Error) => setError(e.message));
  }, []);
  return (
    <main class="cg-root" style={{ width: '380px', minHeight: '200px' }}>
      <h1>Common Ground</h1>
      {error && (
        <p class="cg-error" role="alert">
          {error}
        </p>
      )}
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
      {people && people.length > 0 && <PeopleList people={people} />}
    </main>
  );
}

installPageStyles(document);
render(<Popup />, document.getElementById('app')!);
