/**
 * The store listing's screenshots, 1280×800 (issue #15), taken on invented people: the card on a
 * profile, the popup's tracker, the draft composer, and the options page. Written to
 * scripts/store/screenshots/. Also checks what they show: the popup's connection note has its
 * signature in view, and My profile's list fields show every entry.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  ROOT,
  routeProfiles,
  sendToBackground,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

const ME = JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8'));
const OUT = join(ROOT, 'scripts/store/screenshots');
const SIZE = { width: 1280, height: 800 };

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
  await routeProfiles(browser.context, PROFILES);
  await sendToBackground(browser, 'me/save', { me: ME });
  const page = await browser.context.newPage();
  for (const slug of ['lior-ben-david-test', 'mateo-garcia-ruiz', 'amara-okafor']) {
    await page.goto(`https://www.linkedin.com/in/${slug}/`);
    await card(page).locator('[data-testid=cg-save]').click();
    // expect.poll is for tests only: wait by hand here.
    for (let i = 0; i < 200 && (await card(page).locator('[data-testid=cg-status]').count()) === 0; i++) {
      await page.waitForTimeout(50);
    }
  }
  await card(page).locator('[data-testid=cg-move]').selectOption('contacted');
  await page.close();
});
afterAll(async () => {
  await browser?.dispose();
});

async function pageAt(path?: string): Promise<Page> {
  const page = path ? await openExtensionPage(browser, path) : await browser.context.newPage();
  await page.setViewportSize(SIZE);
  return page;
}

/** LinkedIn's layout, roughly: a main column with room beside it (the fixtures carry no LinkedIn CSS). */
async function linkedInLayout(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      'body { font-family: system-ui, sans-serif; background: #f4f2ee; margin: 0; padding: 24px 48px; } main, body > div { max-width: 760px; } section, [componentkey] { background: #fff; border-radius: 8px; }',
  });
}

/** An extension page narrower than the store's frame (the popup), centred on a quiet background. */
async function frame(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      'html { background: #e9eef4 !important; } body { display: flex; justify-content: center; align-items: flex-start; padding-top: 48px; background: #e9eef4 !important; } body > #app { box-shadow: 0 8px 32px rgba(0,0,0,.18); border-radius: 8px; overflow: hidden; }',
  });
}

describe('store screenshots (1280×800)', () => {
  it('the card on a profile', async () => {
    const page = await pageAt();
    await page.goto(SAMPLE.url);
    await expect.poll(() => card(page).locator('[data-testid=cg-badge]').count()).toBeGreaterThan(0);
    await linkedInLayout(page);
    await card(page)
      .locator('.cg-card')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await card(page).locator('[data-testid=cg-badge]').first().click();
    await page.screenshot({ path: join(OUT, '1-card.png') });
  });

  it('the draft composer, with the whole note in view', async () => {
    const page = await pageAt();
    await page.goto(SAMPLE.url);
    await linkedInLayout(page);
    await card(page).locator('[data-testid=cg-draft-open]').click();
    await card(page).locator('[data-testid=cg-draft-kind]').selectOption('connection-note');
    const text = card(page).locator('[data-testid=cg-draft-text]');
    await expect.poll(() => text.inputValue()).not.toBe('');
    await text.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(OUT, '3-composer.png') });
  });

  it('the popup: its connection note shows the signature without scrolling', async () => {
    const popup = await pageAt('popup.html');
    await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(3);
    await frame(popup);
    await popup.screenshot({ path: join(OUT, '2-popup.png') });

    // A connection note is offered only to someone not yet connected (drafts never send one to a
    // 1st-degree connection): the first such person of the list.
    const rows = popup.locator('[data-testid=cg-person]');
    let row = rows.first();
    for (let i = 0; i < (await rows.count()); i++) {
      row = rows.nth(i);
      await row.getByTestId('cg-draft').click();
      // Until the first draft arrives the list holds every kind; then only the kinds that fit them.
      await expect.poll(() => row.getByTestId('cg-draft-text').inputValue()).not.toBe('');
      const offered = await row
        .getByTestId('cg-draft-kind')
        .evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
      if (offered.includes('connection-note')) break;
    }
    const kind = row.getByTestId('cg-draft-kind');
    await kind.selectOption('connection-note');
    const text = row.getByTestId('cg-draft-text');
    await expect.poll(() => text.inputValue()).not.toBe('');
    // Its last line (the sign-off) inside the box: the box is as tall as its text.
    const box = await text.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(box.scroll, 'the signature is in the box, not below its fold').toBeLessThanOrEqual(box.client + 1);
  });

  it('the options page: every entry of a list field in view', async () => {
    const options = await pageAt('options.html#my-profile');
    const schools = options.getByTestId('me-schools');
    await expect.poll(() => schools.inputValue()).not.toBe('');
    const box = await schools.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: join(OUT, '4-options.png') });
  });
});
