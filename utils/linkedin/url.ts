/**
 * Page detectors: tiny pure functions of a URL (github-url-detection style).
 * Each is tested on its own example URLs and against every other detector's URLs, so no two
 * detectors claim the same page (tests/unit/linkedin/url.test.ts).
 *
 * Accepted hosts: linkedin.com, www.linkedin.com and the country/mobile sub-domains
 * (fr.linkedin.com, se.linkedin.com, m.linkedin.com) that public pages and canonical links use.
 */

const HOST = /^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com$/i;

/** LinkedIn's vanity-name shortcut for the signed-in member's own profile. */
const OWN_PROFILE_SLUG = 'me';

/** A trailing language segment of a secondary-language profile: `/in/<slug>/fr`, `/in/<slug>/pt-br`. */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;

function parse(url: string | URL): URL | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return HOST.test(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/** The non-empty path parts of a LinkedIn URL, or null for other sites and malformed URLs. */
function pathParts(url: string | URL): string[] | null {
  const u = parse(url);
  return u ? u.pathname.split('/').filter(Boolean) : null;
}

/** The `/in/<slug>` path parts, or null when the URL is not under `/in/`. */
function inPath(url: string | URL): string[] | null {
  const parts = pathParts(url);
  if (parts?.[0] !== 'in' || !parts[1]) return null;
  return parts.slice(1);
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/** The decoded, lower-cased profile slug of a `/in/<slug>/…` URL, or null. `/in/me/` gives "me". */
export function profileSlug(url: string | URL): string | null {
  const parts = inPath(url);
  return parts?.[0] ? decodeSlug(parts[0]) : null;
}

/** `/in/me/`: LinkedIn redirects it to the viewer's own profile. Otherwise "own profile" is only knowable from the DOM (readPage kind "self"). */
export function isOwnProfile(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts.length === 1 && decodeSlug(parts[0] ?? '') === OWN_PROFILE_SLUG;
}

/** A member's main profile page: `/in/<slug>/`, optionally in a secondary language (`/in/<slug>/fr`). */
export function isProfile(url: string | URL): boolean {
  const parts = inPath(url);
  if (!parts || isOwnProfile(url)) return false;
  return parts.length === 1 || (parts.length === 2 && LOCALE_SEGMENT.test(parts[1] ?? ''));
}

/** A modal over a profile: `/in/<slug>/overlay/contact-info/`, `/overlay/about-this-profile/`… */
export function isProfileOverlay(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'overlay' && parts.length >= 3;
}

/** A `/in/<slug>/details/<section>/` page (full lists: experience, education, skills, interests…). */
export function isDetailsPage(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'details' && parts.length >= 3;
}

/** The section of a details page ("experience", "education", "skills", "interests"…), or null. */
export function detailsSection(url: string | URL): string | null {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'details' && parts[2] ? parts[2].toLowerCase() : null;
}

/** A member's activity pages: `/in/<slug>/recent-activity/…`. */
export function isRecentActivity(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'recent-activity';
}

function firstSegmentIs(url: string | URL, ...names: string[]): string[] | null {
  const parts = pathParts(url);
  return parts?.[0] && names.includes(parts[0]) ? parts : null;
}

/** A company page: `/company/<id-or-name>/…`. */
export function isCompany(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'company');
  return parts !== null && parts.length >= 2;
}

/** A school page: `/school/<id-or-name>/…`. */
export function isSchool(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'school');
  return parts !== null && parts.length >= 2;
}

/** A group page: `/groups/<id>/…`. */
export function isGroup(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'groups');
  return parts !== null && parts.length >= 2;
}

/** A newsletter page: `/newsletters/<id>/`. */
export function isNewsletter(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'newsletters');
  return parts !== null && parts.length >= 2;
}

/** Search results of any kind: `/search/results/<kind>/…`. */
export function isSearch(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'search');
  return parts !== null && parts[1] === 'results';
}

/** The home feed (`/feed/`), not a single post. */
export function isFeed(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'feed');
  return parts !== null && parts.length === 1;
}

/** A single post: `/feed/update/<urn>/` or `/posts/<slug>/`. */
export function isPost(url: string | URL): boolean {
  const feed = firstSegmentIs(url, 'feed');
  if (feed) return feed[1] === 'update' && feed.length >= 3;
  const posts = firstSegmentIs(url, 'posts');
  return posts !== null && posts.length >= 2;
}

/** Messaging: `/messaging/…`. */
export function isMessaging(url: string | URL): boolean {
  return firstSegmentIs(url, 'messaging') !== null;
}

/** My Network: `/mynetwork/…` (connections, invitations). */
export function isMyNetwork(url: string | URL): boolean {
  return firstSegmentIs(url, 'mynetwork') !== null;
}

/** Jobs: `/jobs/…`. */
export function isJobs(url: string | URL): boolean {
  return firstSegmentIs(url, 'jobs') !== null;
}

/** The sign-in wall and login pages: `/authwall`, `/login`, `/uas/login…`, `/signup`. */
export function isAuthwall(url: string | URL): boolean {
  const parts = firstSegmentIs(url, 'authwall', 'login', 'uas', 'signup');
  return parts !== null && (parts[0] !== 'uas' || (parts[1] ?? '').startsWith('login'));
}

/** LinkedIn's security checks (bot check, CAPTCHA): `/checkpoint/…`. */
export function isCheckpoint(url: string | URL): boolean {
  return firstSegmentIs(url, 'checkpoint') !== null;
}

/** The canonical profile URL for a slug. */
export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

const ENTITY_PATH = /^\/(company|school|groups|newsletters|showcase)\/([^/?#]+)/;

/**
 * LinkedIn's own link to an organisation, normalised: absolute, `www` host, no query or hash,
 * trailing slash — `https://www.linkedin.com/company/1441/`. `/in/<slug>` links become
 * profile URLs. Returns undefined for search links and anything that is not such a link.
 */
export function entityUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
  if (!HOST.test(u.hostname)) return undefined;
  const m = u.pathname.match(ENTITY_PATH);
  if (m?.[1] && m[2]) return `https://www.linkedin.com/${m[1]}/${m[2]}/`;
  const slug = isProfile(u) ? profileSlug(u) : null;
  return slug ? profileUrl(slug) : undefined;
}

/**
 * What a people link counts, from its URL alone (any UI language): `/mynetwork/invite-connect/connections/`
 * and a search of the member's connections (`connectionOf=`) are their connections; the same search
 * narrowed to the viewer's own network (`network=["F"]`, or the older `facetConnectionOf=`) is the
 * mutual connections. Undefined for any other link.
 */
export function peopleLinkKind(href: string | null | undefined): 'connections' | 'mutual' | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
  if (!HOST.test(u.hostname)) return undefined;
  if (/^\/mynetwork\/invite-connect\/connections\/?/.test(u.pathname)) return 'connections';
  if (!/^\/search\/results\/people\/?$/.test(u.pathname)) return undefined;
  const network = (u.searchParams.get('network') ?? u.searchParams.get('facetNetwork') ?? '').replace(/[[\]"'\s]/g, '');
  if (u.searchParams.has('facetConnectionOf')) return 'mutual';
  if (!u.searchParams.has('connectionOf')) return undefined;
  return network === 'F' ? 'mutual' : 'connections';
}
