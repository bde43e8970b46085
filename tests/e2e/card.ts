/**
 * A driver for the in-page card, whose shadow root is closed (entrypoints/profile.content/closed-host.ts):
 * Playwright's locators cannot pierce it, and neither can the page. Queries run in the extension's own
 * content-script world over CDP — an isolated world of the page's main frame whose origin is the
 * extension — where `chrome.dom.openOrClosedShadowRoot(host)` reaches the root. Actions are what a
 * person does: a real mouse click at the element's centre after scrolling it into view, real key
 * presses into the focused control. Locators wait like Playwright's (attached, visible, enabled) and
 * are strict: an action on a selector that matches several elements fails.
 */
import type { CDPSession, Page } from 'playwright-core';

/** One step of a locator chain: a CSS selector, optionally narrowed by text and position. */
interface Step {
  css: string;
  hasText?: string;
  nth?: number;
}

/** How long single-element queries and actions wait for their element (Playwright's default is 30 s). */
const WAIT_MS = 15_000;

/**
 * Runs in the content script's isolated world: the card's hosts (elements whose open-or-closed shadow
 * root holds the card's container) and the elements a chain of steps selects inside their roots.
 * Self-contained: it is sent as source text.
 */
function inWorld(steps: Step[]): Element[] {
  const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } })
    .chrome.dom;
  const roots: ParentNode[] = [];
  for (const el of document.querySelectorAll('body *')) {
    // The API takes HTML elements only (it throws on SVG).
    if (!(el instanceof HTMLElement)) continue;
    const root = dom.openOrClosedShadowRoot(el);
    const [style, container] = root?.children ?? [];
    if (root?.mode === 'closed' && style?.tagName === 'STYLE' && container?.tagName === 'DIV') roots.push(root);
  }
  if (steps.length === 0) return roots.map((r) => (r as ShadowRoot).host);
  let scopes: ParentNode[] = roots;
  let found: Element[] = [];
  for (const step of steps) {
    found = [];
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll(step.css)) if (!found.includes(el)) found.push(el);
    }
    if (step.hasText !== undefined) {
      const text = step.hasText;
      found = found.filter((e) => (e.textContent ?? '').includes(text));
    }
    if (step.nth !== undefined) {
      const one = step.nth < 0 ? found[found.length + step.nth] : found[step.nth];
      found = one ? [one] : [];
    }
    scopes = found;
  }
  return found;
}

/** The card in one page. Get it with {@link card}. */
export class CardDriver {
  #session: Promise<CDPSession> | null = null;
  #contexts = new Map<number, { origin: string; frameId: string }>();
  #mainFrame: string | null = null;

  constructor(readonly page: Page) {}

  /** Elements matching `selector` inside the card. */
  locator(selector: string): CardLocator {
    return new CardLocator(this, [{ css: selector }]);
  }

  /** How many card hosts the page has (0 or 1). */
  async count(): Promise<number> {
    return this.run((els) => els.length, []);
  }

  async #cdp(): Promise<CDPSession> {
    if (!this.#session) {
      this.#session = (async () => {
        const session = await this.page.context().newCDPSession(this.page);
        session.on('Runtime.executionContextCreated', ({ context }) => {
          const aux = context.auxData as { type?: string; frameId?: string } | undefined;
          if (aux?.type === 'isolated' && aux.frameId)
            this.#contexts.set(context.id, { origin: context.origin, frameId: aux.frameId });
        });
        session.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
          this.#contexts.delete(executionContextId),
        );
        session.on('Runtime.executionContextsCleared', () => this.#contexts.clear());
        await session.send('Runtime.enable');
        return session;
      })();
    }
    return this.#session;
  }

  /** The extension's isolated world in the main frame, waiting for it after a navigation. */
  async #world(session: CDPSession): Promise<number> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      this.#mainFrame ??= (
        (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }
      ).frameTree.frame.id;
      // The only extension loaded is ours (tests/e2e/browser.ts): its content-script world has its origin.
      for (const [id, c] of this.#contexts) {
        if (c.origin.startsWith('chrome-extension://') && c.frameId === this.#mainFrame) return id;
      }
      if (Date.now() > deadline) throw new Error('The extension’s content script never ran in this page.');
      this.#mainFrame = null;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Run `fn(elements, arg)` in the content script's world on what `steps` select. `fn` must be
   * self-contained (it is sent as source) and return something JSON can carry.
   */
  async run<A, R>(fn: ((els: Element[], arg: A) => R | Promise<R>) | string, steps: Step[], arg?: A): Promise<R> {
    const session = await this.#cdp();
    for (let attempt = 0; ; attempt++) {
      const executionContextId = await this.#world(session);
      try {
        const result = (await session.send('Runtime.callFunctionOn', {
          functionDeclaration: `async function (steps, arg) { const select = ${inWorld.toString()}; return (${fn.toString()})(select(steps), arg); }`,
          executionContextId,
          arguments: [{ value: steps }, { value: arg ?? null }],
          returnByValue: true,
          awaitPromise: true,
        })) as {
          result: { value?: unknown };
          exceptionDetails?: { exception?: { description?: string }; text: string };
        };
        if (result.exceptionDetails) {
          throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
        }
        return result.result.value as R;
      } catch (e) {
        // The page navigated under us: its world is gone; pick the new one.
        if (attempt < 3 && /context|Execution context was destroyed|Cannot find/i.test(String(e))) {
          this.#contexts.delete(executionContextId);
          continue;
        }
        throw e;
      }
    }
  }
}

