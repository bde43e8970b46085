/**
 * The one definition of "current role". No zod and no DOM here: the content script, the overlap
 * engine and the drafts all import it.
 */
import type { Experience } from '../schema';

/**
 * Whether a role is current — the one definition matching, fit and drafts use. The reader's mark
 * (`current`, set in page-reader.ts); for snapshots stored before the mark existed,
 * the same rule the reader applies: the end is a word in any language ("Present", "obecnie",
 * "現在"), not a date.
 */
export function isCurrentRole(e: Experience): boolean {
  return e.current ?? (e.end !== undefined && e.end.trim() !== '' && !/\d{4}/.test(e.end));
}
