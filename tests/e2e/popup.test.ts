/** The outreach tracker in the popup, used as a person would: grouped, searchable, quick actions. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles } from './browser';
import { PROFILES } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

const THREE = [
  ['amara-okafor', 'Amara Okafor', 'sponsor'],
  ['lior-ben-david-test', 'ליאור בן דוד', 'mentor'],
  ['mateo-garcia-ruiz', 'Mateo García-Ruiz', 'connector'],
] as const;

async function saveThree(b: ExtensionBrowser): Promise<void> {
  const page = await b.context.newPage();
  for (const [slug, , role] of THREE) {
    await page.goto(`https://www.linkedin.com/in/${slug}/`);
    await page.locator('common-ground-panel summary').click();
    await page.locator(`common-ground-panel [data-testid=cg-save-${role}]`).click();
    await expect.poll(() => page.locator('common-ground-panel [data-testid=cg-status]').count()).toBe(1);
  }
  await page.close();
}

const row = (popup: Page, slug: string) => popup.locator(`[data-testid=cg-person][data-slug="${slug}"]`);
const slugs = (popup: Page) =>
  popup.locator('[data-testid=cg-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));

describe('the tracker', () => {
  it('groups people by stage with counts, moves, snoozes, searches and filters', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    await saveThree(browser);
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect
      .poll(() => popup.locator('[data-testid=cg-group][data-group=saved] h2').textContent())
      .toBe('Saved (3)');

    // Advance twice with the quick action: saved → researching → drafted.
    await row(popup, 'amara-okafor').locator('[data-testid=cg-advance]').click();
    await expect.poll(() => row(popup, 'amara-okafor').getAttribute('data-status')).toBe('researching');
    await row(popup, 'amara-okafor').locator('[data-testid=cg-advance]').click();
    await expect.poll(() => row(popup, 'amara-okafor').getAttribute('data-status')).toBe('drafted');
    expect(await popup.locator('[data-testid=cg-group][data-group=saved] h2').textContent()).toBe('Saved (2)');

    // Snooze moves the next follow-up a day out from now.
    await row(popup, 'lior-ben-david-test').locator('[data-testid=cg-snooze]').click();
    await expect.poll(() => popup.locator('[aria-live=polite]').textContent()).toContain('Snoozed a day');

    // Search by company, by school (accents ignored), by name; then filter by role.
    const search = popup.getByTestId('cg-search');
    await search.fill('alameda');
    await expect.poll(() => slugs(popup)).toEqual(['mateo-garcia-ruiz']);
    await search.fill('berkeley');
    await expect.poll(() => slugs(popup)).toEqual(['mateo-garcia-ruiz']);
    await search.fill('garcia');
    await expect.poll(() => slugs(popup)).toEqual(['mateo-garcia-ruiz']);
    await search.fill('lumen');
    await expect.poll(() => slugs(popup)).toEqual(['amara-okafor']);
    await search.fill('nobody at all');
    await expect.poll(() => popup.getByTestId('cg-no-match').count()).toBe(1);
    await search.fill('');
    await popup.getByTestId('cg-role-filter').selectOption('mentor');
    await expect.poll(() => slugs(popup)).toEqual(['lior-ben-david-test']);
    await popup.getByTestId('cg-role-filter').selectOption('all');
    await expect.poll(() => slugs(popup)).toHaveLength(3);
  });

  it('works from the keyboard and keeps the give-and-take ledger', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    await saveThree(browser);
    const popup = await openExtensionPage(browser, 'popup.html');
    const first = popup.locator('[data-testid=cg-advance]').first();
    await expect.poll(() => first.count()).toBe(1);
    const slug = await popup.locator('[data-testid=cg-person]').first().getAttribute('data-slug');
    await first.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => row(popup, slug ?? '').getAttribute('data-status')).toBe('researching');

    const r = row(popup, 'mateo-garcia-ruiz');
    await r.getByTestId('cg-details').click();
    await r.getByLabel('What they did for you').fill('Introduced me to the design lead');
    await r.getByLabel('What they did for you').press('Enter');
    await expect.poll(() => r.getByTestId('cg-suggestion').textContent()).toContain('You have only taken so far');
    await r.getByLabel('What you offered or did for them').fill('Reviewed their talk');
    await r.getByLabel('What you offered or did for them').press('Enter');
    await expect.poll(() => r.getByTestId('cg-suggestion').count()).toBe(0);
    expect(await r.getByTestId('cg-history').textContent()).toContain('Saved');
  });
});
