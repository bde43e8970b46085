/**
 * Where the extension runs: LinkedIn only, on every host a profile is served from — linkedin.com,
 * www.linkedin.com and the country sub-domains (se.linkedin.com, de.linkedin.com…) where logged-out
 * visitors land. In a match pattern `*.linkedin.com` covers the bare domain and every sub-domain;
 * `url.ts` then accepts profiles only on www, m and two-letter country hosts. Used by wxt.config.ts
 * (host_permissions) and the content script's `matches`, so the two never disagree.
 */
export const LINKEDIN_MATCHES: readonly string[] = ['https://*.linkedin.com/*'];
