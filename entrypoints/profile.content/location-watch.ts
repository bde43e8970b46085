/**
 * In-page navigation without DOM events of our own: LinkedIn moves between profiles with
 * history.pushState. WXT's watcher told the card by dispatching `<id>:wxt:locationchange` on
 * `window`, which the page can see and forge (issue #12); this calls the card directly.
 */

/** What the watcher needs of the content script's context (quiet-context.ts). */
export interface WatchContext {
  readonly signal: AbortSignal;
  /** An interval that also notices invalidation on every tick. */
  setInterval(handler: () => void, timeout?: number): number;
}

/** The Navigation API's event target, where the isolated world has it (Chromium 102+). */
interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Call `onChange(url)` whenever `win.location.href` changes, until `ctx.signal` aborts. The Navigation
 * API's `currententrychange` (after the URL changed: same-document pushState, replaceState, back and
 * forward) answers at once where it exists; a cheap poll catches the rest (Firefox without the API,
 * and any change the API misses) and is how the context notices that the extension is gone.
 */
export function watchLocation(
  ctx: WatchContext,
  win: { location: { href: string }; navigation?: unknown },
  onChange: (url: string) => void,
  pollMs = 400,
): void {
  let last = win.location.href;
  const check = () => {
    if (ctx.signal.aborted) return;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = win.navigation as NavigationLike | undefined;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal: ctx.signal });
  }
  ctx.setInterval(check, pollMs);
}
