/**
 * Export and import speed through the options page, for `npm run bench`: a file of invented people
 * (the popup bench's, with a long note every 10,000th) is set on the file input and imported, then
 * exported back. Measures only; never asserted by tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExport, serializeExport } from '../../utils/outreach/transfer';
import { type Person, Settings } from '../../utils/schema';
import { type ExtensionBrowser, openExtensionPage } from './browser';
import { inventPerson } from './popup-bench';

/** A long note of mixed scripts, emoji and formula-looking lines (about 200,000 characters). */
export function longNote(i: number): string {
  return `Notes for ${i}: ${'Met at the meetup — Köln, 東京, القاهرة, 👩🏾‍💻; '.repeat(4000)}\n=HYPERLINK("http://x")\n- bullet`;
}

/** `count` invented people; every 10,000th (from the 8th) has a long note. */
export function transferPeople(count: number, now: Date): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const p = inventPerson(i, now);
    return i % 10_000 === 7 ? { ...p, notes: longNote(i) } : p;
  });
}

/** The export file of `transferPeople(count)`, default settings, no My profile. */
export function transferFile(count: number, now = new Date()): string {
  const people = transferPeople(count, now);
  return serializeExport(buildExport({ me: null, settings: Settings.parse({}), people, templates: [], now }));
}

/**
 * In a fresh browser: import a file of `count` people through the options page (file input → report
 * shown), then export it back (click → download ready). Milliseconds of each, and the file size.
 */
export async function measureTransfer(
  b: ExtensionBrowser,
  count: number,
): Promise<{ importMs: number; exportMs: number; megabytes: number }> {
  const text = transferFile(count);
  const file = join(b.userDataDir, `bench-${count}.json`);
  writeFileSync(file, text);
  const options = await openExtensionPage(b, 'options.html#data');
  try {
    await options.getByTestId('data-import-file').setInputFiles(file);
    let t = performance.now();
    await options.getByTestId('data-import').click();
    await options.waitForSelector('[data-testid=data-import-report], [data-testid=data-import-error]', {
      timeout: 600_000,
    });
    const importMs = performance.now() - t;
    if (await options.getByTestId('data-import-error').count())
      throw new Error(`import refused: ${await options.getByTestId('data-import-error').textContent()}`);
    t = performance.now();
    await Promise.all([
      options.waitForEvent('download', { timeout: 600_000 }),
      options.getByTestId('data-export-json').click(),
    ]);
    const exportMs = performance.now() - t;
    return { importMs, exportMs, megabytes: Buffer.byteLength(text) / 1e6 };
  } finally {
    await options.close();
  }
}
