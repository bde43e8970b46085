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
  };
}

/** Cards in memory, mirrored in `area` so they outlive the service worker. */
export function sessionTabCards(area: SessionArea | undefined): TabCardStore {
  const memory = memoryTabCards();
  if (!area) return memory;
  const quiet = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      () => undefined,
    );
  return {
    async get(tabId) {
      const hit = await memory.get(tabId);
      if (hit) return hit;
      const stored = (await area.get(keyOf(tabId)).catch(() => ({}))) as Record<string, unknown>;
      const card = stored[keyOf(tabId)] as TabCard | undefined;
      if (card) await memory.set(tabId, card);
      return card;
    },
    async set(tabId, card) {
      await memory.set(tabId, card);
      await quiet(area.set({ [keyOf(tabId)]: card }));
    },
    async delete(tabId) {
      const inMemory = await memory.delete(tabId);
      const stored = inMemory ? {} : ((await area.get(keyOf(tabId)).catch(() => ({}))) as Record<string, unknown>);
      await quiet(area.remove(keyOf(tabId)));
      return inMemory || stored[keyOf(tabId)] !== undefined;
    },
    async clear() {
      await memory.clear();
      const all = (await area.get(null).catch(() => ({}))) as Record<string, unknown>;
      const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX));
      if (keys.length) await quiet(area.remove(keys));
    },
  };
}
