/**
 * The outreach tracker in the popup, used as a person would: saved from real-looking profiles,
 * grouped with counts, advanced, snoozed, searched, filtered, driven from the keyboard, and kept
 * current when the profile card changes a stage.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '@/utils/outreach/transfer';
import { type Person, Settings } from '@/utils/schema';
import { type ExtensionBrowser, importThroughPort, launch, openExtensionPage, routeProfiles, tabIdOf } from './browser';
import { card } from './card';
import { PROFILES } from './pages';
import { inventPerson } from './popup-bench';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

const THREE = [
  ['amara-okafor', 'sponsor'],
  ['lior-ben-david-test', 'mentor'],
  ['mateo-garcia-ruiz', 'connector'],
] as const;

async function saveThree(b: ExtensionBrowser): Promise<void> {
  const page = await b.context.newPage();
  for (const [slug, role] of THREE) {
    await page.goto(`https://www.linkedin.com/in/${slug}/`);
    // The suggested role is the main button; the others are beside it.
    await card(page).locator(`[data-testid^=cg-save][data-role=${role}]`).click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);
  }
  await page.close();
}

async function start(): Promise<{ b: ExtensionBrowser; popup: Page }> {
  const b = await launch();
  browser = b;
  await routeProfiles(b.context, PROFILES);
  await saveThree(b);
  const popup = await openExtensionPage(b, 'popup.html');
  await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(3);
  return { b, popup };
}

/** Save people directly, through the import the options page uses. */
async function importPeople(b: ExtensionBrowser, people: Person[]): Promise<void> {
  const now = new Date();
  const text = serializeExport(buildExport({ me: null, settings: Settings.parse({}), people, templates: [], now }));
  await importThroughPort(b, text);
}

const row = (popup: Page, slug: string) => popup.locator(`[data-testid=cg-person][data-slug="${slug}"]`);
const slugs = (popup: Page) =>
  popup.locator('[data-testid=cg-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
const headings = (popup: Page) =>
  popup.locator('[data-testid=cg-group] h2').evaluateAll((els) => els.map((e) => e.textContent));
const announced = (popup: Page) => popup.getByTestId('cg-announce').textContent();
/** Which row and which button has the keyboard. */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      slug: el?.closest('[data-testid=cg-person]')?.getAttribute('data-slug') ?? null,
      testid: el?.dataset.testid ?? null,
    };
  });

