/**
 * Vite plugin: in the content script's build only, `wxt/utils/content-script-context` — which WXT's
 * generated entry imports to build the `ctx` given to `main` — resolves to our own quiet context
 * (entrypoints/profile.content/quiet-context.ts). WXT's posts a message named after the extension to
 * `window`, dispatches and listens to DOM events the page can replay to switch the card off (issue #12).
 * `defineContentScript` stays, so WXT still writes the manifest entry. tests/e2e/bundle-audit.test.ts
 * checks the built file.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './content-script-budget';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const QUIET = fileURLToPath(new URL('../../entrypoints/profile.content/quiet-context.ts', import.meta.url));

/** Swap WXT's content-script context for the quiet one in content-script builds. */
export function quietContext(): Plugin {
  let content = false;
  return {
    name: 'common-ground:quiet-context',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      content = Boolean(lib) && isContentScriptBuild(lib ? lib.entry : undefined);
    },
    resolveId(source) {
      return content && source === WXT_CONTEXT ? QUIET : null;
    },
  };
}
