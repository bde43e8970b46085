/**
 * Failures in plain words. Storage, database-version and messaging errors reach the user through
 * every surface (card, popup, options, side panel); each says what happened, that nothing already
 * saved was lost, and what to do. The raw browser message is kept at the end for bug reports.
 * Imports nothing, so the content script can use it (utils/send.ts).
 */

/** The storage quota is exhausted: IndexedDB (or storage.*) refused a write. */
export const QUOTA_MESSAGE =
  "Your browser's storage is full, so this change could not be saved. Nothing you saved before was lost. Free some disk space (or clear data of other sites and extensions), then try again.";

/** The database on disk was written by a newer Common Ground than this one (a downgrade). */
export const NEWER_DATABASE_MESSAGE =
  'Common Ground cannot open your data: it was saved by a newer version of the extension. Nothing was changed or lost. Update Common Ground to the newest version to use it again.';

/** The background could not be reached (extension updated, reloaded or disabled since the page loaded). */
export const CHANNEL_CLOSED_MESSAGE =
  'Common Ground was updated or restarted since this page loaded. Reload the page to use it again; nothing you saved was lost.';

/** The background accepted the request but answered nothing. */
export const NO_ANSWER_MESSAGE =
  'Common Ground did not answer. Reload the page and try again; nothing you saved was lost.';

function nameOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'name' in e && typeof (e as { name: unknown }).name === 'string')
    return (e as { name: string }).name;
  return '';
}

function messageOf(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e))
    return String((e as { message: unknown }).message ?? '');
  return String(e ?? '');
}

/** True when `e` is a storage-quota failure (DOMException `QuotaExceededError`, Firefox's NS_ERROR_DOM_QUOTA…). */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  const message = messageOf(e);
  return name === 'QuotaExceededError' || /quota/i.test(name) || /quota|QUOTA_(BYTES|EXCEEDED)/i.test(message);
}

/** True when opening the database failed because the stored version is newer than ours. */
export function isNewerDatabaseError(e: unknown): boolean {
  return nameOf(e) === 'VersionError';
}

/** True when a runtime message could not be delivered (no receiver, context invalidated, port closed). */
export function isChannelClosedError(e: unknown): boolean {
  return /receiving end does not exist|could not establish connection|extension context invalidated|message port closed|message manager disconnected|conduits|actor .* destroyed/i.test(
    messageOf(e),
  );
}

/**
 * The sentence to show for a failure anywhere: the known kinds above in plain words, otherwise the
 * error's own message, and never an empty string.
 */
export function readableError(e: unknown): string {
  if (isQuotaError(e)) return QUOTA_MESSAGE;
  if (isNewerDatabaseError(e)) return NEWER_DATABASE_MESSAGE;
  if (isChannelClosedError(e)) return CHANNEL_CLOSED_MESSAGE;
  const message = messageOf(e).trim();
  if (message) return message;
  const name = nameOf(e);
  return name
    ? `Something went wrong (${name}). Nothing you saved was lost; try again.`
    : 'Something went wrong. Nothing you saved was lost; try again.';
}
