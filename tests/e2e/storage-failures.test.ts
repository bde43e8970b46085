/**
 * Storage failures in plain words, with nothing lost: a full disk (quota override over CDP), a
 * database written by a newer version (downgrade), and the side panel's card after the service
 * worker slept (issue #12, items 8 and 10).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NEWER_DATABASE_MESSAGE, QUOTA_MESSAGE } from '@/utils/errors';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles, sendToBackground, tabIdOf } from './browser';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('storage full', () => {
  it('My profile says the storage is full, keeps what the user typed, and saves once there is room', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser, 'options.html#my-profile');
    const schools = options.getByTestId('me-schools');
    await schools.fill('Tampere University\nUniversidad de Chile');
    const cdp = await browser.context.newCDPSession(options);
    const origin = `chrome-extension://${browser.extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await options.getByTestId('me-save').click();
    await expect.poll(() => options.getByTestId('me-status').textContent()).toContain(QUOTA_MESSAGE);
    expect(await schools.inputValue()).toBe('Tampere University\nUniversidad de Chile');
    expect(await sendToBackground(browser, 'me/get', {})).toBeNull();

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await options.getByTestId('me-save').click();
    await expect.poll(() => options.getByTestId('me-status').textContent()).toBe('Saved.');
    expect(await sendToBackground(browser, 'me/get', {})).toMatchObject({
      schools: ['Tampere University', 'Universidad de Chile'],
    });
  });
});

describe('a newer database on disk', () => {
  it('the popup says in plain words that a newer version wrote the data, and nothing is changed', async () => {
    browser = await launch();
    await sendToBackground(browser, 'settings/get', {});
    const cdp = await browser.context.newCDPSession(await browser.context.newPage());
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A newer Common Ground upgraded the database, then this older one was reinstalled: a document of
    // the extension's origin that runs none of our code (an icon) writes version 99.
    const icon = await openExtensionPage(browser, 'icon/128.png');
    const version = await icon.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('common-ground', 99);
          open.onsuccess = () => {
            const v = open.result.version;
            open.result.close();
            resolve(v);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(version).toBe(99);
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.getByTestId('cg-error').textContent()).toBe(NEWER_DATABASE_MESSAGE);
    expect(
      await icon.evaluate(() =>
        indexedDB.databases().then((dbs) => dbs.find((d) => d.name === 'common-ground')?.version),
      ),
    ).toBe(99);
  });
});

describe('the service worker sleeps', () => {
  it("the side panel still shows the tab's card afterwards", async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const tabId = await tabIdOf(browser, SAMPLE.url);
    await expect
      .poll(async () => {
        const card = (await sendToBackground(browser as ExtensionBrowser, 'tab/card', { tabId })) as { state: string };
        return card.state;
      })
      .toBe('profile');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const panel = await openExtensionPage(browser, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.getByTestId('cg-sidepanel').textContent()).toContain(SAMPLE.name);
  });
});
