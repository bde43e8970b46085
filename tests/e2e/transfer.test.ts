/**
 * Export and import through the options page at scale and byte for byte: 100,000 people with long
 * notes (a file made in Node, set on the file input, exported back), and a round trip with non-default
 * settings, My profile, templates, long notes and odd Unicode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '@/utils/outreach/transfer';
import { type Person, Settings } from '@/utils/schema';
import { type ExtensionBrowser, importThroughPort, launch, openExtensionPage, sendToBackground } from './browser';
import { inventPerson } from './popup-bench';
import { longNote, transferPeople } from './transfer-bench';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

/** The file without its `exportedAt` line, which differs between two exports. */
const withoutDate = (text: string) => text.replace(/\n {2}"exportedAt": "[^"]+",\n/, '\n');

/** Click an export button and return the downloaded file's text and name. */
async function exportVia(options: Page, b: ExtensionBrowser, format: 'json' | 'csv', file: string) {
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: 60_000 }),
    options.getByTestId(`data-export-${format}`).click(),
  ]);
  const path = join(b.userDataDir, file);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Choose a file on the import input, click Import and wait for the report (or the refusal). */
async function importVia(options: Page, path: string): Promise<string> {
  await options.getByTestId('data-import-file').setInputFiles(path);
  await options.getByTestId('data-import').click();
  await options.waitForSelector('[data-testid=data-import-report], [data-testid=data-import-error]', {
    timeout: 60_000,
  });
  const error = options.getByTestId('data-import-error');
  if (await error.count()) throw new Error(`Import refused: ${await error.textContent()}`);
  return (await options.getByTestId('data-import-report').textContent()) ?? '';
}

