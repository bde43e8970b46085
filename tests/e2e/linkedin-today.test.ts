/**
 * Today's LinkedIn in the built extension: a real 2026 page of another member (when
 * ../shared/linkedin/pages is present), a `/details/<section>/` page, and a profile on a country host.
 * Reads what is on screen through the closed card's driver (tests/e2e/card.ts); headline and degree,
 * which the card does not print, come from the background's card for the tab (what the side panel shows).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/schema';
import {
  type ExtensionBrowser,
  fixture,
  launch,
  routeProfiles,
  SHARED_PAGES,
  sendToBackground,
  tabIdOf,
} from './browser';
import { card } from './card';

const REAL_2ND = join(SHARED_PAGES, 'e-2026-04-other-2nd.html');
const name = (page: Page) => card(page).locator('[data-testid=cg-name]').textContent();

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launch();
  await sendToBackground(browser, 'me/save', { me: { name: 'Rosa Diaz', schools: ['UC San Diego'] } });
});
afterAll(() => browser?.dispose());
beforeEach(async () => {
  await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
  await browser.context.route('**/*', (r) =>
    r.request().url().startsWith('chrome-extension://') ? r.continue() : r.fulfill({ status: 404, body: '' }),
  );
});

/** The profile the background holds for the tab at `url` (the side panel's card). */
async function tabProfile(url: string): Promise<Profile> {
  const tabId = await tabIdOf(browser, url);
  const tab = (await sendToBackground(browser, 'tab/card', { tabId })) as
    | { state: 'profile'; card: { profile: Profile } }
    | { state: 'unreadable' | 'none' };
  if (tab.state !== 'profile') throw new Error(`no card for ${url}`);
  return tab.card.profile;
}

if (!existsSync(REAL_2ND)) console.warn(`Skipping the real 2026 page browser test: ${REAL_2ND} is not there.`);

describe.skipIf(!existsSync(REAL_2ND))('a real 2026 page of another member (e-2026-04-other-2nd.html)', () => {
  it('shows the card with the right name, headline and degree', async () => {
    await routeProfiles(browser.context, { prafful026: REAL_2ND });
    const page = await browser.context.newPage();
    const url = 'https://www.linkedin.com/in/prafful026/';
    await page.goto(url);
    await expect.poll(() => name(page), { timeout: 15_000 }).toBe('Prafful Agrawal');
    expect(await card(page).count()).toBe(1);
    // A 2nd-degree member: the card must not say they are already a connection.
    expect(await card(page).locator('.cg-card').first().textContent()).not.toContain('Already a 1st-degree connection');
    await expect
      .poll(async () => {
        const p = await tabProfile(url).catch(() => null);
        return p && { headline: p.headline, degree: p.degree };
      })
      .toEqual({ headline: 'Senior Software Engineer @ Mercari, Japan', degree: '2nd' });
    await page.close();
  });
});

const REAL_PL = join(SHARED_PAGES, 'e-2026-05-pl-3rd.html');
describe.skipIf(!existsSync(REAL_PL))('a real Polish-UI page saved as <main> only (e-2026-05-pl-3rd.html)', () => {
  it('loads the other languages’ words on demand and reads what only they decide', async () => {
    await routeProfiles(browser.context, { 'szymon-nędza-31a654250': REAL_PL });
    const page = await browser.context.newPage();
    const url = 'https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250/';
    await page.goto(url);
    await expect.poll(() => name(page), { timeout: 15_000 }).toBe('Szymon Nędza');
    const p = await tabProfile(url);
    expect(p).toMatchObject({ headline: 'Listonsz w firmie Poczta Polska S. A.', degree: '3rd', connections: 26 });
    // "· Praca stacjonarna" is a workplace type only the Polish table knows.
    expect(p.experience.map((e) => e.location)).toContain('Rzeszów, Woj. Podkarpackie, Polska');
    await page.close();
  });
});

describe('details pages and country hosts', () => {
  it('a routed /details/experience/ page shows the card, and a saved person gets the complete list', async () => {
    await routeProfiles(browser.context, {
      'amara-okafor': fixture('linkedin/sdui-amara-okafor.html'),
      'amara-okafor/details/experience': fixture('linkedin/details-amara-okafor-experience.html'),
    });
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/in/amara-okafor/');
    await expect.poll(() => name(page), { timeout: 15_000 }).toBe('Amara Okafor');
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);
    const before = (await sendToBackground(browser, 'person/get', { slug: 'amara-okafor' })) as { profile: Profile };

    await page.goto('https://www.linkedin.com/in/amara-okafor/details/experience/');
    await expect.poll(() => name(page), { timeout: 15_000 }).toBe('Amara Okafor');
    await expect
      .poll(async () => {
        const p = (await sendToBackground(browser, 'person/get', { slug: 'amara-okafor' })) as { profile: Profile };
        return p.profile.experience.length;
      })
      .toBeGreaterThan(before.profile.experience.length);
    const after = (await sendToBackground(browser, 'person/get', { slug: 'amara-okafor' })) as { profile: Profile };
    // What the main page gave is not erased by a page that shows one list.
    expect(after.profile.headline).toBe(before.profile.headline);
    expect(after.profile.education).toEqual(before.profile.education);
    await page.close();
  });

  it.each([
    ['se.linkedin.com', 'https://se.linkedin.com/in/katrin-vogel-4711/'],
    ['bare linkedin.com', 'https://linkedin.com/in/katrin-vogel-4711/'],
  ])('a profile on %s shows the card', async (_host, url) => {
    await routeProfiles(browser.context, {
      'katrin-vogel-4711': fixture('linkedin/sdui-2026-de-2nd-katrin-vogel.html'),
    });
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => name(page), { timeout: 15_000 }).toBe('Katrin Vogel');
    expect(await card(page).count()).toBe(1);
    await page.close();
  });
});
