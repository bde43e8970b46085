import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { dispatch } from '@/utils/background/dispatch';
import { createHandlers } from '@/utils/background/handlers';
import { overlapDataLoader } from '@/utils/background/overlap-data';
import { type Notified, planRemindersFromIndex, reminderMessage } from '@/utils/background/reminders';
import { sessionTabCards } from '@/utils/background/tab-cards';
import { badgeForCard, badgeForDue } from '@/utils/background/toolbar';
import { acceptTransferPort } from '@/utils/background/transfer';
import type { CardEvent } from '@/utils/card-events';
import { type Db, openDb } from '@/utils/db/open';
import * as q from '@/utils/db/queries';
import { readableError } from '@/utils/errors';
import { WELCOME } from './options/sections';

const ALARM = 'follow-up';
const HOURLY = 'follow-up-hourly';
const BLUE = '#0a66c2';

/**
 * The background owns the database and answers every typed message. It also keeps the toolbar
 * badge (common-ground count on a profile tab, otherwise the number of follow-ups due) and wakes
 * with `alarms` to notify when follow-ups fall due.
 */
export default defineBackground(() => {
  const broadcast = (event: CardEvent) => void browser.runtime.sendMessage(event).catch(() => undefined);
  const quiet = <T>(p: Promise<T>) => void p.catch(() => undefined);

  /** Due count on the badge, the next alarm, and (when `notify`) a notification for newly due people. */
  async function reminders(db: Db, notify: boolean): Promise<void> {
    const now = new Date();
    const [stored, settings] = await Promise.all([
      browser.storage.local.get('notified') as Promise<{ notified?: Notified }>,
      q.getSettings(db),
    ]);
    const plan = await planRemindersFromIndex(db, now, stored.notified ?? {});
    quiet(browser.action.setBadgeText({ text: badgeForDue(plan.due) }));
    quiet(browser.action.setBadgeBackgroundColor({ color: BLUE }));
    if (plan.nextWake !== null)
      quiet(browser.alarms.create(ALARM, { when: Math.max(plan.nextWake, Date.now() + 1000) }));
    else quiet(browser.alarms.clear(ALARM));
    if (!notify) return;
    await browser.storage.local.set({ notified: plan.notified });
    const note = reminderMessage(plan.notify);
    if (note && settings.notifications) {
      quiet(
        browser.notifications.create('common-ground-due', {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: note.title,
          message: note.message,
        }),
      );
    }
  }

  // The derived knowledge is read from the extension's own files on the first common ground, not at start.
  const overlapData = overlapDataLoader(
    async (path) => {
      const r = await fetch(browser.runtime.getURL(`/${path}` as '/'));
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.json();
    },
    (e) => console.warn('Common Ground: derived knowledge not loaded, using the hand tables', e),
  );

  const ready = openDb().then((db) => {
    const service = createHandlers(
      db,
      {
        tabCard(tabId, card) {
          const text = badgeForCard(card);
          // null clears the tab's own text so the global due count shows again.
          quiet(browser.action.setBadgeText({ tabId, text: text as string }));
          if (text !== null) quiet(browser.action.setBadgeBackgroundColor({ tabId, color: BLUE }));
          broadcast({ event: 'cards-changed', tabId });
        },
        peopleChanged(slug) {
          broadcast(slug ? { event: 'cards-changed', slug } : { event: 'cards-changed' });
          quiet(reminders(db, false));
        },
        personChangedInTab(tabId, slug) {
          // Only our content script in that tab hears it; needs no `tabs` permission.
          const event: CardEvent = { event: 'cards-changed', slug };
          quiet(browser.tabs.sendMessage(tabId, event));
        },
        openOptions: () => browser.runtime.openOptionsPage(),
        overlapData,
        async inject(tabId, frameId, file) {
          // Chrome (MV3): `scripting`; Firefox (MV2): tabs.executeScript under the LinkedIn host permission.
          if (import.meta.env.MANIFEST_VERSION === 3) {
            await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
          } else {
            await browser.tabs.executeScript(tabId, { file, frameId });
          }
        },
      },
      undefined,
      // The side panel and the toolbar badge keep each tab's card while the worker sleeps.
      sessionTabCards(browser.storage.session),
    );
    return { db, ...service };
  });

  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => {
    return ready.then(
      ({ handlers }) => dispatch(message, sender, own, handlers),
      // The database did not open (a newer version on disk, storage failure): every request of ours
      // gets the reason in plain words instead of a raw promise rejection.
      (e: unknown) => (sender.id === own.id ? { ok: false, error: readableError(e) } : undefined),
    );
  });
  // Export and import stream over ports, from extension pages only (utils/ports.ts).
  browser.runtime.onConnect.addListener((port) => {
    acceptTransferPort(port, {
      db: () => ready.then(({ db }) => db),
      own: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
      imported: () => void ready.then(({ dataChanged }) => dataChanged()),
    });
  });

  // Wake on the next follow-up, and hourly as a safety net (alarms do not survive every restart).
  quiet(browser.alarms.create(HOURLY, { periodInMinutes: 60 }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === HOURLY) quiet(ready.then(({ db }) => reminders(db, true)));
  });
  browser.notifications.onClicked.addListener(() => {
    quiet(browser.tabs.create({ url: browser.runtime.getURL('/popup.html') }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    quiet(ready.then(({ tabCards }) => tabCards.delete(tabId)));
  });
  quiet(ready.then(({ db }) => reminders(db, true)));

  // First run: a short welcome in the options page, starting with My profile (issue #15).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') quiet(browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${WELCOME}`) }));
  });
});
