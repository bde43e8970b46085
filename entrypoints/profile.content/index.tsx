import { render } from 'preact';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import { CARD_CSS } from '@/components/card-styles';
import { adoptedMessage } from '@/components/labels';
import { type CardView, ProfileCardView } from '@/components/ProfileCardView';
import { pageTheme, topCardAnchor } from '@/utils/linkedin/anchor';
import { LINKEDIN_MATCHES } from '@/utils/linkedin/hosts';
import { addLanguages, needsUiWords } from '@/utils/linkedin/lang/words';
import { LIVE_READERS, mayBeLegacy } from '@/utils/linkedin/live-readers';
import { readPageWith } from '@/utils/linkedin/page-reader';
import { inRegistryOrder } from '@/utils/linkedin/registry';
import { isDetailsPage, isProfile, profileSlug } from '@/utils/linkedin/url';
import type { ProfileCard } from '@/utils/messages';
import { load, loaded } from '@/utils/on-demand';
import type { Profile } from '@/utils/schema';
import { request, send } from '@/utils/send';
import { LazyComposer, LazySelfImport } from './on-demand-views';
import { waitForProfile, watchForChanges } from './page-watch';
import { PANEL_CSS } from './panel-styles';

/**
 * On LinkedIn profiles: read the page, ask the background for the common ground, render one
 * shadow-root card. Runs on every linkedin.com page because LinkedIn navigates into profiles
 * with history.pushState; it does nothing until the URL is a profile.
 */
export default defineContentScript({
  matches: [...LINKEDIN_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | null = null;
    let anchored: Element | null = null;
    let view: CardView = { state: 'loading' };
    let busy = false;
    let error: string | null = null;
    let adopted: string | null = null;
    let lastProfileJson = '';
    let run: AbortController | null = null;

    function paint() {
      if (!ui) return;
      ui.shadowHost.dataset.theme = pageTheme(document);
      const profile = view.state === 'profile' ? view.card.profile : null;
      render(
        <div class={anchored ? 'cg-float' : 'cg-corner'}>
          <ProfileCardView
            view={view}
            busy={busy}
            error={error}
            adopted={adopted}
            collapsible
            onSave={(role) => profile && act(() => request('person/save', { profile, role }).then(setCard))}
            onMove={(status) =>
              profile && act(() => request('person/move', { slug: profile.slug, status }).then(refresh))
            }
            onNote={(notes) =>
              profile && act(() => request('person/update', { slug: profile.slug, patch: { notes } }).then(refresh))
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

    function setCard(card: ProfileCard) {
      view = { state: 'profile', card };
    }

    async function refresh() {
      if (view.state !== 'profile') return;
      setCard(await request('profile/seen', { profile: view.card.profile, self: Boolean(view.card.self) }));
    }

    function removeUi() {
      ui?.remove();
      ui = null;
      anchored = null;
    }

    /** Mount the card once: floating at the top card's corner, or as a corner chip without one. */
    async function ensureUi(discreet: boolean) {
      if (discreet) return removeUi();
      const anchor = topCardAnchor(document);
      if (ui?.shadowHost.isConnected && anchor === anchored) return;
      removeUi();
      anchored = anchor;
      ui = await createShadowRootUi(ctx, {
        name: 'common-ground-panel',
        position: 'inline',
        anchor: anchor ?? document.body,
        append: anchor ? 'before' : 'last',
        // A zero-height block before the top card: the card floats over LinkedIn's page without
        // moving any of its content (no layout shift). Without a top card: a fixed corner chip.
        css: `${CARD_CSS}\n${PANEL_CSS}\n${anchor ? ':host{display:block!important;position:relative!important;height:0!important;}' : ':host{position:fixed!important;right:16px;bottom:16px;z-index:2147483000;}'}`,
        isolateEvents: true,
        onMount: () => undefined,
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      });
      ui.mount();
    }

    async function show(profile: Profile, self: boolean) {
      const json = JSON.stringify(profile);
      if (json === lastProfileJson && ui?.shadowHost.isConnected) return;
      lastProfileJson = json;
      const answer = await send('profile/seen', { profile, self });
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
      adopted = null;
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
        await send('profile/unreadable', { message });
        await ensureUi(false);
        view = { state: 'unreadable', message, diagnostic: JSON.stringify(result.page, null, 2) };
        paint();
        return;
      }
      await show(result.profile, result.page.kind === 'self');
      // Lazy sections (Experience, Education, "Show more") arrive later: re-read when the page changes.
      watchForChanges(document, signal, () => {
        const again = read();
        if (again.profile && again.profile.slug === slug) void show(again.profile, again.page.kind === 'self');
      });
    }

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void start(newUrl.href, true));
    ctx.onInvalidated(() => {
      run?.abort();
      removeUi();
    });
    await start(location.href, false);
  },
});
