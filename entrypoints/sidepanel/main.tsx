import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ComposerPanel } from '@/components/ComposerPanel';
import { adoptedMessage } from '@/components/labels';
import { type CardView, ProfileCardView } from '@/components/ProfileCardView';
import { installPageStyles } from '@/components/page-styles';
import { SelfImport } from '@/components/SelfImport';
import type { Toast } from '@/components/UndoToast';
import { isCardEvent } from '@/utils/card-events';
import type { ProfileCard } from '@/utils/messages';
import { describeChange, type PersonChange, undoRequest } from '@/utils/outreach/undo';
import type { Person } from '@/utils/schema';
import { request } from '@/utils/send';

/** The card for the active tab, beside the page (and the only card in discreet mode). */
function SidePanel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<CardView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adopted, setAdopted] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);

  const load = useCallback(async (id: number) => {
    const card = await request('tab/card', { tabId: id });
    // The tab's card is kept from when the page was read; the saved person (stage, touches) may have
    // changed since — from this panel, the popup or the composer — so read them fresh.
    const person =
      card.state === 'profile' && !card.card.self
        ? await request('person/get', { slug: card.card.profile.slug })
        : null;
    setView(
      card.state === 'profile'
        ? { state: 'profile', card: card.card.self ? card.card : { ...card.card, person } }
        : card.state === 'unreadable'
          ? { state: 'unreadable', message: card.message }
          : null,
    );
  }, []);

  useEffect(() => {
    // `?tab=<id>` pins the panel to one tab (used when the page is opened as a tab, e.g. in tests).
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
    const activeTab = async () => {
      const id = pinned ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) {
        setTabId(id);
        await load(id);
      }
    };
    void activeTab();
    const onActivated = () => void activeTab();
    const onEvent = (message: unknown) => {
      if (isCardEvent(message)) void activeTab();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.runtime.onMessage.addListener(onEvent);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.runtime.onMessage.removeListener(onEvent);
    };
  }, [load]);

  /** Run an action, then re-read the card; false (and the error shown) when it failed. */
  const act = async (fn: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    let done = false;
    try {
      await fn();
      done = true;
      if (tabId !== null) await load(tabId);
    } catch (e) {
      setError((e as Error).message);
    }
    setBusy(false);
    return done;
  };
  const profile = view?.state === 'profile' ? view.card.profile : null;
  const person = view?.state === 'profile' ? view.card.person : null;
  const slug = profile?.slug ?? '';
  const setCard = (card: ProfileCard) => setView({ state: 'profile', card });

  const offerUndo = (change: PersonChange) => {
    const message = describeChange(change);
    setToast({
      message,
      undo: () =>
        void act(async () => {
          await request('person/undo', undoRequest(change));
          setToast({ message: `Undid: ${message}` });
        }),
    });
  };
  /** Change the person shown with `fn`, then offer Undo. */
  const change = (fn: () => Promise<Person | null>) =>
    person &&
    act(async () => {
      offerUndo({ slug: person.slug, before: person, after: await fn() });
    });

  return (
    <main class="cg-root" data-testid="cg-sidepanel">
      {view ? (
        <ProfileCardView
          view={view}
          busy={busy}
          error={error}
          toast={toast}
          onDismissToast={() => setToast(null)}
          onSave={(role) =>
            profile &&
            act(async () => {
              const card = await request('person/save', { profile, role });
              setCard(card);
              offerUndo({ slug, before: person, after: card.person });
            })
          }
          onMove={(status) => change(() => request('person/move', { slug, status, chosen: true }))}
          onUpdate={(patch) => change(() => request('person/update', { slug, patch }))}
          onRemove={() => change(() => request('person/delete', { slug }).then(() => null))}
          onNote={async (text) => (profile ? act(() => request('person/note', { slug: profile.slug, text })) : false)}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          SelfImport={SelfImport}
          adopted={adopted}
          onAdopt={(picks) =>
            act(async () => {
              await request('me/adopt', { picks });
              setAdopted(adoptedMessage(picks.length));
            })
          }
        >
          {profile && view.state === 'profile' && (
            <ComposerPanel
              key={profile.slug}
              slug={profile.slug}
              profile={profile}
              role={view.card.person?.role ?? (view.card.overlap?.fit.role === 'sponsor' ? 'sponsor' : 'mentor')}
              saved={Boolean(view.card.person)}
              request={request}
              onChanged={() => tabId !== null && void load(tabId)}
            />
          )}
        </ProfileCardView>
      ) : (
        <p class="cg-muted" data-testid="cg-sidepanel-empty">
          Open a LinkedIn profile to see what you share with the person.
        </p>
      )}
    </main>
  );
}

installPageStyles(document);
render(<SidePanel />, document.getElementById('app')!);
