/**
 * Reads a LinkedIn page into a Profile with a given list of generation readers. Takes a `Document`
 * and the page URL so the content script, the CLI (jsdom) and tests share it. First classifies the
 * page (bot check, not found, sign-in wall), then lets the first reader whose `detect` matches read it.
 * `read-page.ts` gives it every reader; the content script gives it the live ones (live-readers.ts).
 */
import type { Profile } from '../schema';
import { boundProfile } from './bounds';
import { isCurrentRole } from './current-role';
import { hookCounts } from './dom';
import { slugFromDom } from './page-identity';
import { PAGE_SELECTORS } from './selectors/page';
import type { GenerationReader } from './types';
import { detailsSection, isAuthwall, isCheckpoint, profileSlug } from './url';

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
  /** On details pages: which section ("experience", "education", "skills", "interests"…). */
  section?: string;
}

/** The reader's answer for one page. */
export interface ReadResult {
  page: PageInfo;
  profile: Profile | null;
}

const PREFIX = 'Common Ground could not read this page: ';

function bodyText(doc: Document): string {
  return (doc.body?.textContent ?? '').replace(/\s+/g, '');
}

/** LinkedIn's pages that are not a profile, told apart by URL, title and structure (neg-*.html). */
function negativeKind(doc: Document, url: string): 'blocked' | 'not-found' | null {
  const title = doc.title;
  // The bot check is an empty body, a cookie-setting script and a meta refresh to linkedin.com.
  if (
    isCheckpoint(url) ||
    /security (verification|check)|let['’]s do a quick security check/i.test(title) ||
    (doc.querySelector(PAGE_SELECTORS.metaRefresh) && !bodyText(doc))
  ) {
    return 'blocked';
  }
  if (doc.querySelector(PAGE_SELECTORS.notFound) || /\b(profile|page) not found\b/i.test(title)) return 'not-found';
  return null;
}

function isSignInWall(doc: Document, url: string): boolean {
  return (
    isAuthwall(url) ||
    /log in or sign up|sign up \| linkedin|sign in \| linkedin/i.test(doc.title) ||
    Boolean(doc.querySelector(PAGE_SELECTORS.loginForm))
  );
}

const MESSAGES: Record<'blocked' | 'not-found' | 'authwall', string> = {
  blocked: `${PREFIX}LinkedIn is showing a security check instead of the profile. Reload the page once it has passed.`,
  'not-found': `${PREFIX}LinkedIn says this profile does not exist or is not visible to you.`,
  authwall: `${PREFIX}LinkedIn is asking you to sign in before it shows the profile.`,
};

/** The reader marks each current role once, for every generation (current-role.ts `isCurrentRole`). */
function markCurrentRoles(profile: Profile): Profile {
  return {
    ...profile,
    experience: profile.experience.map((e) => (isCurrentRole(e) ? { ...e, current: true } : e)),
  };
}

function detects(reader: GenerationReader, doc: Document, url: string): boolean {
  try {
    return reader.detect(doc, url);
  } catch {
    return false;
  }
}

/**
 * Read a page with `readers` (most specific first). Never throws: an unreadable page comes back as
 * kind "unknown" with a message.
 */
export function readPageWith(readers: readonly GenerationReader[], doc: Document, url: string): ReadResult {
  let slug: string | null = profileSlug(url);
  const diagnostics = () => {
    try {
      return hookCounts(doc, PAGE_SELECTORS);
    } catch {
      return {};
    }
  };
  const unknown = (generation: string | null, message: string): ReadResult => ({
    page: { kind: 'unknown', generation, slug, hooks: diagnostics(), message: PREFIX + message },
    profile: null,
  });
  try {
    slug ??= slugFromDom(doc);
    const negative = negativeKind(doc, url);
    if (negative) {
      return {
        page: { kind: negative, generation: null, slug, hooks: diagnostics(), message: MESSAGES[negative] },
        profile: null,
      };
    }
    const reader = readers.find((r) => detects(r, doc, url));
    if (!reader) {
      if (isSignInWall(doc, url)) {
        return {
          page: { kind: 'authwall', generation: null, slug, hooks: diagnostics(), message: MESSAGES.authwall },
          profile: null,
        };
      }
      return unknown(null, 'no known LinkedIn profile layout matched. The hook counts below tell what was found.');
    }
    let read: ReturnType<GenerationReader['read']>;
    try {
      read = reader.read(doc, url);
    } catch (error) {
      return unknown(
        reader.id,
        `the ${reader.id} reader failed (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const { isSelf, hooks } = read;
    // Every reader's output is cleaned and bounded here, in one place (bounds.ts).
    const profile = markCurrentRoles(boundProfile(read.profile));
    if (!profile.slug) return unknown(reader.id, 'the address names no profile (/in/<name>/).');
    if (!profile.name) return unknown(reader.id, `the page looks like the ${reader.id} layout but shows no name.`);
    const kind = reader.id === 'details' ? 'details' : isSelf ? 'self' : 'profile';
    const section = kind === 'details' ? (detailsSection(url) ?? undefined) : undefined;
    return {
      page: { kind, generation: reader.id, slug: profile.slug, hooks, ...(section ? { section } : {}) },
      profile,
    };
  } catch (error) {
    return unknown(null, `an unexpected error occurred (${error instanceof Error ? error.message : String(error)}).`);
  }
}
