/**
 * Real Chromium with the built extension loaded (playwright-core + Debian's chromium), LinkedIn URLs
 * routed to saved pages. Fails loudly when no Chromium is installed: browser tests never skip.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built Chrome extension (`wxt build`). */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** Real saved pages shared with the team (may be absent on a plain clone). */
export const SHARED_PAGES = resolve(ROOT, '../shared/linkedin/pages');

/** Path of Debian's Chromium, or a clear error telling how to install it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Browser tests need Chromium and none was found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** A running browser with the extension, and where its profile lives. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The welcome tab the extension opened on install, when `keepWelcome` kept it open. */
  welcome: Page | null;
  userDataDir: string;
  close(): Promise<void>;
  /** Remove the profile directory too. */
  dispose(): Promise<void>;
}

/**
 * Start Chromium with the built extension. Reuse `userDataDir` to restart on the same profile. On a
 * fresh profile the extension opens its welcome tab on install (entrypoints/background.ts): it is
 * closed, so tests start from no tab of ours, unless `keepWelcome`.
 */
export async function launch(
  userDataDir?: string,
  { keepWelcome = false }: { keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  const fresh = userDataDir === undefined;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'cg-e2e-'));
  return start(dir, fresh, keepWelcome);
}

async function start(userDataDir: string, fresh: boolean, keepWelcome: boolean): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const isWelcome = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`);
  let welcome: Page | null = null;
  if (fresh) {
    // The tab may appear before its URL does: look until it shows the options page.
    for (const deadline = Date.now() + 10_000; !welcome && Date.now() < deadline; ) {
      welcome = context.pages().find(isWelcome) ?? null;
      if (!welcome) await new Promise((r) => setTimeout(r, 50));
    }
    if (welcome && !keepWelcome) {
      await welcome.close();
      welcome = null;
    }
  }
  // Nothing may reach the network: every other request is answered locally or refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.fulfill({ status: 404, body: '' });
  });
  return {
    context,
    extensionId,
    welcome,
    userDataDir,
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every LinkedIn host a profile is served from: linkedin.com, www. and the country sub-domains (se., de.…). */
const LINKEDIN_HOSTS = /^https:\/\/(?:[a-z0-9-]+\.)?linkedin\.com\//;

/**
 * Answer `https://<any LinkedIn host>/in/<slug>/…` (www, bare linkedin.com, se.linkedin.com…) with
 * the given HTML files (slug → file path); details pages `/in/<slug>/details/<section>/` too.
 */
export async function routeProfiles(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(LINKEDIN_HOSTS, (route) => {
    const url = new URL(route.request().url());
    const [, , rawSlug = '', ...rest] = url.pathname.split('/');
    let slug = rawSlug.toLowerCase();
    try {
      slug = decodeURIComponent(rawSlug).toLowerCase(); // /in/szymon-n%C4%99dza-…/ is slug "szymon-nędza-…"
    } catch {
      // a malformed escape stays as it is
    }
    // A more specific key ("<slug>/details/experience") answers that sub-page; the slug answers the rest.
    const sub = [slug, ...rest.filter(Boolean)].join('/');
    const file = route.request().resourceType() === 'document' ? (pages[sub] ?? pages[slug]) : undefined;
    if (!file) return route.fulfill({ status: 404, contentType: 'text/html', body: '<title>Not found</title>' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
  });
}

/** Open an extension page (popup.html, options.html, sidepanel.html). */
export async function openExtensionPage(b: ExtensionBrowser, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

/** Fixture path helper. */
export function fixture(...parts: string[]): string {
  return join(ROOT, 'tests/fixtures', ...parts);
}

/**
 * Send a typed message to the background from an extension page, as the options page would
 * (for seeding My profile and settings in tests). Throws the background's error.
 */
export async function sendToBackground(b: ExtensionBrowser, type: string, payload: unknown): Promise<unknown> {
  const page = await openExtensionPage(b, 'popup.html');
  try {
    const answer = (await page.evaluate(
      ([t, p]) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: t, payload: p }),
      [type, payload] as const,
    )) as { ok: boolean; data?: unknown; error?: string };
    if (!answer?.ok) throw new Error(answer?.error ?? `no answer to ${type}`);
    return answer.data;
  } finally {
    await page.close();
  }
}

/** The tab id of the first tab whose URL starts with `prefix` (extension pages can see LinkedIn tab URLs). */
export async function tabIdOf(b: ExtensionBrowser, prefix: string): Promise<number> {
  const page = await openExtensionPage(b, 'popup.html');
  try {
    const id = await page.evaluate(async (p) => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(p))?.id;
    }, prefix);
    if (id === undefined) throw new Error(`no tab at ${prefix}`);
    return id;
  } finally {
    await page.close();
  }
}

/**
 * Import an export file's text through the import port (utils/ports.ts) from an extension page, as the
 * options page does, and return the background's report. For seeding tests; throws the refusal.
 */
export async function importThroughPort(b: ExtensionBrowser, text: string): Promise<unknown> {
  const page = await openExtensionPage(b, 'options.html');
  try {
    return await page.evaluate(
      (t) =>
        new Promise((resolve, reject) => {
          type Event = { type: string; report?: unknown; errors?: string[]; error?: string };
          const port = (
            globalThis as unknown as {
              chrome: {
                runtime: {
                  connect(o: { name: string }): {
                    postMessage(m: unknown): void;
                    onMessage: { addListener(l: (e: Event) => void): void };
                  };
                };
              };
            }
          ).chrome.runtime.connect({ name: 'data/import' });
          port.onMessage.addListener((e) => {
            if (e.type === 'done') resolve(e.report);
            else if (e.type === 'refused') reject(new Error(e.errors?.join('\n')));
            else if (e.type === 'error') reject(new Error(e.error));
          });
          const size = 1 << 20;
          for (let i = 0; i < t.length; i += size) port.postMessage({ type: 'chunk', text: t.slice(i, i + size) });
          port.postMessage({ type: 'end' });
        }),
      text,
    );
  } finally {
    await page.close();
  }
}
