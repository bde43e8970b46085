// @vitest-environment node
/**
 * Security audit of what runs on linkedin.com and of every source file, beyond source-audit.test.ts:
 * the content script's import graph holds no database, no knowledge tables and nothing that keeps data
 * in LinkedIn's origin, listens to the page's messages or opens the card to the page; no source touches HTML strings at all or
 * accepts messages from other extensions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** What runs on linkedin.com: the content script and the scripts it loads on demand (utils/on-demand.ts). */
const CONTENT_ENTRIES = [
  'entrypoints/profile.content/index.tsx',
  'entrypoints/card-composer.tsx',
  'entrypoints/self-import.tsx',
  'entrypoints/legacy-readers.ts',
].map((f) => join(ROOT, f));

/** Static and dynamic imports of a module, `import type` excluded (erased from the bundle). */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(pattern)) specs.push((m[1] ?? m[2]) as string);
  return specs;
}

function resolveModule(from: string, rawSpec: string): string | null {
  const spec = rawSpec.replace(/\?(inline|raw)$/, '');
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every project file and package the modules at `entries` pull in. */
function graph(entries: string[]): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.json') || file.endsWith('.css')) return;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, spec);
      if (target) visit(target);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
      else throw new Error(`cannot resolve ${spec} from ${relative(ROOT, file)}`);
    }
  };
  for (const entry of entries) visit(entry);
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}
const ALL = ['entrypoints', 'components', 'utils'].flatMap((d) => sources(join(ROOT, d)));
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the import scanner', () => {
  it.each([
    ["import { a } from './a';", ['./a']],
    ["import x, { y } from '@/utils/x';", ['@/utils/x']],
    ["export { z } from '../z';", ['../z']],
    ["import 'side-effect';", ['side-effect']],
    ["const m = await import('./lazy');", ['./lazy']],
    ["import {\n  a,\n  b,\n} from './multi';", ['./multi']],
    ["(negative) import type { T } from './types';", []],
    ["(negative) const s = 'import x from y';", []],
  ])('%s → %j', (source, expected) => {
    expect(importsOf(source.replace('(negative) ', ''))).toEqual(expected);
  });
});

describe('the content script and its on-demand scripts (run on linkedin.com)', () => {
  const { files, packages } = graph(CONTENT_ENTRIES);

  it('is scanned through its whole import graph', () => {
    expect(files).toContain('utils/linkedin/page-reader.ts');
    expect(files).toContain('components/Composer.tsx');
    expect(files).toContain('utils/linkedin/generations/ember-2018.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it.each([
    ['the database', (f: string) => f.startsWith('utils/db/')],
    ['the background handlers', (f: string) => f.startsWith('utils/background/')],
    ['the knowledge tables', (f: string) => f.startsWith('utils/overlap/data/')],
    ['the drafting tables', (f: string) => f === 'utils/outreach/drafts.ts'],
  ])('does not bundle %s', (_label, bad) => {
    expect(files.filter(bad)).toEqual([]);
  });

  it('uses no storage or database package', () => {
    expect(packages.filter((p) => /^(idb|dexie|localforage)$/.test(p))).toEqual([]);
  });

  it.each([
    ['localStorage / sessionStorage (LinkedIn could read them)', /\b(localStorage|sessionStorage)\b/],
    ['document.cookie', /document\.cookie/],
    ['IndexedDB in the page origin', /\bindexedDB\b/],
    ['the page’s window messages', /addEventListener\(\s*['"]message['"]|\bonmessage\b|postMessage\(/],
    // Issue #12: the card is a closed box (built files: tests/e2e/bundle-audit.test.ts).
    ['WXT’s createShadowRootUi (an open root on a custom element the page can define)', /createShadowRootUi\s*[(,}]/],
    ['an open shadow root', /mode:\s*['"]open['"]/],
    ['custom elements', /\bcustomElements\b/],
    ['DOM events the page can see', /\bdispatchEvent\(|new CustomEvent\(/],
    ['WXT’s wxt:* events (named after the extension)', /['"`]wxt:/],
  ])('never uses %s', (_label, pattern) => {
    expect(files.filter((f) => pattern.test(text(f)))).toEqual([]);
  });
});

describe('every source file', () => {
  const RULES: [string, RegExp][] = [
    ['innerHTML / outerHTML, even read', /\b(inner|outer)HTML\b/],
    ['messages from other extensions or pages', /onMessageExternal|onConnectExternal/],
    ['code in a string timer', /set(Timeout|Interval)\(\s*['"`]/],
    ['javascript: URLs', /['"`]javascript:/],
    ['createContextualFragment / DOMParser on strings', /createContextualFragment|new DOMParser\(/],
  ];

  it.each(RULES)('never uses %s', (_label, pattern) => {
    expect(ALL.filter((f) => pattern.test(text(f)))).toEqual([]);
  });

  it.each([
    ['el.innerHTML', 0, true],
    ['chrome.runtime.onMessageExternal.addListener(f)', 1, true],
    ["setTimeout('alert(1)', 5)", 2, true],
    ["a.href = 'javascript:void(0)'", 3, true],
    ['range.createContextualFragment(s)', 4, true],
    ['(negative) el.textContent = s', 0, false],
    ['(negative) browser.runtime.onMessage.addListener(f)', 1, false],
    ['(negative) setTimeout(() => f(), 5)', 2, false],
    ["(negative) a.href = 'https://www.linkedin.com/in/x/'", 3, false],
  ] as const)('the rule catches: %s → %s', (source, rule, caught) => {
    expect(RULES[rule]![1].test(source)).toBe(caught);
  });
});
