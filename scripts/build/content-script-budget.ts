/**
 * Vite plugin for the content script's size budget (≤ 25 KB gzip, measured by `npm run bench`). The
 * content script runs on every LinkedIn page, so only in its build:
 *
 * - `browser` is the browser's own API object (WXT's `@wxt-dev/browser`: `globalThis.browser` in
 *   Firefox, `chrome` in Chrome) instead of webextension-polyfill. The content script calls one API,
 *   `runtime.sendMessage` (utils/send.ts), which returns a promise natively in Chrome MV3 and Firefox;
 *   the context (quiet-context.ts) reads only `runtime.id`. The background and
 *   the extension pages keep the polyfill. Saves ~2.6 KB gzip.
 * - WXT's content-script context is replaced by a quiet one: the sibling plugin quiet-context.ts.
 *
 * tests/e2e/manifests.test.ts checks the built content script (Chrome and Firefox) for it.
 */
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';

/** True when a Vite build is WXT's lib-mode build of a content script (`<name>.content[/…]`). */
export function isContentScriptBuild(entry: unknown): boolean {
  const entries = typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : Object.values(entry ?? {});
  return entries.some((e) => typeof e === 'string' && /\.content(?:[/\\.]|$)/.test(e));
}

/** The content script's size budget (see above). */
export function contentScriptBudget(): Plugin {
  let content = false;
  return {
    name: 'common-ground:content-script-budget',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      content = Boolean(lib) && isContentScriptBuild(lib ? lib.entry : undefined);
    },
    async resolveId(source, importer) {
      if (!content) return null;
      if (source === POLYFILL) return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
      return null;
    },
  };
}
