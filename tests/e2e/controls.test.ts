/**
 * The everyday controls (issue #15), used as a person would: save as the suggested role, change the
 * role, jump Saved → Meeting, undo a stage change and a removal, remove one person and keep the others.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  routeProfiles,
  sendToBackground,
  tabIdOf,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

const ME = JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8'));

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

async function start(): Promise<ExtensionBrowser> {
  const b = await launch();
  await routeProfiles(b.context, PROFILES);
  await sendToBackground(b, 'me/save', { me: ME });
  return b;
}

const at = (page: Page, css: string) => card(page).locator(css);
const status = (page: Page) => at(page, '[data-testid=cg-status]');

describe('on the card', () => {
  it('saves as the suggested role, changes the role, jumps Saved → Meeting and undoes it', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    // Amara is a likely sponsor: that is the main button; the other roles are one Tab away.
    const save = at(page, '[data-testid=cg-save]');
    expect(await save.textContent()).toBe('Save as potential sponsor');
    await save.focus();
    await page.keyboard.press('Tab');
    expect(
      await at(page, '[data-testid=cg-save-mentor]').evaluate(
        (el) => el === document.activeElement || el.matches(':focus'),
      ),
    ).toBe(true);
    await save.click();
    await expect.poll(() => status(page).textContent()).toBe('Sponsor · Saved');

    await at(page, '[data-testid=cg-role]').selectOption('mentor');
    await expect.poll(() => status(page).textContent()).toBe('Mentor · Saved');
    expect(await at(page, '[data-testid=cg-toast-message]').textContent()).toBe(
      'Amara Okafor is now saved as a mentor',
    );

    // Straight from Saved to Meeting: the user knows a meeting happened.
    await at(page, '[data-testid=cg-move]').selectOption('meeting');
    await expect.poll(() => status(page).getAttribute('data-status')).toBe('meeting');
    expect(await at(page, '[data-testid=cg-toast-message]').textContent()).toBe('Moved Amara Okafor to Meeting');
    await at(page, '[data-testid=cg-undo]').click();
    await expect.poll(() => status(page).getAttribute('data-status')).toBe('saved');
    expect(await status(page).textContent()).toBe('Mentor · Saved');
    expect(await at(page, '[data-testid=cg-toast-message]').textContent()).toBe('Undid: Moved Amara Okafor to Meeting');

    // The history keeps the truth: the move and its undo are both there.
    const person = (await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })) as {
      statusHistory: { status: string; undo?: boolean }[];
    };
    expect(person.statusHistory.map((h) => `${h.status}${h.undo ? ' (undo)' : ''}`)).toEqual([
      'saved',
      'meeting',
      'saved (undo)',
    ]);
  });

  it('removes the person from the card, and Undo puts them back with their notes', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await at(page, '[data-testid=cg-save]').click();
    await at(page, '[data-testid=cg-note-input]').fill('Met at the Rotterdam meetup');
    await at(page, '[data-testid=cg-note-add]').click();
    await expect.poll(() => at(page, '[data-testid=cg-notes]').textContent()).toBe('Met at the Rotterdam meetup');

    await at(page, '[data-testid=cg-remove]').click();
    await expect.poll(() => at(page, '[data-testid=cg-save]').count()).toBe(1);
    expect(await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })).toBeNull();
    await at(page, '[data-testid=cg-undo]').click();
    await expect.poll(() => at(page, '[data-testid=cg-notes]').textContent()).toBe('Met at the Rotterdam meetup');
    expect(await status(page).textContent()).toBe('Sponsor · Saved');
  });
});

describe('in the side panel', () => {
  it('changes the role, the stage and the follow-up beside the page, and undoes a change; the card follows', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await at(page, '[data-testid=cg-save-connector]').click();
    await expect.poll(() => status(page).textContent()).toBe('Connector · Saved');
    const side = await openExtensionPage(browser, `sidepanel.html?tab=${await tabIdOf(browser, SAMPLE.url)}`);
    const sideStatus = side.getByTestId('cg-status');
    await expect.poll(() => sideStatus.textContent()).toBe('Connector · Saved');

    await side.getByTestId('cg-role').selectOption('both');
    await expect.poll(() => sideStatus.textContent()).toBe('Sponsor & mentor · Saved');
    await expect.poll(() => status(page).textContent()).toBe('Sponsor & mentor · Saved');

    await side.getByTestId('cg-followup-date').fill('2027-01-15');
    await expect
      .poll(() => side.getByTestId('cg-toast-message').textContent())
      .toBe('Changed the follow-up with Amara Okafor');
    await side.getByTestId('cg-move').selectOption('mentoring');
    await expect.poll(() => sideStatus.getAttribute('data-status')).toBe('mentoring');
    await expect.poll(() => status(page).getAttribute('data-status')).toBe('mentoring');
    await side.getByTestId('cg-undo').click();
    await expect.poll(() => sideStatus.getAttribute('data-status')).toBe('saved');
    await expect.poll(() => status(page).getAttribute('data-status')).toBe('saved');
    const person = (await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })) as {
      role: string;
      nextFollowUp: string;
    };
    expect(person.role).toBe('both');
    expect(person.nextFollowUp.slice(0, 10)).toBe('2027-01-15');
  });
});

describe('in the popup', () => {
  it('removes one person and keeps the others; Undo brings them back; a stage jump is undone too', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    for (const slug of ['amara-okafor', 'lior-ben-david-test', 'mateo-garcia-ruiz']) {
      await page.goto(`https://www.linkedin.com/in/${slug}/`);
      await at(page, '[data-testid=cg-save]').click();
      await expect.poll(() => status(page).count()).toBe(1);
    }
    await page.close();
    const popup = await openExtensionPage(browser, 'popup.html');
    const people = popup.locator('[data-testid=cg-person]');
    await expect.poll(() => people.count()).toBe(3);
    const row = (slug: string) => popup.locator(`[data-testid=cg-person][data-slug="${slug}"]`);

    await row('lior-ben-david-test').getByTestId('cg-details').click();
    await row('lior-ben-david-test').getByTestId('cg-move').selectOption('meeting');
    await expect.poll(() => row('lior-ben-david-test').getAttribute('data-status')).toBe('meeting');
    await popup.getByTestId('cg-undo').click();
    await expect.poll(() => row('lior-ben-david-test').getAttribute('data-status')).toBe('saved');
    await expect
      .poll(() => popup.getByTestId('cg-toast-message').textContent())
      .toMatch(/^Undid: Moved .* to Meeting$/);

    // The details stay open through the move and its undo.
    await row('lior-ben-david-test').getByTestId('cg-role').selectOption('connector');
    await expect
      .poll(() => row('lior-ben-david-test').getByTestId('cg-person-status').textContent())
      .toMatch(/^Connector/);
    await row('lior-ben-david-test').getByTestId('cg-remove').click();
    await expect.poll(() => people.count()).toBe(2);
    expect(await people.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')).sort())).toEqual([
      'amara-okafor',
      'mateo-garcia-ruiz',
    ]);
    await popup.getByTestId('cg-undo').click();
    await expect.poll(() => people.count()).toBe(3);
    await expect
      .poll(() => row('lior-ben-david-test').getByTestId('cg-person-status').textContent())
      .toMatch(/^Connector/);
  });
});

describe('popup search', () => {
  it('finds people by place and by note, and counts “1 match” / “0 matches”', async () => {
    browser = await start();
    const page = await browser.context.newPage();
    for (const slug of ['amara-okafor', 'lior-ben-david-test', 'mateo-garcia-ruiz']) {
      await page.goto(`https://www.linkedin.com/in/${slug}/`);
      await at(page, '[data-testid=cg-save]').click();
      await expect.poll(() => status(page).count()).toBe(1);
    }
    await at(page, '[data-testid=cg-note-input]').fill('Ask about the Lisbon offsite');
    await at(page, '[data-testid=cg-note-add]').click();
    await expect.poll(() => at(page, '[data-testid=cg-notes]').count()).toBe(1);
    const amara = (await sendToBackground(browser, 'person/get', { slug: 'amara-okafor' })) as {
      profile: { location: string };
    };
    const city = amara.profile.location.split(',')[0] as string;

    const popup = await openExtensionPage(browser, 'popup.html');
    const people = popup.locator('[data-testid=cg-person]');
    await expect.poll(() => people.count()).toBe(3);
    const search = popup.getByTestId('cg-search');
    const shown = () => people.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));

    await search.fill(city.toUpperCase());
    await expect.poll(shown).toEqual(['amara-okafor']);
    expect(await popup.getByTestId('cg-summary').textContent()).toBe('3 saved · 1 match');

    await search.fill('lisbon');
    await expect.poll(shown).toEqual(['mateo-garcia-ruiz']);

    await search.fill('nobody-here');
    await expect.poll(() => popup.getByTestId('cg-no-match').count()).toBe(1);
    expect(await popup.getByTestId('cg-summary').textContent()).toBe('3 saved · 0 matches');
  });
});
