/**
 * Every message authorised by its sender, in real Chromium (issue #12): our content script's own world
 * in a LinkedIn tab — what a compromised LinkedIn renderer could speak with — is refused every
 * privileged request and any other profile, while extension pages keep everything. Real sender
 * shapes (url, tab.url, frameId, origin) decide, so this cannot be shown with fakes alone.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, routeProfiles, sendToBackground } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

/** Send a raw message from the content script's isolated world in `page`. */
function fromContentScript(page: Page, type: string, payload: unknown): Promise<unknown> {
  return card(page).run(
    async (_els, m: { type: string; payload: unknown }) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    [],
    { type, payload },
  );
}

/** The part of runtime.Port used above. */
interface ChromePort {
  onMessage: { addListener(f: (m: { type: string }) => void): void };
  onDisconnect: { addListener(f: () => void): void };
  postMessage(m: unknown): void;
}

const PAGE_ONLY = (type: string) =>
  `"${type}" is only for the extension's own pages (popup, options, side panel); a LinkedIn tab may not ask for it.`;

describe('the content script’s world', () => {
  it('is refused privileged requests and other profiles, and answered for its own tab’s profile', async () => {
    browser = await launch();
    await routeProfiles(browser.context, PROFILES);
    await sendToBackground(browser, 'me/save', { me: { name: 'Rosa', schools: ['Erasmus University Rotterdam'] } });
    await sendToBackground(browser, 'person/save', {
      profile: { url: 'https://www.linkedin.com/in/noa-ben-david/', slug: 'noa-ben-david', name: 'Noa' },
      role: 'mentor',
    });
    const page = await browser.context.newPage();
    await page.goto(SAMPLE.url);
    await expect.poll(() => card(page).locator('[data-testid=cg-save]').count()).toBe(1);

    // Export and import are ports, not messages: a content script that opens one is disconnected unserved.
    for (const name of ['data/export', 'data/import']) {
      const heard = await card(page).run(
        (_els, n: string) =>
          new Promise<string[]>((resolve) => {
            const chrome = (globalThis as unknown as { chrome: { runtime: { connect(o: object): ChromePort } } })
              .chrome;
            const port = chrome.runtime.connect({ name: n });
            const got: string[] = [];
            port.onMessage.addListener((m: { type: string }) => got.push(m.type));
            port.onDisconnect.addListener(() => resolve([...got, 'disconnected']));
            port.postMessage(n === 'data/export' ? { type: 'start', format: 'json' } : { type: 'end' });
            setTimeout(() => resolve(got), 3000);
          }),
        [],
        name,
      );
      expect(heard, name).toEqual(['disconnected']);
    }
    for (const [type, payload] of [
      ['data/clear', {}],
      ['me/get', {}],
      ['settings/save', { settings: { discreetMode: true } }],
      ['templates/list', {}],
      ['person/list', {}],
      ['tracker/view', {}],
      ['tab/card', { tabId: 1 }],
      ['draft/context', { slug: SAMPLE.slug }],
    ] as const) {
      expect(await fromContentScript(page, type, payload), type).toEqual({ ok: false, error: PAGE_ONLY(type) });
    }
    expect(await fromContentScript(page, 'person/get', { slug: 'noa-ben-david' })).toEqual({
      ok: false,
      error: `This tab shows "${SAMPLE.slug}"; it may not act on "noa-ben-david".`,
    });
    for (const [type, payload] of [
      ['person/note', { slug: 'noa-ben-david', text: 'x' }],
      ['person/delete', { slug: 'noa-ben-david' }],
      ['person/update', { slug: 'noa-ben-david', patch: { role: 'sponsor' } }],
      ['person/undo', { slug: 'noa-ben-david', updatedAt: null }],
    ] as const) {
      expect(await fromContentScript(page, type, payload), type).toMatchObject({ ok: false });
    }
    expect(await fromContentScript(page, 'person/get', { slug: SAMPLE.slug })).toEqual({ ok: true, data: null });
    expect(
      await fromContentScript(page, 'me/adopt', { picks: [{ field: 'schools', value: 'Harvard University' }] }),
    ).toEqual({
      ok: false,
      error: 'My profile was not changed: this tab does not show your own profile. Reload the page and try again.',
    });

    // Nothing changed, and extension pages are still answered.
    expect(await sendToBackground(browser, 'person/list', {})).toHaveLength(1);
    expect(await sendToBackground(browser, 'settings/get', {})).toMatchObject({ discreetMode: false });
    expect(await sendToBackground(browser, 'me/get', {})).toMatchObject({
      schools: ['Erasmus University Rotterdam'],
    });
  });
});
