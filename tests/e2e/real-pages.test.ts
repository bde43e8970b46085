/**
 * Real saved LinkedIn pages (../shared/linkedin/pages, when present) routed at their own URLs:
 * the card shows the right person on every markup generation we have a real page of.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugFromDom } from '@/utils/linkedin/page-identity';
import { readPage } from '@/utils/linkedin/read-page';
import { type ExtensionBrowser, launch, routeProfiles, SHARED_PAGES } from './browser';
import { card } from './card';

const PAGES = [
  'b-2022-03-other.html',
  'c-2024-07-other.html',
  'e-2026-self.html',
  'e-2026-04-other-2nd.html',
  'e-2026-05-pl-3rd.html',
  'f-2024-03-public.html',
];

/** Slug and name of a saved page as the reader sees it in Node. */
function expected(file: string): { slug: string; name: string } {
  const doc = new JSDOM(readFileSync(join(SHARED_PAGES, file), 'utf8'), { virtualConsole: new VirtualConsole() }).window
    .document;
  const slug = slugFromDom(doc);
  if (!slug) throw new Error(`${file} names no profile`);
  const name = readPage(doc, `https://www.linkedin.com/in/${slug}/`).profile?.name;
  if (!name) throw new Error(`${file} has no readable name`);
  return { slug, name };
}

if (!existsSync(SHARED_PAGES)) console.warn(`Skipping real-page browser tests: ${SHARED_PAGES} is not there.`);

describe.skipIf(!existsSync(SHARED_PAGES))('real saved pages in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.dispose());

  it.each(PAGES)('%s shows the card with the person’s name', async (file) => {
    const { slug, name } = expected(file);
    const context = browser.context;
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.route('**/*', (r) =>
      r.request().url().startsWith('chrome-extension://') ? r.continue() : r.fulfill({ status: 404, body: '' }),
    );
    await routeProfiles(context, { [slug]: join(SHARED_PAGES, file) });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com/in/${slug}/`);
    await expect.poll(() => card(page).locator('[data-testid=cg-name]').textContent()).toBe(name);
    expect(await card(page).count()).toBe(1);
    await page.close();
  });
});
