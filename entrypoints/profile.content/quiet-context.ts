/**
 * The content script's context in its build, in place of WXT's `wxt/utils/content-script-context`
 * (swapped by scripts/build/quiet-context.ts). WXT's context announces every start to the page — a
 * `window.postMessage` and a document CustomEvent, both named `<extension id>:profile:wxt:content-script-started`
 * — and stops itself when the page replays that event; its location watcher dispatches
 * `<id>:wxt:locationchange` on `window` (issue #12). This one talks to no one: it aborts when the
 * extension is gone (updated, reloaded, removed), and nothing else. Navigation is watched by
 * location-watch.ts, which calls the card directly.
 */
import { browser } from 'wxt/browser';

/** The content script's lifetime: an AbortSignal that aborts when the extension context is invalidated. */
export class ContentScriptContext implements AbortController {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  /** Aborted once the extension is gone. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Abort now (the card is removed by its `onInvalidated` listener). */
  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  /** True once the extension is gone; checking notices it (`runtime.id` disappears from orphaned scripts). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  /** The opposite of {@link isInvalid}. */
  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Run `cb` when the context is invalidated; returns its remover. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for work that must not go on after invalidation. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  /** `setInterval` that checks validity on every tick (which is how invalidation is noticed) and stops with it. */
  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** `setTimeout` that does not fire after invalidation. */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** `requestAnimationFrame` that does not fire after invalidation. */
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** `requestIdleCallback` that does not fire after invalidation. */
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * `target.addEventListener`, removed on invalidation. There is no `wxt:locationchange` here (it
   * would be a DOM event named after the extension): location-watch.ts calls the card directly.
   */
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Abort: the extension context is gone. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
