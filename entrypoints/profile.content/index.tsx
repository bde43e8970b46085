import { render } from 'preact';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import { CARD_CSS } from '@/components/card-styles';
import { type CardView, ProfileCardView } from '@/components/ProfileCardView';
import { readPage } from '@/utils/linkedin/read-page';
import { isProfile, profileSlug } from '@/utils/linkedin/url';
import type { Profile } from '@/utils/schema';
import { request, send } from '@/utils/send';
import { waitForProfile, watchForChanges } from './page-watch';

/**
 * On LinkedIn profiles: read the page, ask the background for the common ground, render one
 * shadow-root panel. Runs on every linkedin.com page because LinkedIn navigates into profiles
 * with history.pushState; it does nothing until the URL is a profile.
 */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | null = null;
    let view: CardView = { state: 'loading' };
    let busy = false;
    let error: string | null = null;
    let lastProfileJson = '';
    let run: AbortController | null = null;

    function paint() {
      if (!ui) return;
      const profile = view.state === 'profile' ? view.card.profile : null;
      render(
        <ProfileCardView
          view={view}
          busy={busy}
          error={error}
          onSave={(role) => profile && act(() => request('person/save', { profile, role }).then(setCard))}
          onMove={(status) =>
            profile && act(() => request('person/move', { slug: profile.slug, status }).then(refresh))
          }
          onNote={(notes) =>
            profile && act(() => request('person/update', { slug: profile.slug, patch: { notes } }).then(refresh))
          }
          onOpenOptions={() => void send('ui/open-options', {})}
        />,
        ui.uiContainer,
      );
    }

    async function act(fn: () => Promise<unknown>) {
      busy = true;
      error = null;
      paint();
      try {
        await fn();
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      busy = false;
      paint();
    }

    function setCard(card: Extract<CardView, { state: 'profile' }>['card']) {
      view = { state: 'profile', card };
    }

    async function refresh() {
      if (view.state !== 'profile') return;
      const card = await request('profile/seen', { profile: view.card.profile });
      setCard(card);
    }

    async function ensureUi(discreet: boolean) {
      if (discreet) {
        ui?.remove();
        ui = null;
        return;
      }
      if (ui) return;
      ui = await createShadowRootUi(ctx, {
        name: 'common-ground-panel',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: `${CARD_CSS}\n:host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: 320px; max-width: calc(100vw - 32px); }`,
        isolateEvents: true,
        onMount: () => undefined,
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      });
      ui.mount();
    }

    async function show(profile: Profile) {
      const json = JSON.stringify(profile);
      if (json === lastProfileJson) return;
      lastProfileJson = json;
      const answer = await send('profile/seen', { profile });
      if (!answer.ok) {
        await ensureUi(false);
        view = { state: 'unreadable', message: answer.error };
      } else {
        await ensureUi(answer.data.settings.discreetMode);
        setCard(answer.data);
      }
      paint();
    }

    async function start(url: string, navigated: boolean) {
      run?.abort();
      run = new AbortController();
      const signal = run.signal;
      lastProfileJson = '';
      const slug = profileSlug(url);
      if (!slug || !isProfile(url)) {
        ui?.remove();
        ui = null;
        return;
      }
      // After in-page navigation the previous profile's DOM lingers: wait for this slug's content.
      const ready = await waitForProfile(document, slug, signal, navigated);
      if (signal.aborted) return;
      const read = () => readPage(document, location.href);
      const result = read();
      if (!ready || !result.profile) {
        const message = !ready
          ? 'This page still shows another profile. Reload the page to read this one.'
          : (result.page.message ?? 'Common Ground could not read this page.');
        await send('profile/unreadable', { message });
        await ensureUi(false);
        view = { state: 'unreadable', message, diagnostic: JSON.stringify(result.page, null, 2) };
        paint();
        return;
      }
      await show(result.profile);
      // Lazy sections (Experience, Education, "Show more") arrive later: re-read when the page changes.
      watchForChanges(document, signal, () => {
        const again = read();
        if (again.profile && again.profile.slug === slug) void show(again.profile);
      });
    }

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void start(newUrl.href, true));
    ctx.onInvalidated(() => {
      run?.abort();
      ui?.remove();
      ui = null;
    });
    await start(location.href, false);
  },
});
