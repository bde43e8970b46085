import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { memoryTabCards, type SessionArea, sessionTabCards } from '@/utils/background/tab-cards';
import { type Db, openDb } from '@/utils/db/open';
import type { TabCard } from '@/utils/messages';
import { sampleProfile } from '../samples';

const NAME = 'cg-tab-cards-test';
const unreadable = (message: string): TabCard => ({ state: 'unreadable', message });
const session = () => fakeBrowser.storage.session as unknown as SessionArea;

beforeEach(() => fakeBrowser.reset());

describe.each([
  ['memory', () => memoryTabCards()],
  ['session mirror', () => sessionTabCards(session())],
  ['session mirror without storage.session', () => sessionTabCards(undefined)],
])('tab card store: %s', (_label, make) => {
  it('keeps, replaces, deletes and clears cards per tab', async () => {
    const store = make();
    expect(await store.get(1)).toBeUndefined();
    await store.set(1, unreadable('a'));
    await store.set(2, unreadable('b'));
    await store.set(1, unreadable('c'));
    expect(await store.get(1)).toEqual(unreadable('c'));
    expect(await store.delete(1)).toBe(true);
    expect(await store.delete(1)).toBe(false);
    expect(await store.get(1)).toBeUndefined();
    await store.clear();
    expect(await store.get(2)).toBeUndefined();
  });
});

describe('the session mirror outlives the service worker', () => {
  it('a new worker (new memory) answers from storage.session; clear removes only tab cards', async () => {
    await session().set({ unrelated: 1 });
    const before = sessionTabCards(session());
    await before.set(7, unreadable('This page is not a profile.'));
    const after = sessionTabCards(session());
    expect(await after.get(7)).toEqual(unreadable('This page is not a profile.'));
    expect(await after.delete(7)).toBe(true);
    expect(await sessionTabCards(session()).get(7)).toBeUndefined();
    await after.set(8, unreadable('x'));
    await sessionTabCards(session()).clear();
    expect(await sessionTabCards(session()).get(8)).toBeUndefined();
    expect(await session().get('unrelated')).toEqual({ unrelated: 1 });
  });

  it('a storage failure loses only the mirror, never the answer', async () => {
    const broken: SessionArea = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new DOMException('', 'QuotaExceededError')),
      remove: () => Promise.reject(new Error('gone')),
    };
    const store = sessionTabCards(broken);
    await store.set(3, unreadable('kept in memory'));
    expect(await store.get(3)).toEqual(unreadable('kept in memory'));
    expect(await store.get(4)).toBeUndefined();
    await store.clear();
  });

  describe('through the handlers', () => {
    let db: Db;
    beforeEach(async () => {
      db = await openDb(NAME);
      told = [];
    });
    afterEach(async () => {
      db.close();
      await deleteDB(NAME);
    });
    let told: [number, string][] = [];
    const effects = {
      tabCard() {},
      peopleChanged() {},
      personChangedInTab: (tabId: number, slug: string) => void told.push([tabId, slug]),
      openOptions: async () => undefined,
      inject: async () => undefined,
    };

    it("the side panel's tab/card still has the tab's profile after the worker restarted", async () => {
      const first = createHandlers(db, effects, undefined, sessionTabCards(session())).handlers;
      await first['profile/seen']({ profile: sampleProfile('ada') }, { tabId: 12, frameId: 0 });
      // The worker sleeps: handlers and their memory are created anew.
      const second = createHandlers(db, effects, undefined, sessionTabCards(session())).handlers;
      const card = await second['tab/card']({ tabId: 12 }, {});
      expect(card.state).toBe('profile');
      expect(card.state === 'profile' && card.card.profile.slug).toBe('ada');
      await second['tab/clear']({}, { tabId: 12 });
      const third = createHandlers(db, effects, undefined, sessionTabCards(session())).handlers;
      expect(await third['tab/card']({ tabId: 12 }, {})).toEqual({ state: 'none' });
    });

    it('a change to a person after the worker restarted still reaches the tab that shows them', async () => {
      const first = createHandlers(db, effects, undefined, sessionTabCards(session())).handlers;
      await first['person/save']({ profile: sampleProfile('ada'), role: 'mentor' }, { tabId: 4, frameId: 0 });
      await first['profile/seen']({ profile: sampleProfile('bo') }, { tabId: 5, frameId: 0 });
      const second = createHandlers(db, effects, undefined, sessionTabCards(session())).handlers;
      told = [];
      await second['person/note']({ slug: 'ada', text: 'Met at the meetup' }, { from: 'page' });
      expect(told).toEqual([[4, 'ada']]);
    });
  });
});
