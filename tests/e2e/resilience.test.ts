/**
 * Bad pages get a clear answer on the page, and a service-worker restart in the middle of use
 * loses nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launch,
  openExtensionPage,
  routeProfiles,
  SHARED_PAGES,
  sendToBackground,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('a page Common Ground cannot read', () => {
  it('says so plainly on the page and offers a diagnostic to copy', async () => {
    browser = await launch();
    await browser.context.route('https://www.linkedin.com/in/odd-layout/', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<title>Someone | LinkedIn</title><main><div class="brand-new-2027-layout"><span>Someone</span></div></main>',
      }),
    );
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/in/odd-layout/');
    const message = card(page).locator('[data-testid=cg-unreadable]');
    await expect.poll(() => message.textContent()).toMatch(/^Common Ground could not read this page/);
    await card(page).locator('summary').click();
    const diagnostic = JSON.parse((await card(page).locator('[data-testid=cg-diagnostic]').textContent()) ?? '{}');
    expect(diagnostic).toMatchObject({ kind: 'unknown', generation: null, slug: 'odd-layout' });
    expect(Object.keys(diagnostic.hooks).length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(SHARED_PAGES))('tells a sign-in wall apart from a profile (real page)', async () => {
    browser = await launch();
    await routeProfiles(browser.context, { 'walled-member': join(SHARED_PAGES, 'neg-authwall.html') });
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/in/walled-member/');
    await expect.poll(() => card(page).locator('[data-testid=cg-unreadable]').textContent()).toMatch(/sign/i);
  });
});

describe('a service-worker restart', () => {
  it('loses nothing: saved data stays and the next action works', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The page keeps working: the next action wakes the worker, which reopens the database.
    await card(page).locator('[data-testid=cg-move]').selectOption('researching');
    await expect
      .poll(() => card(page).locator('[data-testid=cg-status]').getAttribute('data-status'))
      .toBe('researching');
    const person = (await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })) as {
      statusHistory: { status: string }[];
    };
    expect(person.statusHistory.map((h) => h.status)).toEqual(['saved', 'researching']);
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect
      .poll(() => popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`).getAttribute('data-status'))
      .toBe('researching');
  });
});
