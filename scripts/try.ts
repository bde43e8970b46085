/**
 * `npm run dev`: build the extension, start Chromium with it loaded, and open sample profiles of
 * invented people (served locally at their linkedin.com/in/ URLs) plus the options page.
 * Other linkedin.com pages load from the real site, where the extension works as installed.
 * Without a display it runs headless, saves a screenshot and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { card } from '../tests/e2e/card';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, '.output/chrome-mv3');
/** Sample profiles: slug → fixture of an invented person. */
const SAMPLES: Record<string, string> = {
  'amara-okafor': 'tests/fixtures/linkedin/sdui-amara-okafor.html',
  'lior-ben-david-test': 'tests/fixtures/linkedin/pvs-2024-07-lior-ben-david.html',
};

const executablePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
if (!executablePath) {
  console.error('npm run dev needs Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const headless = !process.env.DISPLAY;
const profileDir = join(tmpdir(), 'common-ground-dev-profile');
mkdirSync(profileDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-sync',
  ],
});
await context.route('https://www.linkedin.com/in/**', (route) => {
  const slug = new URL(route.request().url()).pathname.split('/')[2]?.toLowerCase() ?? '';
  const file = SAMPLES[slug];
  if (!file || route.request().resourceType() !== 'document') return route.continue();
  return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, file), 'utf8') });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;

const options = context.pages()[0] ?? (await context.newPage());
await options.goto(`chrome-extension://${id}/options.html`);
for (const slug of Object.keys(SAMPLES)) {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com/in/${slug}/`);
}
console.log(`Common Ground is loaded (extension id ${id}).`);
console.log(
  `Sample profiles: ${Object.keys(SAMPLES)
    .map((s) => `https://www.linkedin.com/in/${s}/`)
    .join('  ')}`,
);
if (headless) {
  const shot = join(ROOT, '.output/try.png');
  const page = context.pages().at(-1);
  // The card's shadow root is closed: the driver finds it from the content script's own world.
  if (page)
    await card(page)
      .locator('.cg-card')
      .textContent()
      .catch(() => undefined);
  await page?.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless; a screenshot of the sample profile is at ${shot}.`);
  await context.close();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
}
