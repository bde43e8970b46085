/**
 * Drafting as a person would: open the composer on a profile (in the page, then in the side panel),
 * copy a message, mark it sent.
 */
import { readFileSync } from 'node:fs';
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
    const panel = (s: string) => card(page).locator(s);
    await panel('[data-testid=cg-save]').click();
    await expect.poll(() => panel('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');

    await panel('[data-testid=cg-draft-open]').click();
    await panel('[data-testid=cg-draft-kind]').selectOption('first-message');
    const text = panel('[data-testid=cg-draft-text]');
    await expect.poll(() => panel('[data-testid=cg-draft-meter]').textContent()).toMatch(/ \/ 3000$/);
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Amara/);
    const body = await text.inputValue();
    expect(body).toMatch(/Erasmus/);
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

    // A thank-you asks for what only the user knows, and drafts with those words.
    await panel('[data-testid=cg-draft-kind]').selectOption('thank-you');
    await expect.poll(() => panel('[data-testid=cg-draft-notice]').textContent()).toContain('What you discussed');
    const thanks = await text.inputValue();
    expect(thanks).not.toMatch(/we discussed|summary|by friday/i);
    await panel('[data-testid=cg-draft-note]').fill('how to prepare for the promotion panel');
    await page.keyboard.press('Tab'); // leaving the field redrafts with the words
    await expect
      .poll(() => text.inputValue())
      .toContain('What stayed with me most: how to prepare for the promotion panel.');
    expect(await panel('[data-testid=cg-draft-notice]').count()).toBe(0);

    const popup = await openExtensionPage(browser, 'popup.html');
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('contacted');
    expect(await row.getByTestId('cg-touches').textContent()).toContain('1 message sent');
  });
});

describe('the composer in the side panel', () => {
  it('drafts a first message from the shared school; Copy puts exactly the text on the clipboard; I sent it counts the touch', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);

    // My profile, typed in the options page: the sample person also studied at Erasmus and lives in Rotterdam.
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Your name').fill('Rosa Diaz');
    await options.getByLabel('Schools').fill('Erasmus University Rotterdam, MSc 2015');
    await options.getByLabel('Hometowns').fill('Rotterdam, Netherlands');
    await options.getByLabel('Goals').fill('Grow into an engineering manager role');
    await options.getByLabel('Limits').fill('Not willing to relocate');
    await options.getByTestId('me-save').click();
    await expect.poll(() => options.getByTestId('me-status').textContent()).toBe('Saved.');

    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    const tabId = await tabIdOf(browser, SAMPLE.url);
    await expect
      .poll(async () => ((await sendToBackground(browser!, 'tab/card', { tabId })) as { state: string }).state)
      .toBe('profile');

    const side = await openExtensionPage(browser, `sidepanel.html?tab=${tabId}`);
    const at = (s: string) => side.locator(`[data-testid=cg-sidepanel] ${s}`);
    await expect.poll(() => at('[data-testid=cg-name]').textContent()).toBe(SAMPLE.name);

    // Not saved yet: Copy works, but nothing can be tracked.
    await expect.poll(() => at('[data-testid=cg-draft-text]').inputValue()).not.toBe('');
    expect(await at('[data-testid=cg-draft-sent]').count()).toBe(0);
    expect(await at('[data-testid=cg-composer]').textContent()).toContain('Save this person to track the draft.');

    await at('[data-testid=cg-save]').click();
    await expect.poll(() => at('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');

    await at('[data-testid=cg-draft-kind]').selectOption({ label: 'First message' });
    const text = at('[data-testid=cg-draft-text]');
    // The connection note shown before also starts "Hi Amara": wait for the first message's limit.
    await expect.poll(() => at('[data-testid=cg-draft-meter]').textContent()).toMatch(/ \/ 3000$/);
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Amara/);
    const body = await text.inputValue();
    expect(body).toMatch(/Erasmus/);
    expect(body).not.toMatch(/relocat|move to/i);
    expect(await at('[data-testid=cg-draft-meter]').textContent()).toBe(
      `${body.length + (body.match(/\n/g)?.length ?? 0)} / 3000`,
    );

    // The next variant is another message; coming back gives the first one again.
    await at('[data-testid=cg-draft-variant] button[aria-label="Next variant"]').click();
    await expect.poll(() => at('[data-testid=cg-draft-variant]').textContent()).toContain('Variant 2 of');
    await expect.poll(() => text.inputValue()).not.toBe(body);
    await at('[data-testid=cg-draft-variant] button[aria-label="Previous variant"]').click();
    await expect.poll(() => text.inputValue()).toBe(body);

    // A personal touch is kept, and it is what gets copied.
    await text.fill(`${body}\nP.S. Go Erasmus!`);
    await side.bringToFront();
    await at('[data-testid=cg-draft-copy]').click();
    await expect.poll(() => at('[data-testid=cg-draft-status]').textContent()).toBe('Copied. Marked as drafted.');
    // Chromium grants clipboard-read only to web origins (an extension origin is "opaque" to it), so read
    // the clipboard from the LinkedIn tab: there is one clipboard.
    await browser.context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await text.inputValue());
    expect(copied).toContain('P.S. Go Erasmus!');
    await expect.poll(() => at('[data-testid=cg-status]').getAttribute('data-status')).toBe('drafted');

    await at('[data-testid=cg-draft-sent]').click();
    await expect.poll(() => at('[data-testid=cg-status]').getAttribute('data-status')).toBe('contacted');
    expect(await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })).toMatchObject({
      status: 'contacted',
      touches: 1,
    });

    const popup = await openExtensionPage(browser, 'popup.html');
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('contacted');
    expect(await row.getByTestId('cg-touches').textContent()).toContain('1 message sent');
  });
});
