/**
 * LinkedIn's message limits and how Common Ground counts characters.
 * Values come from `shared/linkedin/MARKUP.md` §3.1 ("widely reported"; no official help page for most).
 */
import type { DraftKind, Settings } from '../schema';

/** The limits a draft must fit: body length, and subject length where the kind has a subject. */
export interface MessageLimit {
  body: number;
  subject?: number;
}

/**
 * Character limits, as data. Sources (MARKUP §3.1):
 * - connection note: 200 on a free account (reduced from 300), 300 on Premium / Sales Navigator;
 * - InMail: subject 200; body 1,900 (the help mirror says 2,000, recent guides say 1,900 — enforce the lower);
 * - regular message to a 1st-degree connection: reported 3,000 (older folklore says 8,000 — enforce the lower).
 */
export const MESSAGE_LIMITS = {
  connectionNote: { free: 200, premium: 300 },
  inmail: { subject: 200, body: 1900 },
  message: 3000,
} as const;

/** The limits for one kind of draft on one kind of account. */
export function limitFor(kind: DraftKind, accountType: Settings['accountType']): MessageLimit {
  if (kind === 'connection-note') return { body: MESSAGE_LIMITS.connectionNote[accountType] };
  if (kind === 'inmail') return { body: MESSAGE_LIMITS.inmail.body, subject: MESSAGE_LIMITS.inmail.subject };
  return { body: MESSAGE_LIMITS.message };
}

/**
 * Characters as LinkedIn may count them, conservatively.
 * LinkedIn's textareas most likely count UTF-16 code units (`maxlength`), which is never fewer than the
 * user-perceived characters (graphemes) — an emoji such as 👩🏽‍💻 is 1 grapheme but 7 code units. We take the
 * larger of the two — always the code units, since a grapheme is one or more code units, so no segmenter is
 * needed (creating one costs the in-page composer ~15 ms) — and count each line break twice because
 * `maxlength` on a textarea historically counted a line break as CRLF. A draft that fits this count fits
 * whichever way LinkedIn counts.
 */
export function charCount(text: string): number {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return text.length + breaks;
}
