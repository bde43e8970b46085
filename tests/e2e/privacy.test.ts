/**
 * Nothing leaves the machine: during a whole journey the extension makes no network request of its
 * own — not from its pages, not from its service worker, not from the LinkedIn page it reads.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Request } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  routeProfiles,
  sendToBackground,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

const web = (r: Request) => /^https?:/.test(r.url());

describe('privacy', () => {
  it('makes no network request of its own during a full journey', async () => {
    // What the LinkedIn page requests by itself, without the extension.
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const ctx = await plain.newContext();
    await routeProfiles(ctx, PROFILES);
    const baseline = new Set<string>();
    ctx.on('request', (r) => web(r) && baseline.add(r.url()));
    const p0 = await ctx.newPage();
    for (const slug of ['amara-okafor', 'lior-ben-david-test']) {
      await p0.goto(`https://www.linkedin.com/in/${slug}/`);
      await p0.waitForTimeout(300);
    }
    await plain.close();

    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const seen: string[] = [];
    const record = (r: Request) => {
      if (web(r)) seen.push(r.url());
    };
    browser.context.on('request', record);
    for (const worker of browser.context.serviceWorkers()) worker.on('request' as never, record as never);
    await sendToBackground(browser, 'me/save', { me: JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8')) });

    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);
    await card(page).locator('[data-testid=cg-move]').selectOption('researching');
    await card(page).locator('[data-testid=cg-draft-open]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-draft-text]').count()).toBe(1);
    await page.goto('https://www.linkedin.com/in/lior-ben-david-test/');
    await expect.poll(() => card(page).locator('[data-testid=cg-name]').count()).toBe(1);

    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(1);
    const options = await openExtensionPage(browser, 'options.html#data');
    await Promise.all([options.waitForEvent('download'), options.getByTestId('data-export-json').click()]);
    await openExtensionPage(browser, 'sidepanel.html');
    await page.waitForTimeout(500);

    // The recorder works: it saw the LinkedIn documents themselves.
    expect(seen).toContain(SAMPLE.url);
    const extra = seen.filter((url) => !baseline.has(url));
    expect(extra).toEqual([]);
  });
});
