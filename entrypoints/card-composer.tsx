import { render } from 'preact';
import { defineUnlistedScript } from '#imports';
import { ComposerPanel } from '@/components/ComposerPanel';
import { COMPOSER_CSS } from '@/components/card-styles';
import { provide } from '@/utils/on-demand';

/**
 * The in-page card's composer, injected by the background into the LinkedIn tab the first time the
 * user opens "Draft a message" (utils/on-demand.ts). It renders with its own Preact into a host
 * element the card gives it, with its styles; the side panel and popup bundle the composer directly.
 */
export default defineUnlistedScript(() => {
  provide('composer', {
    mount: (host, props) =>
      render(
        <>
          <style>{COMPOSER_CSS}</style>
          <ComposerPanel {...props} />
        </>,
        host,
      ),
    unmount: (host) => render(null, host),
  });
});
