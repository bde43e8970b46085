import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { dispatch } from '@/utils/background/dispatch';
import { createHandlers } from '@/utils/background/handlers';
import { badgeForCard } from '@/utils/background/toolbar';
import type { CardEvent } from '@/utils/card-events';
import { openDb } from '@/utils/db/open';

/** The background owns the database and answers every typed message. */
export default defineBackground(() => {
  const broadcast = (event: CardEvent) => void browser.runtime.sendMessage(event).catch(() => undefined);

  const ready = openDb().then((db) =>
    createHandlers(db, {
      tabCard(tabId, card) {
        const text = badgeForCard(card);
        void browser.action.setBadgeText({ tabId, text: text ?? '' }).catch(() => undefined);
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#0a66c2' }).catch(() => undefined);
        broadcast({ event: 'cards-changed', tabId });
      },
      peopleChanged() {
        broadcast({ event: 'cards-changed' });
      },
      openOptions: () => browser.runtime.openOptionsPage(),
    }),
  );

  browser.runtime.onMessage.addListener((message, sender) => {
    return ready.then(({ handlers }) => dispatch(message, sender, browser.runtime.id, handlers));
  });
});
