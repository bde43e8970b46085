/**
 * Audit of the BUILT code that runs on linkedin.com (issue #12): the content script and the files it
 * loads on demand, for Chrome and Firefox, as the browser runs them — WXT's runtime and the libraries
 * included, which a source audit (tests/unit/audit) cannot see. Nothing in them may talk to the page
 * (window messages, DOM events), open a shadow root, name a custom element, or put a global where a
 * page script could find it. tests/e2e/hostile-page.test.ts tries the same from the page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './browser';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const FILES = ['content-scripts/profile.js', 'card-composer.js', 'self-import.js', 'legacy-readers.js'];

beforeAll(() => {
  // manifests.test.ts and audit.test.ts build Firefox too: build again only when it is older than Chrome's.
  const chrome = join(EXTENSION_DIR, FILES[0] as string);
  const firefox = join(FIREFOX_DIR, FILES[0] as string);
  if (!existsSync(firefox) || statSync(firefox).mtimeMs < statSync(chrome).mtimeMs) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  }
}, 120_000);

/** What must not appear in code that runs on linkedin.com, with why. */
const FORBIDDEN: [string, RegExp][] = [
  ['window.postMessage (the page receives it)', /\bpostMessage\b/],
  ['a window "message" listener (the page can send to it)', /addEventListener\(\s*["'`]message["'`]|\bonmessage\s*=/],
  ['dispatchEvent (page listeners see our events)', /\bdispatchEvent\b/],
  ['new CustomEvent / new Event', /new\s+(Custom)?Event\s*\(/],
  ['customElements (a name the page can define first)', /\bcustomElements\b/],
  ['an open shadow root', /mode\s*:\s*["'`]open["'`]/],
  ['WXT’s event names (<id>:wxt:…)', /wxt:/],
  ['WXT’s start announcement', /content-script-started/],
  // (The on-demand registry, utils/on-demand.ts, reaches globalThis through a local, in the isolated world.)
  [
    'a global on window / globalThis / self / document',
    /\b(window|globalThis|self|document)\s*(\.\s*[\w$]+|\[[^\]]+\])\s*(=(?!=)|\?\?=|\|\|=)/,
  ],
  ['a script element (code in the page’s world)', /createElement\(\s*["'`]script["'`]/],
  ['the MAIN world', /["'`]MAIN["'`]/],
];

describe.each([
  ['Chrome (MV3)', EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
])('the %s build of what runs on linkedin.com', (_name, dir) => {
  const code = (file: string) => readFileSync(join(dir, file), 'utf8');

  it.each(FILES)('%s exists and is audited', (file) => {
    expect(code(file).length).toBeGreaterThan(1_000);
  });

  it.each(FORBIDDEN.flatMap(([label, pattern]) => FILES.map((file) => [file, label, pattern] as const)))(
    '%s: no %s',
    (file, _label, pattern) => {
      const hits = [...code(file).matchAll(new RegExp(pattern, 'g'))].map((m) =>
        code(file).slice(Math.max(0, m.index - 40), m.index + 60),
      );
      expect(hits).toEqual([]);
    },
  );

  it('attaches exactly one shadow root, closed and not serializable', () => {
    const content = code(FILES[0] as string);
    expect(content.match(/attachShadow\([^)]*\)/g)).toEqual(['attachShadow({mode:"closed",serializable:!1})']);
    for (const file of FILES.slice(1)) expect(code(file)).not.toMatch(/attachShadow/);
  });

  it('keeps only its own registry key and Preact’s marker in the symbol registry (isolated world)', () => {
    for (const file of FILES) {
      const keys = [...code(file).matchAll(/Symbol\.for\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
      expect(keys, file).toContain('common-ground.on-demand');
      expect(
        keys.filter((k) => k !== 'pv' && k !== 'common-ground.on-demand'),
        file,
      ).toEqual([]);
    }
  });

  it('runs its content script in the isolated world, and injects files only there', () => {
    const manifest = JSON.parse(code('manifest.json')) as { content_scripts: { world?: string }[] };
    for (const c of manifest.content_scripts) expect(c.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(code('background.js')).not.toMatch(/world\s*:\s*["'`]MAIN["'`]/);
  });
});

describe('the audit’s own patterns', () => {
  const rule = (label: string) => FORBIDDEN.find(([l]) => l.startsWith(label))?.[1] as RegExp;
  it.each([
    ['window.postMessage', 'window.postMessage({type:"x"},"*")', true],
    ['a window "message"', 'window.addEventListener("message",e=>{})', true],
    ['an open shadow root', 'e.attachShadow({mode:"open"})', true],
    ['(negative) an open shadow root', 'e.attachShadow({mode:"closed"})', false],
    ['a global on window', 'window.cg={}', true],
    ['a global on window', 'globalThis[k]??={}', true],
    ['(negative) a global on window', 'const t=globalThis.browser?.runtime?.id', false],
    ['(negative) a global on window', 'if(window.x===1)', false],
    ['new CustomEvent', 'document.dispatchEvent(new CustomEvent("a"))', true],
  ] as const)('%s: %s → %s', (label, source, caught) => {
    expect(rule(label.replace('(negative) ', '')).test(source)).toBe(caught);
  });
});
