/** Follow-ups in a real browser: the toolbar counts what is due, and an alarm brings a notification. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles, sendToBackground, tabIdOf } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

type Chrome = {
  action: { getBadgeText(d: object): Promise<string> };
  alarms: { create(name: string, info: object): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
const chromeIn = (page: Page) => ({
  badge: (tabId?: number) =>
    page.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }),
      tabId,
    ),
  notifications: () => page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  wakeNow: () =>
    page.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('follow-up', { when: Date.now() + 50 }),
    ),
});

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('follow-up reminders', () => {
  it('counts due follow-ups on the toolbar off profiles, and notifies when the alarm fires', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);
    await sendToBackground(browser, 'person/update', {
      slug: SAMPLE.slug,
      patch: { nextFollowUp: '2026-01-05T09:00:00.000Z' },
    });

    const ext = await openExtensionPage(browser, 'popup.html');
    const c = chromeIn(ext);
    await expect.poll(() => c.badge()).toBe('1');
    const tabId = await tabIdOf(browser, SAMPLE.url);
    // On the profile tab the badge counts common ground (My profile is empty here: 0).
    expect(await c.badge(tabId)).toBe('0');

    // Leaving profiles in-page (to the feed) gives the tab back the due count.
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => c.badge(tabId)).toBe('1');

    await c.wakeNow();
    await expect.poll(() => c.notifications()).toHaveProperty('common-ground-due');
  });
});
