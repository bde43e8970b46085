/**
 * LinkedIn's page is hostile (issue #12): scripts in the page's MAIN world — `page.addInitScript` runs
 * there before any of LinkedIn's code, `page.evaluate` after — try to read the card, drive it, detect
 * the extension, switch the card off, and find any trace of it in discreet mode. Each attack has a
 * positive control where one makes sense, so a recorder that sees nothing is known to work.
 *
 * Not protected, by the platform's design (closed-host.ts): the page sees that a `<div>` was inserted
 * and its box; capture-phase listeners on window/document see the card's input events (retargeted to
 * the host, keys included) before the card gets them; Chromium's getSelection() reports text selected
 * inside the card's text fields.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  fixture,
  launch,
  openExtensionPage,
  routeProfiles,
  sendToBackground,
  tabIdOf,
} from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

/** A user whose My profile holds words found nowhere on the fixture page. */
const ME = JSON.parse(readFileSync(fixture('e2e', 'me-hostile.json'), 'utf8'));
/** What the page must never find: the user's own data, and what only the card says. */
const SECRETS = [
  'Wren Calloway',
  'MSc 2011',
  'Quokka',
  'Kittiwake',
  'Zanzibar',
  'Likely sponsor',
  'Save as potential sponsor',
  'Draft a message',
  'Erasmus University alum',
  'in common',
];

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

async function start(settings?: object): Promise<ExtensionBrowser> {
  const b = await launch();
  browser = b;
  await routeProfiles(b.context, PROFILES);
  await sendToBackground(b, 'me/save', { me: ME });
  if (settings) await sendToBackground(b, 'settings/save', { settings });
  return b;
}

/**
 * MAIN world, before the page's own scripts: record every window message and every event seen on
 * window and document (every `on*` type, and WXT's own names for this extension), and every node added
 * or attribute changed once the parser is done.
 */
