/**
 * The in-page card's host: a plain `<div>` with a closed shadow root, so LinkedIn's page JavaScript
 * cannot read the card, drive it, or stop it from mounting (issue #12). WXT's createShadowRootUi opens
 * its root, names a custom element the page can define first, and wraps the UI in html/head/body;
 * this is the least that shows a card: one `<style>`, one container.
 *
 * What the page can still do, and nobody can prevent from inside: see that a `<div>` was inserted, its
 * size and position, cover it with its own elements, and see input events in the capture phase on
 * `window`/`document` before they reach the card (their target is the host, their keys are real).
 */

/** Where the host goes: just before LinkedIn's element, or appended to a parent (a fixed corner chip). */
export type Placement = { before: Element } | { append: Element };

/** Options of {@link mountClosedHost}. */
export interface ClosedHostOptions {
  /** Where to put the host. */
  place: Placement;
  /** The host's own box (`display`, `position`, …): each becomes an `!important` `:host` declaration. */
  hostStyle: Readonly<Record<string, string>>;
  /** The card's stylesheet, inside the shadow root. */
  css: string;
  /** Put the host back at most this many times per `windowMs`, so a hostile loop cannot spin us. */
  maxRestores?: number;
  windowMs?: number;
}

/** A mounted host. */
export interface ClosedHost {
  /** The element inside the closed root that the card renders into. */
  readonly container: HTMLElement;
  /** Whether `node` is the host (for page observers that must ignore our own insertions). */
  isHost(node: Node): boolean;
  /** Whether the host is in the document. */
  readonly isConnected: boolean;
  /** The page's element the host is placed before, or null for the corner chip. */
  readonly anchor: Element | null;
  /** Stop guarding and take the host out of the page. */
  remove(): void;
}

/**
 * Composed events the card's controls fire. Stopped at the shadow root (bubbling phase, after our own
 * handlers ran) so LinkedIn's bubbling listeners on the page never see the card being used — WXT's
 * isolateEvents did the keyboard ones. Capture-phase listeners on window/document run before us and
 * cannot be stopped; non-bubbling focus/blur and mouseenter/leave reach the host itself at target.
 */
export const STOPPED_EVENTS: readonly string[] = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'focusin',
  'focusout',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointercancel',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
  'wheel',
  'copy',
  'cut',
  'paste',
  'dragstart',
  'drag',
  'dragend',
  'dragenter',
  'dragover',
  'dragleave',
  'drop',
];

/**
 * The `:host` rule: `all: initial` resets whatever LinkedIn's CSS or an inline style on the host sets
 * (`div { display: none !important }` included: for `!important`, the shadow tree's own rule wins over
 * the page's), then our own box. Pseudo-elements the page could hang on the host are switched off.
 */
export function hostCss(hostStyle: Readonly<Record<string, string>>): string {
  const own = Object.entries(hostStyle)
    .map(([property, value]) => `${property}:${value}!important;`)
    .join('');
  return `:host{all:initial!important;${own}}:host::before,:host::after{content:none!important;display:none!important}`;
}

/** Mount the host at `place` and keep it there until `remove()`. */
export function mountClosedHost(doc: Document, options: ClosedHostOptions): ClosedHost {
  const { place, maxRestores = 20, windowMs = 10_000 } = options;
  const host = doc.createElement('div');
  // Closed and not serializable: `host.shadowRoot` is null and getHTML() leaves it out.
  const root = host.attachShadow({ mode: 'closed', serializable: false } as ShadowRootInit);
  const style = doc.createElement('style');
  style.textContent = `${hostCss(options.hostStyle)}\n${options.css}`;
  const container = doc.createElement('div');
  root.append(style, container);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of STOPPED_EVENTS) root.addEventListener(type, stop);

  const anchor = 'before' in place ? place.before : null;
  const insert = () => {
    if ('before' in place) place.before.before(host);
    else place.append.append(host);
  };
  const parent = () => ('before' in place ? place.before.parentNode : place.append);
  const inPlace = () => host.isConnected && host.parentNode === parent();

  // Rate limit: a page that removes the host in a loop gets it back `maxRestores` times per window,
  // then once more when the window ends.
  let restores = 0;
  let windowStart = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let removed = false;
  const restore = () => {
    if (removed || inPlace()) return;
    // LinkedIn re-rendered and dropped its own element: the card's page watcher re-anchors it.
    if (anchor && !anchor.isConnected) return;
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      restores = 0;
    }
    if (restores >= maxRestores) {
      if (retry === undefined) {
        retry = setTimeout(
          () => {
            retry = undefined;
            restore();
          },
          windowMs - (now - windowStart),
        );
      }
      return;
    }
    restores++;
    insert();
    // Attributes the page put on the host (`inert`, `hidden`, `style`, `popover`…): we set none.
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
  };
  const observer = new MutationObserver(() => {
    if (removed) return;
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    restore();
  });
  const watch = () => {
    observer.disconnect();
    const p = parent();
    if (p) observer.observe(p, { childList: true });
    observer.observe(host, { attributes: true });
  };

  insert();
  watch();
  return {
    container,
    isHost: (node) => node === host,
    get isConnected() {
      return host.isConnected;
    },
    anchor,
    remove() {
      removed = true;
      observer.disconnect();
      clearTimeout(retry);
      host.remove();
    },
  };
}
