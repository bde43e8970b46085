/**
 * Page detectors: tiny pure functions of a URL (github-url-detection style).
 * Each is tested on its own example URLs and against every other detector's URLs.
 */

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

function parse(url: string | URL): URL | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return HOSTS.has(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/** The `/in/<slug>` path parts, or null when the URL is not under `/in/`. */
function inPath(url: string | URL): string[] | null {
  const u = parse(url);
  if (!u) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'in' || !parts[1]) return null;
  return parts.slice(1);
}

/** The decoded, lower-cased profile slug of a `/in/<slug>/…` URL, or null. */
export function profileSlug(url: string | URL): string | null {
  const parts = inPath(url);
  if (!parts?.[0]) return null;
  try {
    return decodeURIComponent(parts[0]).toLowerCase();
  } catch {
    return parts[0].toLowerCase();
  }
}

/** A member's main profile page: `/in/<slug>/` (no sub-page). */
export function isProfile(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts.length === 1;
}

/** A `/in/<slug>/details/<section>/` page. */
export function isDetailsPage(url: string | URL): boolean {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'details' && parts.length >= 3;
}

/** The section of a details page ("experience", "education", "skills", "interests"…), or null. */
export function detailsSection(url: string | URL): string | null {
  const parts = inPath(url);
  return parts !== null && parts[1] === 'details' && parts[2] ? parts[2].toLowerCase() : null;
}

/** The canonical profile URL for a slug. */
export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
