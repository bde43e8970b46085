// Source-level safety rules: page data is never parsed as HTML, nothing reaches for the network or
// LinkedIn's internal APIs, and the DOM is queried only by the LinkedIn readers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const SOURCES = ['entrypoints', 'components', 'utils'].flatMap((d) => files(join(ROOT, d)));
const offenders = (pattern: RegExp, allowed: (path: string) => boolean = () => false) =>
  SOURCES.filter((f) => !allowed(relative(ROOT, f)) && pattern.test(readFileSync(f, 'utf8'))).map((f) =>
    relative(ROOT, f),
  );

describe('source audit', () => {
  it('reads sources', () => {
    expect(SOURCES.length).toBeGreaterThan(40);
  });

  it.each([
    ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write\(/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['eval / new Function', /\beval\(|new Function\(/],
  ])('never uses %s', (_label, pattern) => {
    expect(offenders(pattern)).toEqual([]);
  });

  it.each([
    // The one fetch allowed reads the extension's own files (the background's derived data, public/overlap/).
    ['fetch but of its own files', /\bfetch\((?!browser\.runtime\.getURL\()/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket / EventSource', /new (WebSocket|EventSource)\(/],
    ['sendBeacon', /sendBeacon/],
    ['LinkedIn internal APIs', /voyager\/api|rsc-action|\/graphql/],
  ])('makes no network request of its own: no %s', (_label, pattern) => {
    expect(offenders(pattern)).toEqual([]);
  });

  it('queries the document only in the LinkedIn readers and the content script’s page watcher', () => {
    expect(
      offenders(
        /document\.querySelector/,
        (p) => p.startsWith('utils/linkedin/') || p.startsWith('entrypoints/profile.content/'),
      ),
    ).toEqual([]);
  });
});
