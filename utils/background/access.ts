/**
 * Authorising a validated message by its sender (issue #12): extension pages may send everything; a
 * content script only what its message type's `Access` allows (utils/messages.ts), and only for the
 * profile its own tab shows. Pure, so the policy is tested without a browser.
 */
import { profileSlug } from '../linkedin/url';
import { type Access, type MessageType, Requests } from '../messages';
import type { Profile } from '../schema';
import type { Sender } from './senders';

/** Why `sender` may not send this message, in words a person can read; null when it may. */
export function refusal(type: MessageType, payload: unknown, sender: Sender): string | null {
  if (sender.kind === 'extension-page') return null;
  if (sender.kind === 'foreign') return 'Common Ground answers only its own pages and its card on LinkedIn.';
  const access = Requests[type].access as Access<Record<string, unknown>>;
  if (access.who === 'tab') return null;
  if (access.who === 'page') {
    return `"${type}" is only for the extension's own pages (popup, options, side panel); a LinkedIn tab may not ask for it.`;
  }
  const shown = profileSlug(sender.url);
  if (!shown) return `"${type}" acts on a profile, and this tab shows none.`;
  const body = (payload ?? {}) as Record<string, unknown>;
  const named: string[] = [];
  if (access.slug) named.push(String(body[access.slug]));
  const profile = access.profile ? (body[access.profile] as Profile | undefined) : undefined;
  if (profile) {
    named.push(profile.slug);
    // The stored profile URL is what *Open* opens later: it must be this profile's too.
    named.push(profileSlug(profile.url) ?? `a profile URL "${profile.url}"`);
  }
  if (named.length === 0) return `"${type}" names no profile.`;
  const other = named.find((slug) => slug !== shown);
  return other === undefined ? null : `This tab shows "${shown}"; it may not act on "${other}".`;
}
