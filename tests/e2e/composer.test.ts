/** Drafting as a person would: open the composer on a profile, copy a coffee ask, mark it sent. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, fixture, launch, openExtensionPage, routeProfiles, sendToBackground } from './browser';
import { PROFILES, SAMPLE } from './pages';

const ME = JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8'));
let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('the composer on a profile', () => {
  it('drafts a coffee ask from the common ground; Copy puts it on the clipboard; I sent it counts the touch', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    await sendToBackground(browser, 'me/save', { me: ME });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.linkedin.com',
    });
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const panel = (s: string) => page.locator(`common-ground-panel ${s}`);
    await panel('[data-testid=cg-save]').click();
    await expect.poll(() => panel('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');

    await panel('[data-testid=cg-draft-open]').click();
    await panel('[data-testid=cg-draft-kind]').selectOption('first-message');
    const text = panel('[data-testid=cg-draft-text]');
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Amara/);
    const body = await text.inputValue();
    expect(body).toMatch(/Erasmus|EUR/);
    expect(body).toMatch(/coffee|call/);
    expect(body).not.toMatch(/relocat|move to/i);
    expect(await panel('[data-testid=cg-draft-meter]').textContent()).toMatch(/^\d+ \/ 3000$/);

    // Edits are kept and measured live; a note over its limit says what to cut.
    await panel('[data-testid=cg-draft-kind]').selectOption('connection-note');
    await expect.poll(() => panel('[data-testid=cg-draft-meter]').textContent()).toMatch(/ \/ 200$/);
    const note = await text.inputValue();
    await text.fill(`${note} ${'Really looking forward to it. '.repeat(4)}`);
    await expect.poll(() => panel('[data-testid=cg-draft-meter]').textContent()).toMatch(/over$/);
    await text.fill(note);

    await panel('[data-testid=cg-draft-kind]').selectOption('first-message');
    await expect.poll(() => text.inputValue()).toBe(body);
    await panel('[data-testid=cg-draft-copy]').click();
    await expect.poll(() => panel('[data-testid=cg-draft-status]').textContent()).toBe('Copied. Marked as drafted.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    await expect.poll(() => panel('[data-testid=cg-status]').getAttribute('data-status')).toBe('drafted');

    await panel('[data-testid=cg-draft-sent]').click();
    await expect.poll(() => panel('[data-testid=cg-status]').getAttribute('data-status')).toBe('contacted');

    const popup = await openExtensionPage(browser, 'popup.html');
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('contacted');
    expect(await row.getByTestId('cg-touches').textContent()).toContain('1 message sent');
  });
});
