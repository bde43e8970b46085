/**
 * The moment the user came for: badges with evidence, the fit line, save / status / note in place,
 * in-page navigation, discreet mode with the side panel, no layout shift, light and dark themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  ROOT,
  routeProfiles,
  sendToBackground,
  tabIdOf,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

const ME = JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8'));
const SHOTS = join(ROOT, 'tests/e2e/screenshots');
const panel = (page: Page, inner: string) => card(page).locator(inner);

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

async function start(settings?: object): Promise<ExtensionBrowser> {
  const b = await launch();
  await routeProfiles(b.context, PROFILES);
  await sendToBackground(b, 'me/save', { me: ME });
  if (settings) await sendToBackground(b, 'settings/save', { settings });
  return b;
}

describe('the card on a profile', () => {
  it('shows one badge per common-ground item, strongest first, each with its evidence', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const badges = panel(page, '[data-testid=cg-badge]');
    await expect.poll(() => badges.count()).toBe(6);
    expect(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'almaMater',
      'interest',
      'hometown',
      'hometown',
      'employer',
      'interest',
    ]);
    expect(await badges.first().textContent()).toContain('alum');

    // Evidence by click…
    const evidence = panel(page, '[data-testid=cg-evidence]').first();
    expect(await evidence.isVisible()).toBe(false);
    await badges.first().click();
    expect(await evidence.textContent()).toBe(
      'You: Erasmus University Rotterdam, MSc 2015 · Them: Erasmus University Rotterdam, Master of Business Administration - MBA in Supply Chain Management 2019',
    );
    expect(await evidence.isVisible()).toBe(true);
    await badges.first().click();
    expect(await evidence.isVisible()).toBe(false);
    // …by keyboard…
    await badges.nth(1).focus();
    await page.keyboard.press('Enter');
    expect(await panel(page, '[data-testid=cg-evidence]').nth(1).textContent()).toContain('Them: skill “Kubernetes”');
    expect(await panel(page, '[data-testid=cg-evidence]').nth(1).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel(page, '[data-testid=cg-evidence]').nth(1).isVisible()).toBe(false);
    // …and by hover.
    await badges.nth(2).hover();
    expect(await panel(page, '[data-testid=cg-evidence]').nth(2).isVisible()).toBe(true);

    expect(await panel(page, '[data-testid=cg-fit]').textContent()).toMatch(
      /^Likely sponsor: VP.*9 mutual connections/,
    );
    const toolbar = await sendToBackground(browser, 'tab/card', { tabId: await tabIdOf(browser, SAMPLE.url) });
    expect((toolbar as { card: { overlap: { items: unknown[] } } }).card.overlap.items).toHaveLength(6);
  });

  it('says plainly when My profile is empty, and when there is nothing in common', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await expect
      .poll(() => panel(page, '[data-testid=cg-me-empty] p').first().textContent())
      .toBe('Next step: tell Common Ground about you, to see what you share with Amara Okafor.');
    expect(await panel(page, '[data-testid=cg-setup]').textContent()).toBe('Set up My profile');
    expect(await panel(page, '[data-testid=cg-badge]').count()).toBe(0);

    await sendToBackground(browser, 'me/save', {
      me: { name: 'Sam', schools: ['Some Unrelated College'], interests: ['Origami'] },
    });
    await page.reload();
    await expect
      .poll(() => panel(page, '[data-testid=cg-no-overlap]').textContent())
      .toBe('No common ground found on this profile.');
  });

  it('saves as mentor in one click, changes the status and adds a note in place; the popup agrees', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await panel(page, '[data-testid=cg-save-mentor]').click();
    const status = panel(page, '[data-testid=cg-status]');
    await expect.poll(() => status.getAttribute('data-status')).toBe('saved');
    expect(await status.textContent()).toContain('Mentor');

    await panel(page, '[data-testid=cg-move]').selectOption('researching');
    await expect.poll(() => status.getAttribute('data-status')).toBe('researching');
    await panel(page, '[data-testid=cg-note-input]').fill('Ask about the Rotterdam meetup');
    await panel(page, '[data-testid=cg-note-add]').click();
    await expect.poll(() => panel(page, '[data-testid=cg-notes]').textContent()).toBe('Ask about the Rotterdam meetup');

    const popup = await openExtensionPage(browser, 'popup.html');
    await expect
      .poll(() => popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`).getAttribute('data-status'))
      .toBe('researching');
  });

  it('shows B’s badges only after in-page navigation from A to B, in one panel', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await expect.poll(() => panel(page, '[data-testid=cg-badge]').count()).toBe(6);
    // Another member's profile of the same markup generation (LinkedIn navigates within one).
    const other = readFileSync(PROFILES['noa-ben-david'] as string, 'utf8');
    // LinkedIn changes the URL first; the old profile's DOM lingers until the new one arrives.
    await page.evaluate(() => history.pushState({}, '', '/in/noa-ben-david/'));
    await page.waitForTimeout(1500);
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
    }, other);
    await expect.poll(() => panel(page, '[data-testid=cg-name]').textContent()).toBe('נועה בן-דוד 🌻');
    await expect
      .poll(() =>
        panel(page, '[data-testid=cg-badge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
      )
      .toEqual(['almaMater']);
    expect(await panel(page, '[data-testid=cg-evidence]').textContent()).toContain(
      'Them: Technion - Israel Institute of Technology',
    );
    expect(await card(page).count()).toBe(1);
  });

  it('moves nothing on LinkedIn’s page: the card floats (beside or below the top card, tests/e2e/badges.test.ts)', async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const ctx = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await routeProfiles(ctx, PROFILES);
    const without = await ctx.newPage();
    await without.goto(SAMPLE.url);
    const layout = (p: Page) =>
      p.evaluate(() =>
        [...document.querySelectorAll('main section, main h1, main h2')].map((e) => {
          const r = e.getBoundingClientRect();
          return [Math.round(r.top), Math.round(r.left), Math.round(r.width)];
        }),
      );
    const before = await layout(without);
    await plain.close();

    browser = await start();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(SAMPLE.url);
    await expect.poll(() => panel(page, '[data-testid=cg-name]').count()).toBe(1);
    expect(await layout(page)).toEqual(before);
  });

  it('collapses to a chip and opens again from it by keyboard', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await panel(page, '[data-testid=cg-minimise]').click();
    const chip = panel(page, '[data-testid=cg-chip]');
    expect(await chip.textContent()).toContain('6 in common');
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page, '[data-testid=cg-name]').count()).toBe(1);
  });

  it('is readable in LinkedIn’s light and dark themes (screenshots for the README)', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(SAMPLE.url);
    const box = panel(page, '.cg-card');
    await expect.poll(() => panel(page, '[data-testid=cg-badge]').count()).toBe(6);
    await box.screenshot({ path: join(SHOTS, 'panel-light.png') });
    const light = await box.evaluate((el) => getComputedStyle(el).backgroundColor);

    const dark = readFileSync(PROFILES['amara-okafor'] as string, 'utf8').replace(
      '<html',
      '<html class="theme--dark" style="background:#1b1f23;color:#e8eaed"',
    );
    await browser.context.route(SAMPLE.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: dark }));
    await page.goto(SAMPLE.url);
    await expect.poll(() => card(page).locator('.cg-root').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => panel(page, '[data-testid=cg-badge]').count()).toBe(6);
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(light);
    await box.screenshot({ path: join(SHOTS, 'panel-dark.png') });
  });
});

describe('on the user’s own profile', () => {
  it('offers Use as my profile and adds only what the user keeps ticked', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/in/jonas-berg-42/');
    expect(await panel(page, '[data-testid=cg-save]').count()).toBe(0);
    await panel(page, '[data-testid=cg-use-as-me]').click();
    const picks = panel(page, '[data-testid=cg-self-pick]');
    expect(await picks.count()).toBe(3);
    await panel(page, 'label').filter({ hasText: 'Nordvik Energi' }).locator('input').uncheck();
    await panel(page, '[data-testid=cg-self-add]').click();
    await expect
      .poll(() => panel(page, '[data-testid=cg-self-done]').textContent())
      .toBe('Added 2 entries to My profile.');

    const options = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => options.getByLabel('Schools').inputValue()).toBe('KTH Royal Institute of Technology');
    expect(await options.getByLabel('Places lived').inputValue()).toBe('Uppsala, Uppsala County, Sweden');
    expect(await options.getByLabel('Employers').inputValue()).toBe('');
  });
});

describe('discreet mode', () => {
  it('inserts nothing into LinkedIn’s page; the side panel shows the card and the toolbar still counts', async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const ctx = await plain.newContext();
    await routeProfiles(ctx, PROFILES);
    const without = await ctx.newPage();
    await without.goto(SAMPLE.url);
    await without.waitForTimeout(500);
    const countWithout = await without.evaluate(() => document.querySelectorAll('*').length);
    await plain.close();

    browser = await start({ discreetMode: true });
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const tabId = await tabIdOf(browser, SAMPLE.url);
    // Wait until the background has the card for this tab (the content script has read the page).
    await expect
      .poll(async () => ((await sendToBackground(browser!, 'tab/card', { tabId })) as { state: string }).state)
      .toBe('profile');
    expect(await card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(countWithout);

    const side = await openExtensionPage(browser, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => side.locator('[data-testid=cg-name]').textContent()).toBe(SAMPLE.name);
    expect(await side.locator('[data-testid=cg-badge]').count()).toBe(6);
    await side.setViewportSize({ width: 400, height: 760 });
    await side.screenshot({ path: join(SHOTS, 'sidepanel.png') });

    const badge = await side.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe('6');
  });
});