function recorder(extensionId: string) {
  type Seen = {
    messages: unknown[];
    events: { type: string; on: string; detail: unknown; trusted: boolean }[];
    added: string[];
  };
  const seen: Seen = { messages: [], events: [], added: [] };
  (window as unknown as { __seen: Seen }).__seen = seen;
  const plain = (v: unknown) => {
    try {
      return JSON.parse(JSON.stringify(v ?? null));
    } catch {
      return String(v);
    }
  };
  addEventListener('message', (e) => seen.messages.push(plain(e.data)), true);
  const types = new Set<string>();
  for (const o of [window, document, Window.prototype, Document.prototype, Element.prototype, HTMLElement.prototype]) {
    for (const k in o) if (k.startsWith('on')) types.add(k.slice(2));
  }
  types.add('DOMContentLoaded');
  for (const name of ['wxt:content-script-started', 'wxt:locationchange', 'profile:wxt:content-script-started']) {
    types.add(name);
    types.add(`${extensionId}:${name}`);
  }
  // Noisy and meaningless to replay.
  for (const t of ['mousemove', 'pointermove', 'pointerrawupdate']) types.delete(t);
  for (const [on, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    for (const type of types) {
      target.addEventListener(
        type,
        (e) =>
          seen.events.push({
            type: e.type,
            on,
            detail: e instanceof CustomEvent ? plain(e.detail) : null,
            trusted: e.isTrusted,
          }),
        true,
      );
    }
  }
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') seen.added.push(`@${r.attributeName} on ${(r.target as Element).nodeName}`);
        for (const n of r.addedNodes) seen.added.push(n.nodeName);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

type Seen = {
  messages: unknown[];
  events: { type: string; on: string; detail: unknown; trusted: boolean }[];
  added: string[];
};
const seenBy = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/** The card's box, from the card's own world (the page could get it too: a host's box is public). */
async function cardBox(page: Page) {
  return card(page)
    .locator('.cg-card')
    .evaluate((el) => {
      // The card floats below the top card when there is no room beside it: it may start below the fold.
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
}

/** Open the sample profile with the card showing its badges and (optionally) the composer. */
async function openSample(page: Page, { composer = false } = {}) {
  await page.goto(SAMPLE.url);
  await expect.poll(() => card(page).locator('[data-testid=cg-badge]').count()).toBeGreaterThan(0);
  if (composer) {
    await card(page).locator('[data-testid=cg-draft-open]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-draft-text]').inputValue()).not.toBe('');
  }
}

/** Everything the page's JavaScript can read of its own document, as one string. */
const everythingReadable = (page: Page) =>
  page.evaluate(() => {
    const parts = [
      document.body.innerText,
      document.documentElement.textContent ?? '',
      (document.body as HTMLElement & { getHTML(o: object): string }).getHTML({ serializableShadowRoots: true }),
      document.documentElement.outerHTML,
    ];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) parts.push(el.getAttribute(a) ?? '');
      const root = el.shadowRoot;
      if (root) parts.push(root.innerHTML);
    }
    return parts.join('\n');
  });

describe('a page script reading the card', () => {
  it('finds no shadow root and none of the user’s data or the card’s text, even with the composer open', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await openSample(page, { composer: true });
    const draft = await card(page).locator('[data-testid=cg-draft-text]').inputValue();
    // The card shows the user's data (positive control: the secrets are really on screen).
    const onCard = await card(page).locator('.cg-card').textContent();
    expect(onCard).toContain('Likely sponsor');
    expect(await card(page).locator('[data-testid=cg-evidence]').first().textContent()).toContain('MSc 2011');

    const shadowRoots = await page.evaluate(
      () => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
    );
    expect(shadowRoots).toBe(0);
    const readable = await everythingReadable(page);
    for (const secret of [...SECRETS, draft.slice(0, 40)]) expect(readable).not.toContain(secret);

    // The host itself: a plain div, no attributes, its root closed to the page and to chrome.dom.
    const box = await cardBox(page);
    const host = await page.evaluate(
      ({ x, y }) => {
        const el = document.elementFromPoint(x, y) as HTMLElement;
        let again = 'attached';
        try {
          el.attachShadow({ mode: 'open' });
        } catch (e) {
          again = (e as Error).name;
        }
        return {
          tag: el.tagName,
          attributes: el.getAttributeNames(),
          shadowRoot: el.shadowRoot,
          children: el.childNodes.length,
          again,
          chromeDom: typeof (globalThis as { chrome?: { dom?: unknown } }).chrome?.dom,
        };
      },
      { x: box.x + box.width / 2, y: box.y + 10 },
    );
    expect(host).toEqual({
      tag: 'DIV',
      attributes: [],
      shadowRoot: null,
      children: 0,
      again: 'NotSupportedError',
      chromeDom: 'undefined',
    });
  });

  it('gets nothing from the selection when the user selects the card’s text, or the whole page', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await openSample(page);
    const fit = await card(page)
      .locator('[data-testid=cg-fit]')
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top + r.height / 2, width: r.width };
      });
    await page.mouse.move(fit.x + 1, fit.y);
    await page.mouse.down();
    await page.mouse.move(fit.x + fit.width - 1, fit.y, { steps: 8 });
    await page.mouse.up();
    await page.mouse.dblclick(fit.x + 20, fit.y);
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    for (const secret of SECRETS) expect(selected).not.toContain(secret);
    expect(selected).not.toContain('mutual');

    // Select all (the page's own text is selected: positive control).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+A');
    const all = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(all).toContain('Amara Okafor');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});

