import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { CARD_CSS } from '@/components/card-styles';
import { adoptedMessage } from '@/components/labels';
import { type CardView, ProfileCardView } from '@/components/ProfileCardView';
import type { Toast } from '@/components/UndoToast';
import { type EventSender, isCardEvent, isFromBackground } from '@/utils/card-events';
import { cardPlacement, pageTheme, topCardAnchor } from '@/utils/linkedin/anchor';
import { LINKEDIN_MATCHES } from '@/utils/linkedin/hosts';
import { addLanguages, needsUiWords } from '@/utils/linkedin/lang/words';
import { LIVE_READERS, mayBeLegacy } from '@/utils/linkedin/live-readers';
import { readPageWith } from '@/utils/linkedin/page-reader';
import { inRegistryOrder } from '@/utils/linkedin/registry';
import { isDetailsPage, isProfile, profileSlug } from '@/utils/linkedin/url';
import type { ProfileCard } from '@/utils/messages';
import { load, loaded } from '@/utils/on-demand';
import { describeChange, type PersonChange, undoRequest } from '@/utils/outreach/undo';
import type { Person, Profile } from '@/utils/schema';
import { request, send } from '@/utils/send';
import { type ClosedHost, mountClosedHost } from './closed-host';
import { watchLocation } from './location-watch';
import { LazyComposer, LazySelfImport } from './on-demand-views';
import { waitForProfile, watchForChanges } from './page-watch';
import { PANEL_CSS } from './panel-styles';

/**
 * On LinkedIn profiles: read the page, ask the background for the common ground, render one card in
 * a closed shadow root (closed-host.ts). Runs on every linkedin.com page because LinkedIn navigates into profiles
 * with history.pushState; it does nothing until the URL is a profile.
 */
