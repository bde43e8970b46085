/**
 * Who sent a runtime message or opened a port. The background trusts extension pages (popup, options,
 * side panel) with everything, and a content script only with the profile of the tab it runs in:
 * LinkedIn's renderer process hosts our content script, so a compromised renderer must not be able to
 * read or change the rest of the user's data (issue #12).
 */

/** The part of `runtime.MessageSender` (and `Port.sender`) we look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** What the background knows about itself: its id and its origin (`runtime.getURL('/')`). */
export interface Own {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  origin: string;
}

/** A classified sender. */
export type Sender =
  | { kind: 'extension-page'; tabId?: number }
  | { kind: 'content-script'; tabId: number; frameId: number; url: string }
  | { kind: 'foreign' };

/**
 * Classify a sender. An extension page is a document of our own origin (the options page opened in a
 * tab has `sender.tab` too, so the URL decides, not the tab). A content script is one of ours running
 * in a tab at a web URL: its URL is the tab's (top frame) or the frame's. Anything else — another
 * extension, a web page through externally_connectable (we declare none), a sender without a URL — is
 * foreign and gets no answer.
 */
export function classifySender(sender: SenderLike, own: Own): Sender {
  if (sender.id !== own.id) return { kind: 'foreign' };
  const url = sender.url ?? '';
  if (url.startsWith(own.origin)) return { kind: 'extension-page', tabId: sender.tab?.id };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { kind: 'foreign' };
  const frameId = sender.frameId ?? 0;
  const pageUrl = (frameId === 0 ? sender.tab?.url : undefined) ?? url;
  if (!/^https:\/\//.test(pageUrl)) return { kind: 'foreign' };
  return { kind: 'content-script', tabId, frameId, url: pageUrl };
}
