/** Test helpers: load a hand-made fixture or an HTML string as a jsdom Document. */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Folder of the hand-made fixtures of invented people. */
export const FIXTURES = path.resolve(__dirname, '../../fixtures/linkedin');

/** Parse an HTML string into a Document (no scripts run). */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Load `tests/fixtures/linkedin/<name>` as a Document. */
export function loadFixture(name: string): Document {
  return parseHtml(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}
