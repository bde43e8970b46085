/**
 * The one check for a stored or opened profile address. `Profile.url` (utils/schema.ts), the database
 * migration that repairs old records (utils/db/open.ts) and every *Open* button use it, so an imported
 * file cannot point *Open* at `data:`, `file:`, `chrome:` or another site.
 */
import { isProfile, profileSlug, profileUrl } from './url';

/**
 * Why `url` is not the LinkedIn profile address of the person `slug`, or null when it is: `https:`
 * only, a LinkedIn host (www., bare, or a two-letter country sub-domain — the hosts of url.ts), no user
 * name, password or port, and the `/in/<slug>/` page of exactly this person.
 */
export function profileUrlProblem(url: string, slug: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a web address';
  }
  if (u.protocol !== 'https:') return `not an https:// address (${u.protocol})`;
  if (u.username || u.password || u.port) return 'an address with a user name, password or port';
  if (!isProfile(u)) return `not a LinkedIn profile page (${u.hostname}${u.pathname})`;
  const own = profileSlug(u);
  if (own !== slug) return `the profile of "${own}", not of "${slug}"`;
  return null;
}

/** True when `url` is the LinkedIn profile address of `slug` (see `profileUrlProblem`). */
export function isProfileUrlOf(url: string, slug: string): boolean {
  return profileUrlProblem(url, slug) === null;
}

/** The canonical address of a profile, `https://www.linkedin.com/in/<slug>/`: what bad stored URLs become. */
export const canonicalProfileUrl = profileUrl;

/**
 * The address *Open* may open for a saved person: the stored URL when it passes the check, else the
 * canonical one for the slug when that does, else null (nothing is opened).
 */
export function openableProfileUrl(url: string, slug: string): string | null {
  if (isProfileUrlOf(url, slug)) return url;
  const canonical = profileUrl(slug);
  return isProfileUrlOf(canonical, slug) ? canonical : null;
}
