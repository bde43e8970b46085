/** Waiting for a profile's own content and watching for lazy sections, without polling in a tight loop. */
import { isPageFor } from '@/utils/linkedin/read-page';

/** Resolve true once the document shows the profile `slug` (false after `timeoutMs` or on abort). */
export function waitForProfile(doc: Document, slug: string, signal: AbortSignal, timeoutMs = 10_000): Promise<boolean> {
  if (isPageFor(doc, slug)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const observer = new MutationObserver(() => {
      if (isPageFor(doc, slug)) done(true);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => done(isPageFor(doc, slug)), timeoutMs);
    signal.addEventListener('abort', onAbort);
  });
}

/** Call `onChange` (debounced) whenever the page's DOM changes outside our own panel, until aborted. */
export function watchForChanges(doc: Document, signal: AbortSignal, onChange: () => void, delayMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.('common-ground-panel'))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
