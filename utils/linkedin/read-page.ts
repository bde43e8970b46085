/**
 * Reads a LinkedIn page into a Profile. Takes a `Document` and the page URL so the content script,
 * the CLI (jsdom) and tests share it. Minimal first slice: name, headline, location.
 */
import type { Profile } from '../schema';
import { isDetailsPage, profileSlug, profileUrl } from './url';

/** What kind of page this is. */
export type PageKind = 'profile' | 'self' | 'details' | 'not-found' | 'authwall' | 'blocked' | 'unknown';

/** What the reader found out about the page itself. */
export interface PageInfo {
  kind: PageKind;
  /** The markup generation detected, e.g. "sdui-2025", or null when none matched. */
  generation: string | null;
  slug: string | null;
  /** For the user when nothing could be read: what went wrong, in plain words. */
  message?: string;
  /** Diagnostic: how many elements each hook matched. */
  hooks: Record<string, number>;
}

/** The reader's answer for one page. */
export interface ReadResult {
  page: PageInfo;
  profile: Profile | null;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Read a page. Never throws: an unreadable page comes back as kind "unknown" with a message. */
export function readPage(doc: Document, url: string): ReadResult {
  const slug = profileSlug(url);
  const hooks: Record<string, number> = {};
  const h1 = doc.querySelector('h1');
  hooks.h1 = h1 ? 1 : 0;
  const name = text(h1);
  if (!slug || !name) {
    return {
      page: { kind: 'unknown', generation: null, slug, hooks, message: 'Common Ground could not read this page.' },
      profile: null,
    };
  }
  const headline = text(doc.querySelector('.text-body-medium')) || undefined;
  const location = text(doc.querySelector('.text-body-small.inline')) || undefined;
  return {
    page: { kind: isDetailsPage(url) ? 'details' : 'profile', generation: 'minimal', slug, hooks },
    profile: {
      url: profileUrl(slug),
      slug,
      name,
      headline,
      location,
      experience: [],
      education: [],
      skills: [],
      interests: [],
      volunteering: [],
      causes: [],
      languages: [],
    },
  };
}