describe('export and import through the options page', () => {
  it('imports 100,000 people with long notes from a file, reports them, and exports the same file back', async () => {
    const started = performance.now();
    const now = new Date();
    const people = transferPeople(100_000, now);
    const text = serializeExport(buildExport({ me: null, settings: Settings.parse({}), people, templates: [], now }));
    browser = await launch();
    const file = join(browser.userDataDir, 'hundred-thousand.json');
    writeFileSync(file, text);

    const options = await openExtensionPage(browser, 'options.html#data');
    await options.getByTestId('data-import-file').setInputFiles(file);
    const importStart = performance.now();
    await options.getByTestId('data-import').click();
    // Progress shows while it runs, and the rest of the page stays usable.
    await options.getByTestId('data-progress').waitFor({ timeout: 30_000 });
    await options.getByTestId('settings-followUpDays').fill('9');
    expect(await options.getByTestId('settings-followUpDays').inputValue()).toBe('9');
    await options.getByTestId('data-import-report').waitFor({ timeout: 60_000 });
    const importMs = performance.now() - importStart;
    const report = (await options.getByTestId('data-import-report').textContent()) ?? '';
    expect(report).toMatch(
      /^Imported 100,000 people\. Added 100,000 \(Ada Okafor 0, .*, and 99,990 more\), merged 0, unchanged 0\./,
    );
    expect(report).toContain('Settings: taken from the file');
    expect(await options.getByTestId('data-import-error').count()).toBe(0);
    const seven = (await sendToBackground(browser, 'person/get', { slug: 'bench-person-10007' })) as Person;
    expect(seven.notes === longNote(10_007)).toBe(true);

    const exportStart = performance.now();
    const out = await exportVia(options, browser, 'json', 'export.json');
    const exportMs = performance.now() - exportStart;
    expect(out.name).toMatch(/^common-ground-v1-\d{4}-\d{2}-\d{2}\.json$/);
    expect(out.text.length).toBe(text.length);
    expect(withoutDate(out.text) === withoutDate(text)).toBe(true);
    console.log(
      `100,000 people (${(text.length / 1e6).toFixed(0)} MB): import ${Math.round(importMs)} ms, export ${Math.round(exportMs)} ms, test ${Math.round(performance.now() - started)} ms`,
    );
  }, 120_000);

  it('round trip with non-default settings, My profile, templates, long notes and Unicode: export → delete all → import → export is byte for byte', async () => {
    browser = await launch();
    const b = browser;
    await sendToBackground(b, 'settings/save', {
      settings: {
        discreetMode: true,
        accountType: 'premium',
        categories: { almaMater: true, hometown: false, interest: true, employer: false },
        followUpDays: 11,
        reevaluateDays: 45,
        notifications: false,
      },
    });
    await sendToBackground(b, 'me/save', {
      me: {
        name: 'Zoë Ångström-Okafor',
        schools: ['UC San Diego', 'Universität Wien'],
        hometowns: ['Köln'],
        placesLived: ['Greater Boston'],
        employers: ['Northwind'],
        interests: ['k8s', 'road cycling'],
        goals: 'Lead a platform team 🚀',
        limits: 'Not willing to relocate',
        offers: 'RFC reviews',
        seniority: 'Staff Engineer',
      },
    });
    await sendToBackground(b, 'templates/save', {
      template: { id: 'tpl-1', kind: 'first-message', name: 'Coffee ☕', subject: 'Coffee?', body: 'Hi {{firstName}}' },
    });
    await sendToBackground(b, 'templates/save', {
      template: { id: 'tpl-2', kind: 'follow-up', name: 'Nudge', body: 'Just checking in — 你好' },
    });
    const now = new Date();
    const hostile = inventPerson(1, now);
    const people: Person[] = [
      { ...inventPerson(0, now), notes: longNote(0), tags: ['alumni', 'Köln'] },
      { ...hostile, profile: { ...hostile.profile, name: 'Ann;=HYPERLINK("http://x")' } },
      {
        ...inventPerson(2, now),
        statusHistory: [
          { status: 'saved', at: '2026-01-01T10:00:00.000Z' },
          { status: 'contacted', at: '2026-01-03T10:00:00.000Z', note: 'sent 👋' },
        ],
        status: 'contacted',
        gave: [{ what: 'Reviewed the RFC', at: '2026-01-02T10:00:00.000Z' }],
        snapshotAt: '2026-01-04T10:00:00.000Z',
      },
    ];
    await importThroughPort(b, serializeExport(buildExport({ me: null, settings: {}, people, templates: [], now })));

    const options = await openExtensionPage(b, 'options.html#data');
    const first = await exportVia(options, b, 'json', 'first.json');
    const csv = await exportVia(options, b, 'csv', 'people.csv');
    expect(csv.text).toContain(`"Ann;'=HYPERLINK(""http://x"")"`);

    await options.getByTestId('data-delete').click();
    await options.getByTestId('data-delete-typed').fill('DELETE');
    await options.getByTestId('data-delete-confirm').click();
    await expect.poll(() => options.getByTestId('data-deleted').count()).toBe(1);
    await expect.poll(() => options.getByTestId('settings-followUpDays').inputValue()).toBe('7');

    const report = await importVia(options, join(b.userDataDir, 'first.json'));
    expect(report).toContain('Imported 3 people. Added 3');
    expect(report).toContain('Settings: taken from the file');
    expect(report).toContain('My profile: taken from the file');
    expect(report).toContain('Templates: 2 added');
    // The forms show what came back, without a reload.
    await expect.poll(() => options.getByTestId('settings-followUpDays').inputValue()).toBe('11');
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Zoë Ångström-Okafor');

    const second = await exportVia(options, b, 'json', 'second.json');
    expect(withoutDate(second.text) === withoutDate(first.text)).toBe(true);
    expect(JSON.parse(second.text).settings).toMatchObject({ discreetMode: true, followUpDays: 11 });

    // Importing the same file again changes nothing, and says so.
    const again = await importVia(options, join(b.userDataDir, 'first.json'));
    expect(again).toContain('Added 0, merged 0, unchanged 3');
    expect(again).toContain('Settings: the same as yours.');
  });
});
