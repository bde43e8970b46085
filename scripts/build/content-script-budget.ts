/**
 * Vite plugin for the content script's size budget (≤ 25 KB gzip, measured by `npm run bench`). The
 * content script runs on every LinkedIn page, so only in its build:
 *
 * - `browser` is the browser's own API object (WXT's `@wxt-dev/browser`: `globalThis.browser` in
 *   Firefox, `chrome` in Chrome) instead of webextension-polyfill. The content script calls one API,
 *   `runtime.sendMessage` (utils/send.ts), which returns a promise natively in Chrome MV3 and Firefox;
 *   WXT's context and shadow-root UI read only `runtime.id` and `runtime.getURL`. The background and
 *   the extension pages keep the polyfill. Saves ~2.6 KB gzip.
 * - createShadowRootUi's `autoMount` (waiting for an anchor with `@1natsu/wait-element`, which brings
 *   many-keys-map and defu) is never called: page-watch.ts decides when to mount. Its helper is
 *   replaced by one that throws if it ever is. Saves ~1.2 KB gzip.
 * - The shadow host's name is checked with a short kebab-case test instead of the full grammar of
 *   `is-potential-custom-element-name` (a large Unicode regex); the name is our own constant.
 *
 * tests/e2e/manifests.test.ts checks the built content script (Chrome and Firefox) for both.
 */
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const NO_AUTO_MOUNT = '\0cg:no-auto-mount';
const ELEMENT_NAME = '\0cg:element-name';

/** True when a Vite build is WXT's lib-mode build of a content script (`<name>.content[/…]`). */
function isContentScriptBuild(entry: unknown): boolean {
  const entries = typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : Object.values(entry ?? {});
  return entries.some((e) => typeof e === 'string' && /\.content(?:[/\\.]|$)/.test(e));
}

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
      if (source === '@1natsu/wait-element' || source === '@1natsu/wait-element/detectors') return NO_AUTO_MOUNT;
      if (source === 'is-potential-custom-element-name') return ELEMENT_NAME;
      return null;
    },
    load(id) {
      if (id === ELEMENT_NAME) return 'export default (name) => /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);';
      if (id !== NO_AUTO_MOUNT) return null;
      return [
        "const unused = () => { throw new Error('Common Ground mounts its panel itself; autoMount is not used.'); };",
        'export const waitElement = unused;',
        'export const isExist = unused;',
        'export const isNotExist = unused;',
      ].join('\n');
    },
  };
}
