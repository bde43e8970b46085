/** The options page: settings, export / delete / import with nothing lost, templates checked at save. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles, sendToBackground } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

describe('settings', () => {
  it('keeps what was saved across a reload; an out-of-range value shows an inline error and saves nothing', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser, 'options.html#settings');
    await options.getByTestId('settings-accountType-premium').check();
    await options.getByTestId('settings-category-interest').uncheck();
    await options.getByTestId('settings-followUpDays').fill('10');
    await options.getByTestId('settings-reevaluateDays').fill('30');
    await options.getByTestId('settings-notifications').uncheck();
    await options.getByTestId('settings-save').click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toBe('Saved.');
    await options.reload();
    await expect.poll(() => options.getByTestId('settings-followUpDays').inputValue()).toBe('10');
    expect(await options.getByTestId('settings-accountType-premium').isChecked()).toBe(true);
    expect(await options.getByTestId('settings-category-interest').isChecked()).toBe(false);
    expect(await options.getByTestId('settings-reevaluateDays').inputValue()).toBe('30');
    expect(await options.getByTestId('settings-notifications').isChecked()).toBe(false);
    expect(await sendToBackground(browser, 'settings/get', {})).toMatchObject({ followUpDays: 10, reevaluateDays: 30 });

    await options.getByTestId('settings-followUpDays').fill('400');
    await options.getByTestId('settings-discreetMode').check();
    await options.getByTestId('settings-save').click();
    await expect
      .poll(() => options.getByTestId('settings-followUpDays-error').textContent())
      .toBe('A whole number of days from 1 to 90.');
    expect(await options.getByTestId('settings-followUpDays').getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByTestId('settings-status').textContent()).toContain('Not saved');
    expect(await sendToBackground(browser, 'settings/get', {})).toMatchObject({
      followUpDays: 10,
      discreetMode: false,
    });
    await options.reload();
    await expect.poll(() => options.getByTestId('settings-followUpDays').inputValue()).toBe('10');
    expect(await options.getByTestId('settings-discreetMode').isChecked()).toBe(false);
  });
});

describe('your data', () => {
  it('saves three people, moves and snoozes them, exports, deletes all, imports the export → everything back; a malformed file changes nothing', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    // Save three people from their profiles and move them through the pipeline.
    const page = await browser.context.newPage();
    for (const slug of ['amara-okafor', 'lior-ben-david-test', 'mateo-garcia-ruiz']) {
      await page.goto(`https://www.linkedin.com/in/${slug}/`);
      await card(page).locator('[data-testid=cg-save]').click();
      await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);
    }
    await page.goto(SAMPLE.url);
    for (const stage of ['researching', 'drafted', 'contacted']) {
      await card(page).locator('[data-testid=cg-move]').selectOption(stage);
      await expect.poll(() => card(page).locator('[data-testid=cg-status]').getAttribute('data-status')).toBe(stage);
    }
    await sendToBackground(browser, 'person/snooze', { slug: 'lior-ben-david-test', days: 7 });
    await sendToBackground(browser, 'me/save', { me: { name: 'Rosa Diaz', schools: ['UC San Diego'] } });
    const before = (await sendToBackground(browser, 'person/list', {})) as {
      slug: string;
      status: string;
      nextFollowUp?: string;
    }[];

    const options = await openExtensionPage(browser, 'options.html#data');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('data-export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^common-ground-v1-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(browser.userDataDir, 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.people.map((p: { slug: string }) => p.slug)).toEqual([
      'amara-okafor',
      'lior-ben-david-test',
      'mateo-garcia-ruiz',
    ]);

    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('data-export-csv').click()]);
    const csvFile = join(browser.userDataDir, 'export.csv');
    await csv.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8')).toMatch(/^\uFEFFName,Slug,URL/);

    await options.getByTestId('data-delete').click();
    await options.getByTestId('data-delete-typed').fill('DELETE');
    await options.getByTestId('data-delete-confirm').click();
    await expect.poll(() => options.getByTestId('data-deleted').count()).toBe(1);
    // The forms on the same page start again from the now empty store, without a reload.
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('');
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.getByTestId('cg-empty').count()).toBe(1);

    // A malformed file (a status that does not exist) is refused whole, with the field path.
    const bad = join(browser.userDataDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...exported, people: [{ ...exported.people[0], status: 'married' }] }));
    await options.getByTestId('data-import-file').setInputFiles(bad);
    await options.getByTestId('data-import').click();
    await expect.poll(() => options.getByTestId('data-import-error').textContent()).toContain('people.0.status');
    await popup.reload();
    await expect.poll(() => popup.getByTestId('cg-empty').count()).toBe(1);

    await options.getByTestId('data-import-file').setInputFiles(file);
    await options.getByTestId('data-import').click();
    await expect.poll(() => options.getByTestId('data-import-report').textContent()).toContain('Added 3');
    expect(await options.getByTestId('data-import-report').textContent()).toContain(SAMPLE.name);
    expect(await options.getByTestId('data-import-error').count()).toBe(0);
    // My profile came back with the file (the store was empty) and the form shows it.
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Rosa Diaz');
    // Everything is back, history and follow-ups included.
    expect(await sendToBackground(browser, 'person/list', {})).toEqual(before);
    await popup.reload();
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('contacted');
    const amara = (await sendToBackground(browser, 'person/get', { slug: SAMPLE.slug })) as {
      statusHistory: { status: string }[];
    };
    expect(amara.statusHistory.map((h) => h.status)).toEqual(['saved', 'researching', 'drafted', 'contacted']);

    // With people saved, a malformed file still changes nothing.
    await options.getByTestId('data-import-file').setInputFiles(bad);
    await options.getByTestId('data-import').click();
    await expect.poll(() => options.getByTestId('data-import-error').textContent()).toContain('people.0.status');
    expect(await options.getByTestId('data-import-report').count()).toBe(0);
    expect(await sendToBackground(browser, 'person/list', {})).toEqual(before);
  });

  it('asks before deleting: Cancel or a wrong word deletes nothing', async () => {
    browser = await launch();
    await routeProfiles(browser.context, SAMPLE.pages);
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').count()).toBe(1);

    const options = await openExtensionPage(browser, 'options.html#data');
    await options.getByTestId('data-delete').click();
    // Focus is in the confirmation box, so a keyboard user types straight away.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('cg-delete-confirm');
    await options.keyboard.type('delete');
    expect(await options.getByTestId('data-delete-confirm').isDisabled()).toBe(true);
    await options.keyboard.press('Escape');
    expect(await options.getByTestId('data-delete-typed').count()).toBe(0);
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('data-delete');
    expect(await sendToBackground(browser, 'person/list', {})).toHaveLength(1);
  });
});

describe('sections', () => {
  it('opens at a #section link with its heading focused, and the nav moves between sections', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser, 'options.html#settings');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('settings-title');
    // My profile is empty: the first-run welcome leads the page (tests/e2e/welcome.test.ts).
    expect(await options.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Welcome to Common Ground',
      'My profile',
      'Settings',
      'Message templates',
      'Your data',
    ]);
    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your data' }).click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('data-title');
    expect(await options.getByRole('heading', { name: 'Your data' }).isVisible()).toBe(true);
    // From the focused heading, Tab reaches the section's first control.
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('data-export-json');

    const profile = await openExtensionPage(browser, 'options.html#my-profile');
    await expect.poll(() => profile.evaluate(() => document.activeElement?.id)).toBe('my-profile-title');
    const unknown = await openExtensionPage(browser, 'options.html#nowhere');
    await expect.poll(() => unknown.getByTestId('settings-save').count()).toBe(1);
    expect(await unknown.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });
});

describe('message templates', () => {
  it('refuses an unknown placeholder with a suggestion, and keeps a valid template', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser, 'options.html#templates');
    await options.getByTestId('tpl-new').click();
    await options.getByTestId('tpl-name').fill('Short coffee ask');
    await options.getByTestId('tpl-body').fill('Hi {{frstName}}, would you have 15 minutes for a coffee?');
    await options.getByTestId('tpl-save').click();
    await expect.poll(() => options.getByTestId('tpl-error').textContent()).toContain('did you mean {{firstName}}');
    expect(await options.getByTestId('tpl-row').count()).toBe(0);

    await options.getByTestId('tpl-body').fill('Hi {{firstName}}, would you have 15 minutes for a coffee?');
    await options.getByTestId('tpl-save').click();
    await expect.poll(() => options.getByTestId('tpl-row').count()).toBe(1);
    await options.reload();
    await expect.poll(() => options.getByTestId('tpl-row').textContent()).toContain('Short coffee ask');
    expect(await sendToBackground(browser, 'templates/list', {})).toEqual([
      expect.objectContaining({
        kind: 'first-message',
        name: 'Short coffee ask',
        body: 'Hi {{firstName}}, would you have 15 minutes for a coffee?',
      }),
    ]);

    // A second one built by clicking placeholders at the cursor, as a follow-up.
    await options.getByTestId('tpl-new').click();
    await options.getByTestId('tpl-name').fill('Nudge');
    await options.getByTestId('tpl-kind').selectOption('follow-up');
    await options.getByTestId('tpl-body').fill('Hi , just following up.');
    await options.getByTestId('tpl-body').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
    await options.getByTestId('tpl-placeholder').filter({ hasText: '{{firstName}}' }).click();
    await expect.poll(() => options.getByTestId('tpl-body').inputValue()).toBe('Hi {{firstName}}, just following up.');
    await options.getByTestId('tpl-save').click();
    await expect.poll(() => options.getByTestId('tpl-row').count()).toBe(2);
    expect(await options.getByTestId('tpl-row').nth(1).textContent()).toContain('Follow-up');

    await options.getByRole('button', { name: 'Delete template Short coffee ask' }).click();
    await expect.poll(() => options.getByTestId('tpl-row').count()).toBe(1);
    await options.reload();
    await expect.poll(() => options.getByTestId('tpl-row').textContent()).toContain('Nudge');

    // The built-in templates are there to read.
    await options.getByTestId('tpl-built-in').locator('summary').click();
    expect(await options.getByTestId('tpl-built-in').textContent()).toContain('{{commonGround}}');
  });
});
