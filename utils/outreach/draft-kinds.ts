/** Draft kinds as the user reads them. A tiny module of its own so the content script can show the
 * kind picker without bundling the drafting tables. */
import type { DraftKind } from '../schema';

/** Human labels for the draft kinds (composer tabs). */
export const DRAFT_KIND_LABELS: Record<DraftKind, string> = {
  'connection-note': 'Connection note',
  'first-message': 'First message',
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
  'decline-reply': 'Reply to a decline',
  'progress-update': 'Progress update',
  'check-in': 'Check-in',
  inmail: 'InMail',
  're-evaluate': 'Re-evaluation check-in',
  'give-back': 'Give back / pay it forward',
};
