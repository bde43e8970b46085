import { render } from 'preact';
import { defineUnlistedScript } from '#imports';
import { SelfImport } from '@/components/SelfImport';
import { provide } from '@/utils/on-demand';

/**
 * "Use as my profile" for the in-page card, injected by the background into the LinkedIn tab when
 * the user opens their own profile (utils/on-demand.ts); it renders with its own Preact into a host
 * element the card gives it. The side panel bundles SelfImport directly.
 */
export default defineUnlistedScript(() => {
  provide('self-import', {
    mount: (host, props) => render(<SelfImport {...props} />, host),
    unmount: (host) => render(null, host),
  });
});
