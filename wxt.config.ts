import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptBudget } from './scripts/build/content-script-budget';
import { quietContext } from './scripts/build/quiet-context';
import { LINKEDIN_MATCHES } from './utils/linkedin/hosts';

/**
 * Build configuration. Permissions are the least the product needs:
 * - storage: storage.local keeps the reminder bookkeeping (which follow-ups were notified); the user's
 *   data is in IndexedDB in the extension origin, which needs no permission;
 * - alarms + notifications: follow-up reminders;
 * - scripting (Chrome MV3 only; no install warning): the background runs the extension's own on-demand
 *   files (the card's composer, the 2018 reader) in a LinkedIn tab when the content script asks
 *   (utils/on-demand.ts) — never code strings, never other sites. Firefox MV2 does this with
 *   tabs.executeScript under the LinkedIn host permission;
 * - (sidePanel is added by WXT for the side panel entrypoint: the card beside the page in Chrome);
 * - host permission for LinkedIn only (linkedin.com and its sub-domains: www, country hosts such as
 *   se.linkedin.com where logged-out visitors land), where the content script reads profiles.
 * No web_accessible_resources and no externally_connectable: LinkedIn probes for both.
 */
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), contentScriptBudget(), quietContext()],
    // Terser packs the content script ~4% smaller than esbuild (its budget: scripts/build/content-script-budget.ts).
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 } } },
  }),
  // The sources zip for addons.mozilla.org review: the code and how to build it, not local bench output.
  zip: { excludeSources: ['bench/**', 'tests/e2e/.artifacts/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Common Ground',
    description:
      'See what you share with a potential sponsor or mentor on LinkedIn, track your outreach and draft messages. Everything stays on your machine.',
    permissions: ['storage', 'alarms', 'notifications', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: [...LINKEDIN_MATCHES],
    action: { default_title: 'Common Ground' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'common-ground@common-ground.local',
              // 140 (the current ESR) is the first to read data_collection_permissions; web-ext lint warns below it.
              strict_min_version: '140.0',
              // Firefox's declaration for add-ons.mozilla.org: nothing is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
