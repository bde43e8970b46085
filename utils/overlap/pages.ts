/**
 * LinkedIn's own school and company pages identify an institution or organisation exactly, in any
 * language: `https://www.linkedin.com/school/<id>/` and `/company/<id>/` (a school's page is sometimes a
 * company page). An id is a number ("/company/1441/", as profile pages link it) or a vanity slug
 * ("/company/google/", as the address bar shows it); one organisation has both, so two ids decide only
 * when they are of the same form.
 */

const PAGE_URL =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(school|company)\/([^/?#\s]+)\/?(?:[?#][^\s]*)?$/i;
const IN_TEXT = /linkedin\.com\/(?:school|company)\/([^/?#\s]+)/i;

/** A LinkedIn school or company page. */
export interface LinkedInPage {
  kind: 'school' | 'company';
  /** Lower-cased numeric id or vanity slug. */
  id: string;
}

/** The page a URL is, or null when it is not a LinkedIn school or company page. */
export function parsePageUrl(url: string | undefined): LinkedInPage | null {
  const m = url ? PAGE_URL.exec(url.trim()) : null;
  if (!m?.[1] || !m[2]) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[2]).toLowerCase();
  } catch {
    return null;
  }
  return { kind: m[1].toLowerCase() as LinkedInPage['kind'], id };
}

/** The canonical URL of a page ("https://www.linkedin.com/school/123/"), as My profile stores it. */
export const pageUrl = (p: LinkedInPage): string => `https://www.linkedin.com/${p.kind}/${encodeURIComponent(p.id)}/`;

/** The `<id>` of any link to a school or company page (readers keep links with more after the id), or null. */
export function pageId(url: string | undefined): string | null {
  const m = url ? IN_TEXT.exec(url) : null;
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return null;
  }
}

const NUMERIC = /^\d+$/;

/**
 * What two page ids say: "same" page, "different" pages, or null when they cannot decide (one side has
 * none, or one is a number and the other a slug).
 */
export function comparePageIds(a: string | null, b: string | null): 'same' | 'different' | null {
  if (!a || !b) return null;
  if (a === b) return 'same';
  return NUMERIC.test(a) === NUMERIC.test(b) ? 'different' : null;
}