describe('a page script driving the card', () => {
  it('cannot save, move, collapse or open the composer with synthetic clicks and keys on the host', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await openSample(page);
    const box = await cardBox(page);
    const hits = await page.evaluate((r) => {
      const hit = new Set<string>();
      const host = document.elementFromPoint(r.x + r.width / 2, r.y + 10) as HTMLElement;
      for (let x = r.x + 3; x < r.x + r.width; x += 12) {
        for (let y = r.y + 3; y < r.y + r.height; y += 8) {
          const el = document.elementFromPoint(x, y) as HTMLElement | null;
          if (!el) continue;
          hit.add(el === host ? 'host' : el.tagName);
          if (el !== host) continue;
          const at = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y };
          el.click();
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, at) : new MouseEvent(type, at));
          }
        }
      }
      host.focus();
      for (const key of ['Enter', ' ', 'Tab', 'Escape', 'ArrowDown']) {
        for (const type of ['keydown', 'keypress', 'keyup']) {
          host.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
          document.activeElement?.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
        }
      }
      host.dispatchEvent(new InputEvent('input', { data: 'x', bubbles: true, composed: true }));
      host.dispatchEvent(new Event('submit', { bubbles: true, composed: true }));
      return [...hit];
    }, box);
    // Everywhere over the card the page hits the host, never anything inside it.
    expect(hits).toEqual(['host']);
    await page.waitForTimeout(700);
    expect(await sendToBackground(b, 'person/get', { slug: SAMPLE.slug })).toBeNull();
    expect(await card(page).locator('[data-testid=cg-draft-text]').count()).toBe(0);
    expect(await card(page).locator('[data-testid=cg-name]').isVisible()).toBe(true);
    expect(await cardBox(page)).toEqual(box);

    // The person's own click still works (positive control).
    await card(page).locator('[data-testid=cg-save]').click();
    await expect
      .poll(
        async () => ((await sendToBackground(b, 'person/get', { slug: SAMPLE.slug })) as { status?: string })?.status,
      )
      .toBe('saved');
  });

  it('sees no bubbling event from the card while the person uses it (only capture-phase listeners run first)', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __bubbled: string[]; __captured: string[] };
      w.__bubbled = [];
      w.__captured = [];
      for (const type of ['click', 'keydown', 'keyup', 'input', 'beforeinput', 'focusin', 'pointerdown', 'mousedown']) {
        document.addEventListener(type, (e) => w.__bubbled.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
        window.addEventListener(type, () => w.__captured.push(type), true);
      }
    });
    await openSample(page);
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-note-input]').count()).toBe(1);
    await card(page).locator('[data-testid=cg-note-input]').fill('Quokka');
    const { bubbled, captured } = await page.evaluate(() => {
      const w = window as unknown as { __bubbled: string[]; __captured: string[] };
      return { bubbled: w.__bubbled, captured: w.__captured };
    });
    expect(bubbled).toEqual([]);
    // What cannot be stopped, said plainly: a capture listener on window sees that input happened.
    expect(captured).toContain('keydown');
  });
});

describe('a page script detecting or switching off the extension', () => {
  it('records every message and event during mount: none names the extension; replaying them all changes nothing', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await page.addInitScript(recorder, b.extensionId);
    await openSample(page);
    await page.waitForTimeout(600);
    const seen = await seenBy(page);
    // The recorder works: it saw the page's own load events.
    expect(seen.events.some((e) => e.type === 'DOMContentLoaded')).toBe(true);
    expect(seen.messages).toEqual([]);
    const text = JSON.stringify(seen);
    expect(text).not.toContain(b.extensionId);
    expect(text).not.toContain('wxt');
    expect(seen.events.filter((e) => !e.trusted)).toEqual([]);

    // Replay all of it, and what WXT's context used to send and obey.
    await page.evaluate(
      ({ recorded, id }) => {
        for (const e of recorded.events) {
          const target = e.on === 'window' ? window : document;
          target.dispatchEvent(new CustomEvent(e.type, { detail: e.detail, bubbles: true }));
        }
        const started = `${id}:profile:wxt:content-script-started`;
        const detail = { contentScriptName: 'profile', messageId: 'page' };
        window.postMessage({ type: started, ...detail }, '*');
        document.dispatchEvent(new CustomEvent(started, { detail }));
        window.dispatchEvent(new CustomEvent(`${id}:wxt:locationchange`, { detail: { newUrl: location.origin } }));
        for (const m of [{ type: 'tab/clear' }, { event: 'cards-changed' }, { type: 'profile/seen', payload: {} }]) {
          window.postMessage(m, '*');
        }
      },
      { recorded: seen, id: b.extensionId },
    );
    await page.waitForTimeout(1_200);
    expect(await card(page).count()).toBe(1);
    expect(await card(page).locator('[data-testid=cg-name]').textContent()).toBe(SAMPLE.name);
    // And it still follows the person's navigation (the location watcher is alive).
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('mounts although the page pre-defined custom elements and broke attachShadow in its own world', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await page.addInitScript(() => {
      class Trap extends HTMLElement {
        constructor() {
          super();
          throw new Error('trapped');
        }
      }
      for (const name of ['common-ground-panel', 'common-ground-card', 'cg-card', 'cg-panel', 'wxt-shadow-root']) {
        customElements.define(name, class extends Trap {});
      }
      Element.prototype.attachShadow = () => {
        throw new Error('no shadow roots here');
      };
    });
    await openSample(page);
    expect(await card(page).locator('[data-testid=cg-name]').textContent()).toBe(SAMPLE.name);
  });

  it('stays on when the page removes the host, hides it, makes it inert, or hides divs with its CSS', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await openSample(page);
    const box = await cardBox(page);
    const visible = () => card(page).locator('.cg-card').isVisible();
    const hostStyle = () =>
      card(page).run((hosts) => {
        const s = getComputedStyle(hosts[0] as Element);
        return `${s.display} ${s.visibility} ${s.opacity} ${s.transform}`;
      }, []);
    await page.evaluate(
      ({ x, y }) => {
        (window as unknown as { host: Element }).host = document.elementFromPoint(x, y) as Element;
      },
      { x: box.x + box.width / 2, y: box.y + 10 },
    );

    await page.evaluate(() => (window as unknown as { host: Element }).host.remove());
    await expect.poll(() => page.evaluate(() => (window as unknown as { host: Element }).host.isConnected)).toBe(true);
    expect(await visible()).toBe(true);

    await page.evaluate(() => {
      const host = (window as unknown as { host: HTMLElement }).host;
      host.style.setProperty('display', 'none', 'important');
      host.setAttribute('inert', '');
      host.hidden = true;
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { host: Element }).host.getAttributeNames()))
      .toEqual([]);
    expect(await visible()).toBe(true);

    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        'div:empty, main div:not(:has(*)) { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; }';
      document.head.append(style);
    });
    expect(await hostStyle()).toBe('block visible 1 none');
    expect(await visible()).toBe(true);
    expect(await cardBox(page)).toEqual(box);
    // The person can still use it.
    await card(page).locator('[data-testid=cg-save]').click();
    await expect.poll(() => card(page).locator('[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');
  });

  it('shows the corner card although the page hides every div (div { display: none !important })', async () => {
    const b = await start();
    await b.context.route('https://www.linkedin.com/in/odd-layout/', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<title>Someone | LinkedIn</title><style>div{display:none!important}</style><main><div class="brand-new-2027-layout"><span>Someone</span></div></main>',
      }),
    );
    const page = await b.context.newPage();
    await page.goto('https://www.linkedin.com/in/odd-layout/');
    await expect.poll(() => card(page).locator('[data-testid=cg-unreadable]').isVisible()).toBe(true);
  });

  it('leaves nothing behind when the extension goes away (reloaded or updated)', async () => {
    const b = await start();
    const page = await b.context.newPage();
    await openSample(page);
    const box = await cardBox(page);
    await page.evaluate(
      ({ x, y }) => {
        (window as unknown as { host: Element }).host = document.elementFromPoint(x, y) as Element;
      },
      { x: box.x + box.width / 2, y: box.y + 10 },
    );
    const popup = await openExtensionPage(b, 'popup.html');
    await popup
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await expect.poll(() => page.evaluate(() => (window as unknown as { host: Element }).host.isConnected)).toBe(false);
  });
});

