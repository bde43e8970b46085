/**
 * The background's broadcast that a tab's card or saved people changed. Extension pages (side panel,
 * popup) hear it through `runtime.sendMessage` and re-query with `tab/card` / `tracker/view` /
 * `person/get`; the content script of a tab whose card shows a changed person hears it through
 * `tabs.sendMessage` and re-reads that person. The event carries no data beyond names.
 */

/** The event on the wire. */
export interface CardEvent {
  event: 'cards-changed';
  /** The tab whose card changed (its page was read again, or it left profiles). */
  tabId?: number;
  /** The saved person who changed (saved, edited, moved, deleted), when a single one did. */
  slug?: string;
}

/** Whether a runtime message is our broadcast. */
export function isCardEvent(message: unknown): message is CardEvent {
  return typeof message === 'object' && message !== null && (message as CardEvent).event === 'cards-changed';
}

/** The part of `runtime.MessageSender` the content script looks at. */
export interface EventSender {
  id?: string;
  tab?: unknown;
}

/**
 * Whether a message the content script received is our background's: our extension id and no tab.
 * Other tabs' content scripts cannot reach it directly, and extension pages' `runtime.sendMessage`
 * never reaches content scripts, so only `tabs.sendMessage` from the background passes.
 */
export function isFromBackground(sender: EventSender, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}
