/**
 * First run (issue #15): installing opens a short welcome in the options page that starts with My
 * profile — *Use as my profile* on the user's own LinkedIn page, or typing it; the card on a profile
 * shows one clear next step while My profile is empty.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, routeProfiles } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('installing', () => {
  it('opens the welcome in the options page, which starts with My profile', async () => {
    browser = await launch(undefined, { keepWelcome: true });
    const welcome = browser.welcome;
    expect(welcome, 'a tab opened on install').not.toBeNull();
    if (!welcome) return;
    expect(new URL(welcome.url()).pathname + new URL(welcome.url()).hash).toBe('/options.html#welcome');
    const section = welcome.getByTestId('welcome');
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.locator('h2').textContent()).toBe('Welcome to Common Ground');
    expect(await welcome.getByTestId('welcome-own-profile').getAttribute('href')).toBe(
      'https://www.linkedin.com/in/me/',
    );
    expect(await section.textContent()).toContain('Use as my profile');
    // "type My profile" takes the keyboard to the form's first field.
    await welcome.getByTestId('welcome-type').click();
    await expect.poll(() => welcome.evaluate(() => document.activeElement?.id)).toBe('me-name');
  });

  it('shows one clear next step on a profile while My profile is empty', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const step = card(page).locator('[data-testid=cg-me-empty]');
    await expect.poll(() => step.count()).toBe(1);
    expect(await card(page).locator('[data-testid=cg-me-empty] button').count()).toBe(1);
    const options = browser.context.waitForEvent('page');
    await card(page).locator('[data-testid=cg-setup]').click();
    const opened = await options;
    await opened.waitForLoadState();
    expect(opened.url()).toContain('/options.html');
    await expect.poll(() => opened.getByTestId('welcome').count()).toBe(1);
  });
});
