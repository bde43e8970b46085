/** Waiting for a profile's own content and watching for lazy sections, without polling in a tight loop. */
import { isPageFor, slugFromDom } from '@/utils/linkedin/page-identity';

/**
 * Resolve true once the document shows the profile `slug`. On a fresh page load (`navigated`
 * false) a document that names no profile at all is read as it is: no earlier profile can linger.
 * After an in-page navigation the old profile's DOM lingers, so wait for the new slug; at the
 * timeout, read anyway unless the page still names a different profile (then false).
 */
export function waitForProfile(
  doc: Document,
  slug: string,
  signal: AbortSignal,
  navigated: boolean,
  timeoutMs = 8_000,
): Promise<boolean> {
  if (isPageFor(doc, slug) || (!navigated && slugFromDom(doc) === null)) return Promise.resolve(true);
  // A page that names no slug at all has arrived once the title changes (LinkedIn sets it per profile).
  const title = doc.title;
  const arrived = () => isPageFor(doc, slug) || (slugFromDom(doc) === null && doc.title !== title);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const observer = new MutationObserver(() => {
      if (arrived()) done(true);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => done(isPageFor(doc, slug) || slugFromDom(doc) === null), timeoutMs);
    signal.addEventListener('abort', onAbort);
  });
}

/**
 * Call `onChange` (debounced) whenever the page's DOM changes, until aborted. Changes inside the card's
 * closed shadow root are not seen at all; records that only add or remove the card's host (`isOurs`)
 * are ignored.
 */
export function watchForChanges(
  doc: Document,
  signal: AbortSignal,
  isOurs: (node: Node) => boolean,
  onChange: () => void,
  delayMs = 400,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ours = (r: MutationRecord) =>
    r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every(isOurs);
  const observer = new MutationObserver((records) => {
    if (records.every(ours)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
