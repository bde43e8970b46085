/**
 * The first slice end to end in real Chromium: read a profile, save the person, list them in the
 * popup across a browser restart, fill My profile, hostile text stays text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('a new user', () => {
  it('opens a profile and sees the panel with the person’s name', async () => {
    browser = await launch();
    await routeProfiles(browser.context, SAMPLE.pages);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await expect.poll(() => card(page).locator('[data-testid=cg-name]').textContent()).toBe(SAMPLE.name);
    expect(await card(page).count()).toBe(1);
  });

  it('saves the person, finds them in the popup, and still after a browser restart', async () => {
    browser = await launch();
    await routeProfiles(browser.context, SAMPLE.pages);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');

    const popup = await openExtensionPage(browser, 'popup.html');
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('saved');
    expect(await row.textContent()).toContain(SAMPLE.name);

    const dir = browser.userDataDir;
    await browser.close();
    browser = await launch(dir);
    const again = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => again.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`).count()).toBe(1);
  });

  it('sees what to do first when nothing is saved yet', async () => {
    browser = await launch();
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.locator('[data-testid=cg-empty]').textContent()).toContain('No one saved yet');
  });

  it('fills My profile, reloads and finds it kept; an invalid entry shows an inline error and saves nothing', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Your name').fill('Rosa Diaz');
    await options.getByLabel('Schools').fill('Kellogg School of Management\nUC San Diego');
    await options.getByLabel('Hometowns').fill('Somerville, Massachusetts');
    await options.getByLabel('Interests').fill('Road cycling\nSourdough baking');
    await options.getByLabel('Limits').fill('Not willing to relocate');
    await options.getByTestId('me-save').click();
    await expect.poll(() => options.getByTestId('me-status').textContent()).toBe('Saved.');

    await options.reload();
    await expect
      .poll(() => options.getByLabel('Schools').inputValue())
      .toBe('Kellogg School of Management\nUC San Diego');
    expect(await options.getByLabel('Your name').inputValue()).toBe('Rosa Diaz');
    expect(await options.getByLabel('Limits').inputValue()).toBe('Not willing to relocate');

    await options.getByLabel('Employers').fill('Acme Corp\n12345');
    await options.getByLabel('Your name').fill('Rosa D.');
    await options.getByTestId('me-save').click();
    await expect.poll(() => options.getByTestId('me-employers-error').textContent()).toContain('Must contain a letter');
    expect(await options.getByLabel('Employers').getAttribute('aria-invalid')).toBe('true');

    await options.reload();
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Rosa Diaz');
    expect(await options.getByLabel('Employers').inputValue()).toBe('');
  });

  it('sees hostile markup in a profile as text, and nothing runs', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('https://www.linkedin.com/in/robin-hostile-test/');
    const name = card(page).locator('[data-testid=cg-name]');
    await expect.poll(() => name.textContent()).toBe('Robin <img src=x onerror=alert(1)> Tables');
    expect(await card(page).locator('img').count()).toBe(0);
    await card(page).locator('[data-testid=cg-save]').click();
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect
      .poll(() => popup.locator('[data-testid=cg-person]').textContent())
      .toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('[data-testid=cg-person] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

// The built manifests (LinkedIn hosts only, no externally_connectable, no web-accessible resources)
// are checked for Chrome and Firefox in manifests.test.ts.
