/**
 * Code the content script loads only when it is needed, to keep what runs on every LinkedIn page
 * small (`npm run bench`: content script size). Extension platforms allow no `import()` of extension
 * files from a content script without exposing them to the page as web-accessible resources, so the
 * background injects the file into the same tab and frame (`tab/inject`, with `scripting` in Chrome and
 * `tabs.executeScript` in Firefox). Injected files share the content script's isolated world: they
 * `provide` what they export, and the content script finds it here. LinkedIn's page cannot see it.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ComposerPanelProps } from '@/components/ComposerPanel';
import type { SelfImportProps } from '@/components/SelfImport';
import type { UiWords } from './linkedin/lang/types';
import type { GenerationReader } from './linkedin/types';

/** A view an on-demand script renders with its own Preact into a host element the card gives it. */
export interface OnDemandView<P> {
  mount(host: Element, props: P): void;
  unmount(host: Element): void;
}

/** What each on-demand script provides. */
export interface OnDemand {
  /** entrypoints/card-composer.tsx: the composer ("Draft a message"). */
  composer: OnDemandView<ComposerPanelProps>;
  /** entrypoints/self-import.tsx: "Use as my profile" on the user's own page. */
  'self-import': OnDemandView<SelfImportProps>;
  /** entrypoints/legacy-readers.ts: the readers the content script does not carry (older member markups, the public profile). */
  'legacy-readers': readonly GenerationReader[];
  /** entrypoints/ui-words.ts: LinkedIn's UI words in every language but English (utils/linkedin/lang/). */
  'ui-words': readonly UiWords[];
}

export type OnDemandName = keyof OnDemand;

/** The built file of each on-demand script (WXT's generated paths type checks that each exists). */
export const ON_DEMAND_FILES: Readonly<Record<OnDemandName, ScriptPublicPath>> = {
  composer: '/card-composer.js',
  'self-import': '/self-import.js',
  'legacy-readers': '/legacy-readers.js',
  'ui-words': '/ui-words.js',
};

const KEY = Symbol.for('common-ground.on-demand');

function registry(): Partial<OnDemand> {
  const g = globalThis as typeof globalThis & { [KEY]?: Partial<OnDemand> };
  g[KEY] ??= {};
  return g[KEY];
}

/** Called by an on-demand script when it runs. */
export function provide<K extends OnDemandName>(name: K, value: OnDemand[K]): void {
  registry()[name] = value;
}

/** What an on-demand script provided, if it has run in this world. */
export function loaded<K extends OnDemandName>(name: K): OnDemand[K] | undefined {
  return registry()[name];
}

/**
 * What `name` provides, injecting it first if needed. `inject` asks the background
 * (`request('tab/inject', { script: name })`). Concurrent calls share one injection.
 */
export function load<K extends OnDemandName>(name: K, inject: (name: K) => Promise<unknown>): Promise<OnDemand[K]> {
  const have = loaded(name);
  if (have) return Promise.resolve(have);
  let pending = pendingLoads.get(name) as Promise<OnDemand[K]> | undefined;
  if (!pending) {
    pending = inject(name)
      .then(() => {
        const got = loaded(name);
        if (!got) throw new Error(`Common Ground could not load its ${name} script.`);
        return got;
      })
      .finally(() => pendingLoads.delete(name));
    pendingLoads.set(name, pending);
  }
  return pending;
}

const pendingLoads = new Map<OnDemandName, Promise<unknown>>();
