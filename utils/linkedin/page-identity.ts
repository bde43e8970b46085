/**
 * Which profile a document shows, from the DOM alone. After an in-page (pushState) navigation the
 * old profile's DOM lingers for a while, so the URL is not enough: the content script waits until
 * the document shows the new slug.
 */
import { clean } from './dom';
import { profileSlug } from './url';

/**
 * Slugs the document names as its own, strongest evidence first: top-card links (contact info,
 * "about this profile"), SDUI componentkeys that end in the slug, then canonical link and og:url.
 * Each group is only used when the stronger ones are absent.
 */
function slugEvidence(doc: Document): string[] {
  const fromLinks = (selector: string) =>
    [...doc.querySelectorAll(selector)]
      .map((a) => profileSlug(new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com/')))
      .filter((s): s is string => Boolean(s));
  const topCard = fromLinks(
    'a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"], a[href*="/in/"][href*="/details/"]',
  );
  if (topCard.length) return topCard;
  // sdui-2025: the verified-name link's componentkey is "ProfileVerificationTriggerRef-<slug>".
  const keys = [...doc.querySelectorAll('[componentkey^="ProfileVerificationTriggerRef-"]')].map((el) =>
    safeDecode((el.getAttribute('componentkey') ?? '').slice('ProfileVerificationTriggerRef-'.length)),
  );
  if (keys.length) return keys;
  // sdui-2026 pages of other members: the top card's name (h2) links the profile.
  const nameLinks = [...doc.querySelectorAll('[componentkey$="Topcard"] h2, [data-view-name="profile-top-card"] h1')]
    .map((h) => h.closest('a[href*="/in/"]')?.getAttribute('href'))
    .map((href) => (href ? profileSlug(new URL(href, 'https://www.linkedin.com/')) : null))
    .filter((s): s is string => Boolean(s));
  if (nameLinks.length) return nameLinks;
  const canonical = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
    .map((href) => (href ? profileSlug(new URL(href, 'https://www.linkedin.com/')) : null))
    .filter((s): s is string => Boolean(s));
  return canonical;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s).toLowerCase();
  } catch {
    return s.toLowerCase();
  }
}

/** The profile slug the document itself names (top-card links, componentkey, canonical), or null. */
export function slugFromDom(doc: Document): string | null {
  return slugEvidence(doc)[0] ?? null;
}

/**
 * Whether the DOM currently shows the profile of `slug` (decoded or percent-encoded, any case).
 * False while the previous profile's DOM lingers after an SPA navigation, and false when the
 * document names no profile at all.
 */
export function isPageFor(doc: Document, slug: string): boolean {
  const want = safeDecode(slug);
  const evidence = slugEvidence(doc);
  return evidence.length > 0 && evidence.includes(want);
}

/**
 * The name in the page title: "(3) Ann Lee | LinkedIn" → "Ann Lee"; details pages
 * "Experience | Ann Lee | LinkedIn" → "Ann Lee"; public "Ann Lee - Engineer - Acme | LinkedIn" keeps all.
 */
export function nameFromTitle(doc: Document): string {
  const parts = clean(doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ')
    .map(clean);
  if (parts.length < 2) return '';
  return parts[parts.length - 2] ?? '';
}

/** `…-EXPERIENCE-VIEW-DETAILS-…` entry ids of a details page → its URL section. */
const DETAILS_IDS: Readonly<Record<string, string>> = {
  EXPERIENCE: 'experience',
  EDUCATION: 'education',
  SKILLS: 'skills',
  INTERESTS: 'interests',
  LANGUAGES: 'languages',
  VOLUNTEERING_EXPERIENCE: 'volunteering-experiences',
  VOLUNTEER_EXPERIENCE: 'volunteering-experiences',
};

/**
 * The section of a `/details/<section>/` page from its DOM (saved pages carry no URL): the paged
 * list's entry ids name it (pvs 2022–24: `profilePagedListComponent-<id>-EXPERIENCE-VIEW-DETAILS-…`).
 */
export function detailsSectionFromDom(doc: Document): string | null {
  const id = doc.querySelector('[id^="profilePagedListComponent-"]')?.id ?? '';
  const m = id.match(/-([A-Z_]+)-VIEW-DETAILS/);
  return (m?.[1] && DETAILS_IDS[m[1]]) || null;
}