/** A Playwright-like locator inside the closed card. */
export class CardLocator {
  constructor(
    readonly card: CardDriver,
    readonly steps: Step[],
  ) {}

  #with(change: Partial<Step>): CardLocator {
    const last = this.steps[this.steps.length - 1] as Step;
    return new CardLocator(this.card, [...this.steps.slice(0, -1), { ...last, ...change }]);
  }

  /** Elements matching `selector` inside these. */
  locator(selector: string): CardLocator {
    return new CardLocator(this.card, [...this.steps, { css: selector }]);
  }

  /** Only those containing `hasText`. */
  filter({ hasText }: { hasText: string }): CardLocator {
    return this.#with({ hasText });
  }

  /** The `i`-th match (negative from the end). */
  nth(i: number): CardLocator {
    return this.#with({ nth: i });
  }

  /** The first match. */
  first(): CardLocator {
    return this.nth(0);
  }

  /** The last match. */
  last(): CardLocator {
    return this.nth(-1);
  }

  /** How many elements match now (no waiting). */
  count(): Promise<number> {
    return this.card.run((els) => els.length, this.steps);
  }

  /** `fn(elements, arg)` in the content script's world (no waiting). */
  evaluateAll<R, A = undefined>(fn: (els: Element[], arg: A) => R, arg?: A): Promise<R> {
    return this.card.run(fn, this.steps, arg);
  }

  /** `fn(element, arg)` on the one match, once it is there. */
  async evaluate<R, A = undefined>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    await this.#one();
    return this.card.run<A, R>(`(els, arg) => (${fn.toString()})(els[0], arg)`, this.steps, arg);
  }

  /** Wait until exactly one element matches (and, for actions, is visible and enabled). */
  async #one(actionable = false): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    let last = 'not found';
    for (;;) {
      const state = await this.card.run(
        (els, needs: boolean) => {
          if (els.length === 0) return 'not found';
          if (els.length > 1) return `strict mode violation: ${els.length} elements`;
          if (!needs) return 'ok';
          const el = els[0] as HTMLElement;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return 'not visible';
          if ((el as HTMLButtonElement).disabled) return 'disabled';
          return 'ok';
        },
        this.steps,
        actionable,
      );
      if (state === 'ok') return;
      if (state.startsWith('strict')) throw new Error(`${state} match ${this.#describe()}`);
      last = state;
      if (Date.now() > deadline) throw new Error(`${this.#describe()}: ${last} after ${WAIT_MS} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  #describe(): string {
    return `card ${this.steps.map((s) => `${s.css}${s.hasText ? ` (has "${s.hasText}")` : ''}${s.nth !== undefined ? ` [${s.nth}]` : ''}`).join(' >> ')}`;
  }

  async #read<R>(fn: (el: Element, name: string) => R, name = ''): Promise<R> {
    await this.#one();
    return this.card.run<string, R>(`(els, name) => (${fn.toString()})(els[0], name)`, this.steps, name);
  }

  /** The element's textContent, once it is there. */
  textContent(): Promise<string | null> {
    return this.#read((el) => el.textContent);
  }

  /** The element's innerText, once it is there. */
  innerText(): Promise<string> {
    return this.#read((el) => (el as HTMLElement).innerText);
  }

  /** An attribute, once the element is there. */
  getAttribute(name: string): Promise<string | null> {
    return this.#read((el, n) => el.getAttribute(n), name);
  }

  /** The value of an input, textarea or select, once it is there. */
  inputValue(): Promise<string> {
    return this.#read((el) => (el as HTMLInputElement).value);
  }

  /** Whether a control is disabled, once it is there. */
  isDisabled(): Promise<boolean> {
    return this.#read((el) => Boolean((el as HTMLButtonElement).disabled));
  }

  /** Whether a checkbox is checked, once it is there. */
  isChecked(): Promise<boolean> {
    return this.#read((el) => Boolean((el as HTMLInputElement).checked));
  }

  /** Playwright's visibility, now: a non-empty box and not `visibility: hidden` (false when absent). */
  isVisible(): Promise<boolean> {
    return this.card.run((els) => {
      const el = els[0];
      if (!el || els.length > 1) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }, this.steps);
  }

  /** Scroll the element into view and return its centre in the page's viewport. */
  async #centre(): Promise<{ x: number; y: number }> {
    await this.#one(true);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const at = await this.card.run(async (els) => {
        const el = els[0] as HTMLElement;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const a = el.getBoundingClientRect();
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const b = el.getBoundingClientRect();
        const x = b.left + b.width / 2;
        const y = b.top + b.height / 2;
        // Stable, and what a click there would hit is this element (not something covering it).
        const root = el.getRootNode() as ShadowRoot;
        const hit = root.elementFromPoint(x, y);
        const ok = a.left === b.left && a.top === b.top && hit !== null && (hit === el || el.contains(hit));
        return { x, y, ok, hit: hit ? hit.tagName : null };
      }, this.steps);
      if (at.ok) return at;
      if (Date.now() > deadline) throw new Error(`${this.#describe()}: covered by ${at.hit} or moving`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A real mouse click at the element's centre. */
  async click(): Promise<void> {
    const { x, y } = await this.#centre();
    await this.card.page.mouse.click(x, y);
  }

  /** The real mouse moves over the element. */
  async hover(): Promise<void> {
    const { x, y } = await this.#centre();
    await this.card.page.mouse.move(x, y);
  }

  /** Focus the element (as Tab would). */
  async focus(): Promise<void> {
    await this.#one();
    await this.card.run((els) => (els[0] as HTMLElement).focus(), this.steps);
  }

  /** Focus the element and press a key on the real keyboard. */
  async press(key: string): Promise<void> {
    await this.focus();
    await this.card.page.keyboard.press(key);
  }

  /** Replace a field's text as a person would: focus, select all, type (an empty string deletes). */
  async fill(text: string): Promise<void> {
    await this.#one(true);
    await this.card.run((els) => {
      const el = els[0] as HTMLInputElement;
      el.focus();
      el.select();
    }, this.steps);
    if (text === '') await this.card.page.keyboard.press('Backspace');
    else await this.card.page.keyboard.type(text);
  }

  /** Tick a checkbox by clicking it, unless it is ticked. */
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }

  /** Untick a checkbox by clicking it, unless it is unticked. */
  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
  }

  /**
   * Choose an option of a `<select>` by value or label with the real keyboard: focus, open the list
   * (Alt+ArrowDown), walk to the option, Enter — one `change`, as a person choosing from the list.
   */
  async selectOption(valueOrLabel: string): Promise<void> {
    await this.#one(true);
    const { from, to } = await this.card.run(
      (els, want: string) => {
        const el = els[0] as HTMLSelectElement;
        el.focus();
        const options = [...el.options];
        const to = options.findIndex((o) => o.value === want || o.label === want);
        return { from: el.selectedIndex, to };
      },
      this.steps,
      valueOrLabel,
    );
    if (to < 0) throw new Error(`${this.#describe()}: no option ${valueOrLabel}`);
    if (from === to) return;
    const keyboard = this.card.page.keyboard;
    await keyboard.press('Alt+ArrowDown');
    const key = to > from ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(to - from); i++) await keyboard.press(key);
    await keyboard.press('Enter');
  }

  /** A screenshot of the element's box. */
  async screenshot(options: { path: string }): Promise<void> {
    await this.#one(true);
    const clip = await this.card.run((els) => {
      const el = els[0] as HTMLElement;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }, this.steps);
    await this.card.page.screenshot({ path: options.path, clip });
  }
}

const drivers = new WeakMap<Page, CardDriver>();

/** The card driver of `page` (one per page, reused). */
export function card(page: Page): CardDriver {
  let driver = drivers.get(page);
  if (!driver) {
    driver = new CardDriver(page);
    drivers.set(page, driver);
  }
  return driver;
}