describe('discreet mode, watched from the page', () => {
  it.each([
    ['(positive control) with the card, the page sees one div added', false],
    ['with discreet mode, the page sees no node, no message and no event of ours', true],
  ])('%s', async (_label, discreet) => {
    const b = await start(discreet ? { discreetMode: true } : undefined);
    const page = await b.context.newPage();
    await page.addInitScript(recorder, b.extensionId);
    await page.goto(SAMPLE.url);
    const tabId = await tabIdOf(b, SAMPLE.url);
    // The content script has read the page once the background has this tab's card.
    await expect
      .poll(async () => ((await sendToBackground(b, 'tab/card', { tabId })) as { state: string }).state)
      .toBe('profile');
    await page.waitForTimeout(1_000);
    const seen = await seenBy(page);
    expect(seen.events.some((e) => e.type === 'DOMContentLoaded')).toBe(true);
    expect(seen.messages).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(b.extensionId);
    expect(seen.events.filter((e) => !e.trusted)).toEqual([]);
    expect(seen.added).toEqual(discreet ? [] : ['DIV']);
    expect(await card(page).count()).toBe(discreet ? 0 : 1);
  });

  it('shows no “could not read” note in the page either: the side panel has it', async () => {
    const b = await start({ discreetMode: true });
    const url = 'https://www.linkedin.com/in/odd-layout/';
    await b.context.route(url, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<title>Someone | LinkedIn</title><main><div class="brand-new-2027-layout"><span>Someone</span></div></main>',
      }),
    );
    const page = await b.context.newPage();
    await page.addInitScript(recorder, b.extensionId);
    await page.goto(url);
    const tabId = await tabIdOf(b, url);
    await expect
      .poll(async () => ((await sendToBackground(b, 'tab/card', { tabId })) as { state: string }).state)
      .toBe('unreadable');
    await page.waitForTimeout(700);
    expect((await seenBy(page)).added).toEqual([]);
    expect(await card(page).count()).toBe(0);
  });
});
