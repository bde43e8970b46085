/**
 * Selectors that classify a page before any generation reader runs: LinkedIn's error, sign-in and
 * bot-check pages (the real neg-*.html pages), plus generic hooks listed as diagnostics when no
 * generation matches.
 */
import type { SelectorTable } from '../types';

/** Page-level hooks (negative pages and diagnostics). */
export const PAGE_SELECTORS = {
  title: 'title',
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
  pageKey: 'meta[name="pageKey"]',
  /** Bot check: an empty page that refreshes to linkedin.com after a cookie-setting script. */
  metaRefresh: 'meta[http-equiv="refresh" i]',
  notFound: '.page-not-found__headline, .not-found__header, [data-test-id="not-found"]',
  /** Sign-in forms and the guest home hero. */
  loginForm: 'form[action*="login-submit"], form.login__form, .login__form, [data-test-id="hero__headline"]',
  main: 'main',
  h1: 'h1',
  /** Generic hooks of every known generation, so the diagnostic tells which family was close. */
  memberTopCard: 'section[data-member-id]',
  profileCard: '[data-view-name="profile-card"]',
  profileEntity: '[data-view-name="profile-component-entity"]',
  pvsAnchor: '.pv-profile-card-anchor, .pv-profile-card__anchor',
  /** The 2018 Ember profile: its reader's `detect`, and what makes the content script load that reader (live-readers.ts). */
  emberProfile: '.pv-top-card-section, .pv-top-card-v2-section, #experience-section',
  /**
   * Hooks of the readers the content script loads on demand (live-readers.ts): the 2018 Ember profile,
   * the 2022–24 pvs top card and sections, the logged-out public top card and its JSON-LD Person.
   */
  onDemandHooks:
    '.pv-top-card-section, .pv-top-card-v2-section, #experience-section, .pv-top-card, section[data-member-id], .pv-profile-card-anchor, .pv-profile-card__anchor, .pvs-list__outer-container, .top-card-layout, script[type="application/ld+json"]',
  sduiCard: '[componentkey^="com.linkedin.sdui.profile.card"]',
  componentkey: '[componentkey]',
  publicTopCard: '.top-card-layout',
  jsonLd: 'script[type="application/ld+json"]',
} as const satisfies SelectorTable;
