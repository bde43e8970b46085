/**
 * Badges and their evidence (issue #15), as a person sees them: each badge says its kind and its
 * strength, one evidence popover is open at a time, inside the window (1024 px wide too), closed by
 * Esc or a click elsewhere; and the card never covers LinkedIn's top card.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, fixture, launch, routeProfiles, sendToBackground } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

const ME = JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8'));
const TOP_CARD = '[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="Topcard"]';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

async function open(width: number): Promise<Page> {
  browser = await launch();
  await routeProfiles(browser.context, PROFILES);
  await sendToBackground(browser, 'me/save', { me: ME });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 768 });
  await page.goto(SAMPLE.url);
  await expect.poll(() => card(page).locator('[data-testid=cg-badge]').count()).toBe(6);
  return page;
}

const badges = (page: Page) => card(page).locator('[data-testid=cg-badge]');
const openPopovers = (page: Page) =>
  card(page)
    .locator('[data-testid=cg-evidence]')
    .evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length);

describe('badges', () => {
  it('say their kind and strength, on screen and to screen readers', async () => {
    const page = await open(1280);
    const seen = await badges(page).evaluateAll((els) =>
      els.map((e) => ({
        kind: e.querySelector('.cg-badge-kind')?.textContent,
        strength: e.getAttribute('data-strength'),
        label: e.getAttribute('aria-label'),
      })),
    );
    expect(seen.map((b) => b.kind)).toEqual(['School', 'Interest', 'Place', 'Place', 'Employer', 'Interest']);
    for (const b of seen) {
      expect(['strong', 'weak']).toContain(b.strength);
      expect(b.label).toMatch(new RegExp(`^${b.kind}, ${b.strength} match: `));
    }
    expect(seen[0]?.strength).toBe('strong');
  });

  it('opens one evidence popover at a time; Esc and a click outside close it', async () => {
    const page = await open(1280);
    await badges(page).nth(0).click();
    expect(await openPopovers(page)).toBe(1);
    await badges(page).nth(3).click();
    expect(await openPopovers(page)).toBe(1);
    expect(await badges(page).nth(3).getAttribute('aria-expanded')).toBe('true');
    expect(await badges(page).nth(0).getAttribute('aria-expanded')).toBe('false');
    // Hovering another badge while one is pinned opens no second one.
    await badges(page).nth(1).hover();
    expect(await openPopovers(page)).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => openPopovers(page)).toBe(0);

    await badges(page).nth(2).click();
    expect(await openPopovers(page)).toBe(1);
    // A click on LinkedIn's page, outside the card.
    await page.mouse.click(20, 700);
    await expect.poll(() => openPopovers(page)).toBe(0);
    // A click inside the card but not on a badge.
    await badges(page).nth(2).click();
    await card(page).locator('[data-testid=cg-name]').click();
    await expect.poll(() => openPopovers(page)).toBe(0);
  });

  it('keeps every popover inside a 1024 px window', async () => {
    const page = await open(1024);
    const count = await badges(page).count();
    for (let i = 0; i < count; i++) {
      await badges(page).nth(i).click();
      const box = await card(page)
        .locator('[data-testid=cg-evidence]')
        .nth(i)
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw: innerWidth, vh: innerHeight };
        });
      expect(box.left, `popover ${i}`).toBeGreaterThanOrEqual(0);
      expect(box.right, `popover ${i}`).toBeLessThanOrEqual(box.vw);
      expect(box.top, `popover ${i}`).toBeGreaterThanOrEqual(0);
      expect(box.bottom, `popover ${i}`).toBeLessThanOrEqual(box.vh);
    }
  });
});

describe('the card and LinkedIn’s top card', () => {
  const overlap = async (page: Page) => {
    const top = await page
      .locator(TOP_CARD)
      .first()
      .evaluate((el) => el.getBoundingClientRect().toJSON());
    const ours = await card(page)
      .locator('.cg-card')
      .evaluate((el) => el.getBoundingClientRect().toJSON());
    const x = Math.min(top.right, ours.right) - Math.max(top.left, ours.left);
    const y = Math.min(top.bottom, ours.bottom) - Math.max(top.top, ours.top);
    return { area: x > 0 && y > 0 ? x * y : 0, top, ours };
  };

  it.each([1280, 1024])('never covers it at %i px: the card sits below it when there is no room beside', async (w) => {
    const page = await open(w);
    const { area, top, ours } = await overlap(page);
    expect(area).toBe(0);
    expect(ours.top).toBeGreaterThanOrEqual(top.bottom);
  });

  it('sits beside it when the window has room (LinkedIn’s narrower main column)', async () => {
    const page = await open(1280);
    await page.addStyleTag({ content: `${TOP_CARD} { max-width: 760px; }` });
    await expect.poll(async () => (await overlap(page)).ours.left).toBeGreaterThan(760);
    const { area, top, ours } = await overlap(page);
    expect(area).toBe(0);
    expect(Math.round(ours.top)).toBe(Math.round(top.top));
  });
});