export default defineContentScript({
  matches: [...LINKEDIN_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    let ui: ClosedHost | null = null;
    let anchored: Element | null = null;
    let view: CardView = { state: 'loading' };
    let busy = false;
    let error: string | null = null;
    let adopted: string | null = null;
    let toast: Toast | null = null;
    let lastProfileJson = '';
    let run: AbortController | null = null;
    let resized: ResizeObserver | null = null;
    /** The floating card's width (panel.css `.cg-float`). */
    const CARD_WIDTH = 340;

    /** Offsets that keep the card off LinkedIn's top card: beside it, or below it (anchor.ts). */
    function floatStyle(container: HTMLElement): Record<string, string> | undefined {
      if (!anchored) return undefined;
      const width = Math.min(CARD_WIDTH, window.innerWidth - 32);
      const at = cardPlacement(
        anchored.getBoundingClientRect(),
        container.getBoundingClientRect(),
        window.innerWidth,
        width,
      );
      return at.mode === 'beside'
        ? { left: `${at.left}px`, top: `${at.top}px`, right: 'auto' }
        : { right: `${at.right}px`, top: `${at.top}px`, left: 'auto' };
    }

    function paint() {
      if (!ui) return;
      // The theme is set inside the closed root: an attribute on the host would be readable by the page.
      ui.container.className = 'cg-root';
      ui.container.dataset.theme = pageTheme(document);
      const profile = view.state === 'profile' ? view.card.profile : null;
      const person = view.state === 'profile' ? view.card.person : null;
      const slug = profile?.slug ?? '';
      render(
        <div class={anchored ? 'cg-float' : 'cg-corner'} style={floatStyle(ui.container)}>
          <ProfileCardView
            view={view}
            busy={busy}
            error={error}
            adopted={adopted}
            collapsible
            toast={toast}
            onDismissToast={() => {
              toast = null;
              paint();
            }}
            onSave={(role) =>
              profile &&
              act(async () => {
                const card = await request('person/save', { profile, role });
                setCard(card);
                offerUndo({ slug, before: person, after: card.person });
              })
            }
            onMove={(status) => change(person, () => request('person/move', { slug, status, chosen: true }))}
            onUpdate={(patch) => change(person, () => request('person/update', { slug, patch }))}
            onRemove={() =>
              change(person, async () => {
                await request('person/delete', { slug });
                return null;
              })
            }
            onNote={async (text) =>
              profile ? act(() => request('person/note', { slug: profile.slug, text }).then(setPerson)) : false
            }
            onAdopt={(picks) =>
              act(async () => {
                await request('me/adopt', { picks });
                adopted = adoptedMessage(picks.length);
              })
            }
            onOpenOptions={() => void send('ui/open-options', {})}
            SelfImport={LazySelfImport}
          >
            {profile && view.state === 'profile' && (
              <LazyComposer
                key={profile.slug}
                slug={profile.slug}
                profile={profile}
                role={view.card.person?.role ?? (view.card.overlap?.fit.role === 'sponsor' ? 'sponsor' : 'mentor')}
                saved={Boolean(view.card.person)}
                request={request}
                onChanged={() => void refresh().then(paint)}
              />
            )}
          </ProfileCardView>
        </div>,
        ui.container,
      );
    }

    /** Run an action with the card busy; false (and the error shown) when it failed. */
    async function act(fn: () => Promise<unknown>): Promise<boolean> {
      busy = true;
      error = null;
      paint();
      let done = false;
      try {
        await fn();
        done = true;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      busy = false;
      paint();
      return done;
    }

    /** Change the person on the card with `fn`, show the result, and offer Undo. */
    function change(before: Person | null, fn: () => Promise<Person | null>): Promise<boolean> {
      if (!before) return Promise.resolve(false);
      return act(async () => {
        const after = await fn();
        setPerson(after);
        offerUndo({ slug: before.slug, before, after });
      });
    }

    function offerUndo(change: PersonChange) {
      const message = describeChange(change);
      toast = {
        message,
        undo: () =>
          void act(async () => {
            setPerson(await request('person/undo', undoRequest(change)));
            toast = { message: `Undid: ${message}` };
          }),
      };
    }

    function setCard(card: ProfileCard) {
      view = { state: 'profile', card };
    }

    function setPerson(person: Person | null) {
      if (view.state === 'profile') view = { state: 'profile', card: { ...view.card, person } };
    }

    async function refresh() {
      if (view.state !== 'profile') return;
      setCard(await request('profile/seen', { profile: view.card.profile, self: Boolean(view.card.self) }));
    }

    function removeUi() {
      resized?.disconnect();
      resized = null;
      if (ui) render(null, ui.container);
      ui?.remove();
      ui = null;
      anchored = null;
    }

    /** Mount the card once: floating at the top card's corner, or as a corner chip without one. */
    function ensureUi(discreet: boolean) {
      if (discreet) return removeUi();
      const anchor = topCardAnchor(document);
      if (ui?.isConnected && anchor === anchored) return;
      removeUi();
      anchored = anchor;
      ui = mountClosedHost(document, {
        place: anchor ? { before: anchor } : { append: document.body },
        // A zero-height block before the top card: the card floats over LinkedIn's page without
        // moving any of its content (no layout shift). Without a top card: a fixed corner chip.
        hostStyle: anchor
          ? { display: 'block', position: 'relative', height: '0' }
          : { display: 'block', position: 'fixed', right: '16px', bottom: '16px', 'z-index': '2147483000' },
        css: `${CARD_CSS}\n${PANEL_CSS}`,
      });
      // The top card grows as LinkedIn fills it in, and the window may be resized: place the card again.
      if (anchor) {
        resized = new ResizeObserver(() => paint());
        resized.observe(anchor);
      }
    }

    async function show(profile: Profile, self: boolean) {
      const json = JSON.stringify(profile);
      if (json === lastProfileJson && ui?.isConnected) return;
      lastProfileJson = json;
      const answer = await send('profile/seen', { profile, self });
      if (!answer.ok) {
        ensureUi(false);
        view = { state: 'unreadable', message: answer.error };
      } else {
        ensureUi(answer.data.settings.discreetMode);
        setCard(answer.data);
      }
      paint();
    }

    async function start(url: string, navigated: boolean) {
      run?.abort();
      run = new AbortController();
      const signal = run.signal;
      lastProfileJson = '';
      adopted = null;
      toast = null;
      error = null;
      const slug = profileSlug(url);
      // The card shows on a profile and on its /details/<section>/ pages (the complete lists).
      if (!slug || !(isProfile(url) || isDetailsPage(url))) {
        if (ui || view.state !== 'loading') void send('tab/clear', {});
        view = { state: 'loading' };
        return removeUi();
      }
      // After in-page navigation the previous profile's DOM lingers: wait for this slug's content.
      const ready = await waitForProfile(document, slug, signal, navigated);
      if (signal.aborted) return;
      const read = () =>
        readPageWith(inRegistryOrder([...LIVE_READERS, ...(loaded('legacy-readers') ?? [])]), document, location.href);
      // LinkedIn's UI words beyond English load on demand (entrypoints/ui-words.ts) on a non-English page.
      if (!loaded('ui-words') && needsUiWords(document)) {
        const words = await load('ui-words', (script) => request('tab/inject', { script })).catch(() => undefined);
        if (signal.aborted) return;
        if (words) addLanguages(words);
      }
      let result = read();
      // A markup LinkedIn no longer serves (2018): its reader is loaded on demand (utils/on-demand.ts).
      if (!result.profile && !result.page.generation && !loaded('legacy-readers') && mayBeLegacy(document)) {
        await load('legacy-readers', (script) => request('tab/inject', { script })).catch(() => undefined);
        if (signal.aborted) return;
        result = read();
      }
      if (!ready || !result.profile) {
        const message = !ready
          ? 'This page still shows another profile. Reload the page to read this one.'
          : (result.page.message ?? 'Common Ground could not read this page.');
        const answer = await send('profile/unreadable', { message });
        if (signal.aborted) return;
        // Discreet mode: nothing in the page, not even this note (the side panel shows it).
        ensureUi(answer.ok && answer.data.discreetMode);
        if (!ui) return;
        view = { state: 'unreadable', message, diagnostic: JSON.stringify(result.page, null, 2) };
        paint();
        return;
      }
      await show(result.profile, result.page.kind === 'self');
      // Lazy sections (Experience, Education, "Show more") arrive later: re-read when the page changes.
      watchForChanges(
        document,
        signal,
        (node) => ui?.isHost(node) ?? false,
        () => {
          const again = read();
          if (again.profile && again.profile.slug === slug) void show(again.profile, again.page.kind === 'self');
        },
      );
    }

    // The person on this card changed in another tab or the popup: read them again.
    const onChanged = (message: unknown, sender: EventSender) => {
      if (!isFromBackground(sender, browser.runtime.id) || !isCardEvent(message)) return;
      const shown = view.state === 'profile' && !view.card.self ? view.card.profile.slug : null;
      if (!shown || message.slug !== shown) return;
      void send('person/get', { slug: shown }).then((r) => {
        if (r.ok && view.state === 'profile' && view.card.profile.slug === shown) {
          setPerson(r.data);
          paint();
        }
      });
    };
    browser.runtime.onMessage.addListener(onChanged);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onChanged));

    const onResize = () => paint();
    window.addEventListener('resize', onResize);
    ctx.onInvalidated(() => window.removeEventListener('resize', onResize));

    watchLocation(ctx, window, (url) => void start(url, true));
    ctx.onInvalidated(() => {
      run?.abort();
      removeUi();
    });
    await start(location.href, false);
  },
});
