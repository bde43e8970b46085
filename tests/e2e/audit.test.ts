/**
 * Release audit in real Chromium, beyond manifests.test.ts and privacy.test.ts: during a journey over
 * every surface (profiles, save, stage, composer, popup search, options export JSON and CSV, import,
 * side panel, a service-worker restart and what runs after it) nothing is requested but the LinkedIn
 * pages the person opens and the extension's own files — an allow-list, not a comparison. And the
 * Firefox build declares that it collects nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  ROOT,
  routeProfiles,
  sendToBackground,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

/** Why a request is not allowed, or null when it is. */
function refusal(url: string, resourceType: string): string | null {
  if (/^(chrome-extension|data|blob):/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `unparseable URL ${url}`;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== 'www.linkedin.com') return `${resourceType} to ${parsed.origin}`;
  if (resourceType === 'document' && /^\/in\/[^/]+\//.test(parsed.pathname)) return null;
  if (parsed.pathname === '/favicon.ico') return null; // the browser's own, for the tab
  return `${resourceType} to ${url} (LinkedIn, but not a profile page the person opened)`;
}

describe('the allow-list', () => {
  it.each([
    ['chrome-extension://abc/popup.html', 'document', true],
    ['https://www.linkedin.com/in/amara-okafor/', 'document', true],
    ['https://www.linkedin.com/favicon.ico', 'other', true],
    ['(negative) https://www.linkedin.com/voyager/api/identity/profiles/x', 'fetch', false],
    ['(negative) https://www.linkedin.com/in/amara-okafor/', 'fetch', false],
    ['(negative) https://example.com/collect?x=1', 'image', false],
    ['(negative) http://www.linkedin.com/in/amara-okafor/', 'document', false],
    ['(negative) https://static.licdn.com/sc/h/app.js', 'script', false],
  ])('%s (%s) → allowed: %s', (url, type, allowed) => {
    expect(refusal(url.replace('(negative) ', ''), type) === null).toBe(allowed);
  });
});

describe('network audit', () => {
  it('requests nothing but opened LinkedIn profiles and its own files, even after a worker restart', async () => {
    browser = await launch();
    const b = browser;
    await routeProfiles(b.context, PROFILES);
    const seen: { url: string; type: string; via: string }[] = [];
    const record = (via: string) => (r: Request) => seen.push({ url: r.url(), type: r.resourceType(), via });
    b.context.on('request', record('request'));
    // Registered last, so it sees every routed request first (service worker fetches included).
    await b.context.route('**/*', (route) => {
      record('route')(route.request());
      return route.fallback();
    });

    await sendToBackground(b, 'me/save', { me: JSON.parse(readFileSync(fixture('me-rosa.json'), 'utf8')) });
    const page = await b.context.newPage();
    await page.goto(SAMPLE.url);
    const panel = (s: string) => card(page).locator(s);
    await panel('[data-testid=cg-save]').click();
    await expect.poll(() => panel('[data-testid=cg-status]').count()).toBe(1);
    await panel('[data-testid=cg-move]').selectOption('researching');
    await panel('[data-testid=cg-draft-open]').click();
    await expect.poll(() => panel('[data-testid=cg-draft-text]').count()).toBe(1);
    for (const slug of ['lior-ben-david-test', 'mateo-garcia-ruiz', 'sofia-marquez-ux']) {
      await page.goto(`https://www.linkedin.com/in/${slug}/`);
      await expect.poll(() => panel('[data-testid=cg-name]').count()).toBe(1);
    }

    // The worker stops, as Chrome stops idle workers; the next actions wake a new one.
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto('https://www.linkedin.com/in/noa-ben-david/');
    await expect.poll(() => panel('[data-testid=cg-name]').count()).toBe(1);
    await panel('[data-testid=cg-save]').click();
    await expect.poll(() => panel('[data-testid=cg-status]').count()).toBe(1);

    const popup = await openExtensionPage(b, 'popup.html');
    await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(2);
    await popup.getByTestId('cg-search').fill('amara');
    await expect.poll(() => popup.locator('[data-testid=cg-person]').count()).toBe(1);

    const options = await openExtensionPage(b, 'options.html#data');
    const [json] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('data-export-json').click(),
    ]);
    await Promise.all([options.waitForEvent('download'), options.getByTestId('data-export-csv').click()]);
    const exported = await json.path();
    await options.getByTestId('data-import-file').setInputFiles(exported);
    await options.getByTestId('data-import').click();
    await expect.poll(() => options.getByTestId('data-import-report').count()).toBe(1);

    const side = await openExtensionPage(b, 'sidepanel.html');
    await side.waitForTimeout(500);
    await page.waitForTimeout(500);

    // The recorders work: they saw the LinkedIn documents and the extension's own pages.
    expect(seen.some((r) => r.url === SAMPLE.url && r.type === 'document')).toBe(true);
    // The worker reads its derived knowledge (public/overlap/) as its loader does: its own file, by fetch.
    // (Playwright reports no extension-scheme fetch of a worker, so this asks the worker directly.)
    const worker = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
    const format = await worker.evaluate(() =>
      fetch(
        (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL(
          '/overlap/gazetteer.json',
        ),
      )
        .then((r) => r.json())
        .then((j: { format: number }) => j.format),
    );
    expect(format).toBe(2);
    expect(seen.some((r) => r.url.startsWith(`chrome-extension://${b.extensionId}/`))).toBe(true);
    const refused = [...new Set(seen.map((r) => refusal(r.url, r.type)).filter((x) => x !== null))];
    expect(refused).toEqual([]);
  });
});

describe('the Firefox package', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  it('declares to add-ons.mozilla.org that it collects and transmits nothing', () => {
    const m = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('ships the icons at every size, from the same files as Chrome', () => {
    const m = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
    const chrome = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    const sizes = ['16', '32', '48', '96', '128'];
    expect(Object.keys(m.icons).sort()).toEqual([...sizes].sort());
    expect(m.icons).toEqual(chrome.icons);
    for (const size of sizes) {
      const png = readFileSync(join(ROOT, '.output/firefox-mv2', m.icons[size]));
      // PNG signature, then the IHDR width and height at bytes 16–23.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
