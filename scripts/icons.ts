/**
 * `npx tsx scripts/icons.ts`: render public/icon.svg to public/icon/<size>.png at every size the
 * stores and browsers ask for (WXT picks them up). Uses the same Debian Chromium as the tests.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browser';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(join(ROOT, 'public/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
