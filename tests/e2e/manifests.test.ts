/**
 * The built manifests, Chrome and Firefox, ask for only what the code uses and expose nothing to
 * LinkedIn's probes. (The Chrome build comes from `npm run test:e2e`; Firefox is built here.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './browser';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  side_panel?: unknown;
  sidebar_action?: { default_panel: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};
const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Where each permission shows up in the built code, proving it is used. */
const USES: Record<string, RegExp> = {
  storage: /\.storage\.local/,
  alarms: /\.alarms\.(create|onAlarm)/,
  notifications: /\.notifications\.create/,
  sidePanel: /side_panel|sidepanel\.html/,
  scripting: /\.scripting\.executeScript/,
};

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe.each([
  ['Chrome (MV3)', EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
])('the %s manifest', (_name, dir) => {
  const manifest = () => read(dir);

  it('asks for LinkedIn hosts only and no broad permissions', () => {
    const m = manifest();
    const hosts = [
      ...(m.host_permissions ?? []),
      ...(m.permissions ?? []).filter((p) => p.includes('://')),
      ...(m.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    expect(hosts.length).toBeGreaterThan(0);
    // linkedin.com and its sub-domains (www, se., de.…): utils/linkedin/hosts.ts.
    for (const h of hosts) expect(h).toBe('https://*.linkedin.com/*');
    for (const broad of ['<all_urls>', 'tabs', 'activeTab', 'webRequest', 'cookies', 'history', 'management'])
      expect(m.permissions ?? []).not.toContain(broad);
  });

  it('builds the content script within its budget: no polyfill, WXT’s context swapped for the quiet one (scripts/build/)', () => {
    const content = readFileSync(join(dir, 'content-scripts/profile.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // webextension-polyfill's guard: in the background, not in the content script.
    const POLYFILL = 'only be loaded in a browser extension';
    expect(background).toContain(POLYFILL);
    expect(content).not.toContain(POLYFILL);
    // WXT's context announces itself as "<id>:profile:wxt:content-script-started"; the quiet one says nothing.
    expect(content).not.toContain('content-script-started');
    expect(content).toContain('Content script context invalidated');
  });

  it('injects only its own files, and only into the tab that asked (on-demand scripts)', () => {
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // No code strings or functions are ever run in a page: executeScript is called with files only.
    expect(background).not.toMatch(/executeScript\([^)]*\b(func|code)\s*:/);
    for (const file of ['card-composer.js', 'self-import.js', 'legacy-readers.js', 'ui-words.js']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(background).toContain(`/${file}`);
    }
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
  });

  it('uses every permission it asks for', () => {
    const code = [readFileSync(join(dir, 'background.js'), 'utf8'), JSON.stringify(manifest())].join('\n');
    for (const p of (manifest().permissions ?? []).filter((p) => !p.includes('://'))) {
      expect(USES[p], `no known use for permission "${p}"`).toBeDefined();
      expect(code, `permission "${p}" is not used`).toMatch(USES[p] as RegExp);
    }
  });

  it('exposes nothing to web pages and keeps the default CSP', () => {
    const m = manifest();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
  });
});

describe('the Firefox build', () => {
  it('has its add-on id and a sidebar instead of Chrome’s side panel', () => {
    const m = read(FIREFOX_DIR);
    expect(m.browser_specific_settings?.gecko?.id).toBe('common-ground@common-ground.local');
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.side_panel).toBeUndefined();
    expect(m.permissions ?? []).not.toContain('sidePanel');
    // Firefox MV2 injects the on-demand scripts with tabs.executeScript under the host permission.
    expect(m.permissions ?? []).not.toContain('scripting');
    expect(readFileSync(join(FIREFOX_DIR, 'background.js'), 'utf8')).toMatch(/\.tabs\.executeScript/);
  });

  it('passes web-ext lint (Mozilla’s add-on linter) with no errors; its warnings are only the known ones', () => {
    const out = execFileSync(
      'npx',
      ['web-ext', 'lint', '--no-config-discovery', '-s', FIREFOX_DIR, '--output', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      },
    );
    const report = JSON.parse(out) as {
      errors: { code: string; message: string }[];
      warnings: { code: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    // Library code it flags by shape, not by use: Preact's dangerouslySetInnerHTML support (never
    // used: see tests/unit/audit) and zod's `new Function` probe for its optional JIT.
    for (const w of report.warnings) {
      expect(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL'], `${w.code} in ${w.file}`).toContain(w.code);
    }
  }, 60_000);

  it('is the Chrome build’s only difference in permissions: Chrome asks for exactly these', () => {
    expect([...(read(EXTENSION_DIR).permissions ?? [])].sort()).toEqual(
      ['alarms', 'notifications', 'scripting', 'sidePanel', 'storage'].sort(),
    );
  });
});