describe('the tracker', () => {
  it('groups people by stage with counts, advances, snoozes, searches and filters', async () => {
    const { popup } = await start();
    expect(await headings(popup)).toEqual(['Saved (3)']);
    expect(await popup.getByTestId('cg-summary').textContent()).toBe('3 saved');
    const amara = row(popup, 'amara-okafor');
    expect(await amara.getByTestId('cg-person-status').textContent()).toBe('Sponsor · Saved');
    expect(await amara.textContent()).toContain('VP Engineering at Lumen Freight');
    expect(await amara.getByTestId('cg-person-due').textContent()).toContain('Research them');

    // Advance twice with the quick action, whose label says where to: saved → researching → drafted.
    expect(await amara.getByTestId('cg-advance').textContent()).toBe('→ Researching');
    await amara.getByTestId('cg-advance').click();
    await expect.poll(() => amara.getAttribute('data-status')).toBe('researching');
    expect(await headings(popup)).toEqual(['Saved (2)', 'Researching (1)']);
    expect(await announced(popup)).toBe('Moved Amara Okafor to Researching');
    await amara.getByTestId('cg-advance').click();
    await expect.poll(() => amara.getAttribute('data-status')).toBe('drafted');
    expect(await headings(popup)).toEqual(['Saved (2)', 'Draft ready (1)']);
    expect(await amara.getByTestId('cg-advance').textContent()).toBe('→ Contacted');

    // Snooze a week: the next follow-up moves.
    const lior = row(popup, 'lior-ben-david-test');
    const before = await lior.getByTestId('cg-person-due').textContent();
    await lior.getByTestId('cg-snooze-week').click();
    await expect.poll(() => announced(popup)).toBe('Snoozed ליאור בן דוד for a week');
    await expect.poll(() => lior.getByTestId('cg-person-due').textContent()).not.toBe(before);

    // Search by a past company, a current company, a school (any case), a name without its accent.
    const search = popup.getByTestId('cg-search');
    for (const [query, expected] of [
      ['harbourline', ['amara-okafor']],
      ['galil', ['lior-ben-david-test']],
      ['technion', ['lior-ben-david-test']],
      ['SEVILLA', ['mateo-garcia-ruiz']],
      ['garcia ruiz', ['mateo-garcia-ruiz']],
    ] as const) {
      await search.fill(query);
      await expect.poll(() => slugs(popup)).toEqual(expected);
    }
    await search.fill('nobody at all');
    await expect.poll(() => popup.getByTestId('cg-no-match').textContent()).toContain('No one matches “nobody at all”');
    await popup.getByTestId('cg-clear').click();
    await expect.poll(() => slugs(popup)).toHaveLength(3);
    expect(await search.inputValue()).toBe('');

    // Filter by role, alone and with a search.
    const roles = popup.getByTestId('cg-role-filter');
    await roles.selectOption('mentor');
    await expect.poll(() => slugs(popup)).toEqual(['lior-ben-david-test']);
    await roles.selectOption('connector');
    await expect.poll(() => slugs(popup)).toEqual(['mateo-garcia-ruiz']);
    await search.fill('okafor');
    await expect.poll(() => popup.getByTestId('cg-no-match').count()).toBe(1);
    await search.fill('');
    await roles.selectOption('all');
    await expect.poll(() => slugs(popup)).toHaveLength(3);
  });

  it('works from the keyboard: Tab to Advance, Enter, arrows between rows, Enter opens details', async () => {
    const { popup } = await start();
    const first = await popup.locator('[data-testid=cg-person]').first().getAttribute('data-slug');
    await popup.getByTestId('cg-search').focus();
    await popup.keyboard.press('Tab'); // role filter
    await popup.keyboard.press('Tab'); // the first person's name (details)
    expect(await focused(popup)).toEqual({ slug: first, testid: 'cg-details' });
    await popup.keyboard.press('Tab'); // open their profile
    expect(await focused(popup)).toEqual({ slug: first, testid: 'cg-open' });
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toEqual({ slug: first, testid: 'cg-advance' });
    await popup.keyboard.press('Enter');
    await expect.poll(() => row(popup, first ?? '').getAttribute('data-status')).toBe('researching');
    // The row moved to another group; the keyboard stayed on its Advance button.
    await expect.poll(() => focused(popup)).toEqual({ slug: first, testid: 'cg-advance' });
    expect(await announced(popup)).toContain('to Researching');

    // Arrows move to the same button of the row above; Enter on a name opens the details, Escape closes.
    await popup.keyboard.press('ArrowUp');
    const above = await focused(popup);
    expect(above.testid).toBe('cg-advance');
    expect(above.slug).not.toBe(first);
    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toEqual({ slug: first, testid: 'cg-advance' });
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    expect(await focused(popup)).toEqual({ slug: first, testid: 'cg-details' });
    await popup.keyboard.press('Enter');
    const details = row(popup, first ?? '').getByTestId('cg-person-details');
    await expect.poll(() => details.count()).toBe(1);
    expect(
      await row(popup, first ?? '')
        .getByTestId('cg-details')
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await details.getByTestId('cg-history').textContent()).toMatch(/Saved · .+Researching · /);
    await popup.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
  });

  it('keeps notes, the give-and-take ledger and the follow-up date in the details', async () => {
    const { popup } = await start();
    const r = row(popup, 'mateo-garcia-ruiz');
    await r.getByTestId('cg-details').click();
    await r.getByLabel('Add to: What they did for you').fill('Introduced me to the design lead');
    await r.getByLabel('Add to: What they did for you').press('Enter');
    await expect.poll(() => r.getByTestId('cg-balance').textContent()).toContain('You have only taken so far');
    await r.getByLabel('Add to: What you did for them').fill('Reviewed their talk');
    await r.getByLabel('Add to: What you did for them').press('Enter');
    await expect.poll(() => r.getByTestId('cg-balance').count()).toBe(0);
    expect(await r.getByTestId('cg-gave').textContent()).toContain('Reviewed their talk');
    await r.getByLabel('Add to: Their current projects').fill('Offline maps for buses');
    await r.getByLabel('Add to: Their current projects').press('Enter');
    await expect.poll(() => r.getByTestId('cg-projects').textContent()).toContain('Offline maps for buses');

    await r.getByTestId('cg-notes-edit').fill('Met at the transit meetup');
    await r.getByTestId('cg-notes-save').click();
    await expect.poll(() => announced(popup)).toBe('Saved notes for Mateo García-Ruiz');

    // A follow-up date in the past puts them first, under "Due today".
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await r
      .getByTestId('cg-followup-date')
      .fill(`${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`);
    await expect.poll(() => headings(popup)).toEqual(['Due today (1)', 'Saved (2)']);
    expect(await r.getAttribute('data-due')).toBe('true');
    expect((await slugs(popup))[0]).toBe('mateo-garcia-ruiz');
  });

  it('suggests dormant after three unanswered messages, drafts inline and opens the profile', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const now = new Date();
    const quiet: Person = {
      ...inventPerson(1, now),
      slug: 'amara-okafor',
      status: 'contacted',
      touches: 3,
      nextFollowUp: new Date(now.getTime() - 60_000).toISOString(),
      followUpReason: 'Follow up on your message',
      got: [{ what: 'Intro to the CTO', at: now.toISOString() }],
    };
    quiet.profile = { ...quiet.profile, slug: 'amara-okafor', url: 'https://www.linkedin.com/in/amara-okafor/' };
    await importPeople(browser, [quiet]);
    const popup = await openExtensionPage(browser, 'popup.html');
    const r = row(popup, 'amara-okafor');
    await expect.poll(() => r.getByTestId('cg-suggestion').getAttribute('data-action')).toBe('dormant');
    expect(await r.getByTestId('cg-suggestion').textContent()).toContain('instead of a fourth follow-up');
    expect(await r.getByTestId('cg-person-due').textContent()).toContain('Due');
    expect(await r.getByTestId('cg-balance').textContent()).toContain('You have only taken so far');

    await r.getByTestId('cg-draft').click();
    await expect.poll(() => r.getByTestId('cg-composer').count()).toBe(1);

    // A new tab at their profile (its load may fail here: the test browser has no network for new tabs).
    await r.getByTestId('cg-open').click();
    expect(await tabIdOf(browser, 'https://www.linkedin.com/in/amara-okafor/')).toBeGreaterThan(0);

    await r.getByTestId('cg-dormant').click();
    await expect.poll(() => r.getAttribute('data-status')).toBe('dormant');
    expect(await headings(popup)).toEqual(['Dormant (1)']);
  });

  it('shows the first rows of a long group and the rest on request', async () => {
    browser = await launch();
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    await importPeople(
      browser,
      Array.from({ length: 25 }, (_, i) => ({ ...inventPerson(i, new Date()), status: 'saved', nextFollowUp: later })),
    );
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => headings(popup)).toEqual(['Saved (25)']);
    expect(await popup.locator('[data-testid=cg-person]').count()).toBe(10);
    const more = popup.getByTestId('cg-show-more');
    expect(await more.textContent()).toBe('Show 15 more in Saved');
    await more.click();
    await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(25);
    expect(await more.count()).toBe(0);
  });

  it('follows a stage change made on the profile card while open', async () => {
    const { b, popup } = await start();
    const page = await b.context.newPage();
    await page.goto('https://www.linkedin.com/in/lior-ben-david-test/');
    await card(page).locator('[data-testid=cg-move]').selectOption('researching');
    await expect.poll(() => row(popup, 'lior-ben-david-test').getAttribute('data-status')).toBe('researching');
    expect(await headings(popup)).toEqual(['Saved (2)', 'Researching (1)']);
  });

  it('tells a new user what to do first', async () => {
    browser = await launch();
    const popup = await openExtensionPage(browser, 'popup.html');
    const empty = popup.getByTestId('cg-empty');
    await expect.poll(() => empty.textContent()).toContain('No one saved yet');
    expect(await empty.textContent()).toContain('press Save on the Common Ground card');
    expect(await popup.getByTestId('cg-search').count()).toBe(0);
    const options = browser.context.waitForEvent('page');
    await popup.getByTestId('cg-empty-options').click();
    expect((await options).url()).toContain('/options.html');
  });
});
