/**
 * The card each LinkedIn tab shows, for the side panel and the toolbar badge. Chrome stops an idle
 * service worker after ~30 s and its memory goes with it, so the background mirrors the cards in
 * `storage.session` (kept while the browser runs, cleared when it quits, readable only by the
 * extension's own pages and background — never by content scripts, whose access level we leave at
 * the default TRUSTED_CONTEXTS). Memory answers first; the session copy answers after a restart.
 */
import type { TabCard } from '../messages';

/** Where tab cards are kept. Every method resolves; storage failures only lose the mirror. */
export interface TabCardStore {
  get(tabId: number): Promise<TabCard | undefined>;
  set(tabId: number, card: TabCard): Promise<void>;
  /** True when the tab had a card. */
  delete(tabId: number): Promise<boolean>;
  clear(): Promise<void>;
  /** Every tab's card (to tell the tabs showing a person that it changed). */
  entries(): Promise<[number, TabCard][]>;
}

/** The part of `browser.storage.session` used here (fake-browser and both browsers provide it). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab-card:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** Cards in memory only (tests, and browsers without storage.session). */
export function memoryTabCards(): TabCardStore {
  const cards = new Map<number, TabCard>();
  return {
    get: async (tabId) => cards.get(tabId),
    set: async (tabId, card) => void cards.set(tabId, card),
    delete: async (tabId) => cards.delete(tabId),
    clear: async () => cards.clear(),
    entries: async () => [...cards.entries()],
  };
}

/**
 * Cards in memory, mirrored in `area` so they outlive the service worker: a new worker loads the
 * mirror once, on first use, then memory answers and every change is written through.
 */
export function sessionTabCards(area: SessionArea | undefined): TabCardStore {
  if (!area) return memoryTabCards();
  const cards = new Map<number, TabCard>();
  const quiet = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      () => undefined,
    );
  let loading: Promise<void> | null = null;
  const loaded = () => {
    loading ??= area.get(null).then(
      (all) => {
        for (const [key, value] of Object.entries(all)) {
          const tabId = key.startsWith(PREFIX) ? Number(key.slice(PREFIX.length)) : Number.NaN;
          // A card set by this worker before the mirror loaded is newer than the mirror's.
          if (Number.isInteger(tabId) && value && !cards.has(tabId)) cards.set(tabId, value as TabCard);
        }
      },
      () => undefined,
    );
    return loading;
  };
  return {
    async get(tabId) {
      await loaded();
      return cards.get(tabId);
    },
    async set(tabId, card) {
      cards.set(tabId, card);
      await quiet(area.set({ [keyOf(tabId)]: card }));
    },
    async delete(tabId) {
      await loaded();
      const had = cards.delete(tabId);
      await quiet(area.remove(keyOf(tabId)));
      return had;
    },
    async clear() {
      await loaded();
      const keys = [...cards.keys()].map(keyOf);
      cards.clear();
      if (keys.length) await quiet(area.remove(keys));
    },
    async entries() {
      await loaded();
      return [...cards.entries()];
    },
  };
}
