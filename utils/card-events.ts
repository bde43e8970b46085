/**
 * The background's broadcast to extension pages (side panel, popup) that a tab's card or the saved
 * people changed. Pages re-query with `tab/card` / `person/list`; the event carries no data.
 */

/** The event on the wire. */
export interface CardEvent {
  event: 'cards-changed';
  tabId?: number;
}

/** Whether a runtime message is our broadcast. */
export function isCardEvent(message: unknown): message is CardEvent {
  return typeof message === 'object' && message !== null && (message as CardEvent).event === 'cards-changed';
}
