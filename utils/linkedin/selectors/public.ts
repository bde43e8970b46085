/**
 * Selectors of the logged-out public profile (MARKUP.md §1.3 F, 2020–2024 generation, still served
 * to anonymous visitors): BEM classes of the guest frontend (`top-card-layout__*`), sections keyed
 * by `data-section`, plus the JSON-LD `Person`. The top card nests sign-in modals (forms with
 * "Email or phone"…), so texts are read from named elements only, never from a whole container.
 */
import type { SelectorTable } from '../types';

/** F: logged-out public profile. */
export const PUBLIC_SELECTORS = {
  jsonLd: 'script[type="application/ld+json"]',
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
  topCard: '.top-card-layout',
  name: '.top-card-layout__title',
  headline: '.top-card-layout__headline',
  subline: '.top-card-layout__first-subline',
  /** Each `.not-first-middot` row holds direct `span`s: [location, "Contact Info"], [followers, connections]. */
  sublineRow: '.top-card-layout__first-subline .not-first-middot',
  sublineItem: '.top-card-layout__first-subline .not-first-middot > span',
  /** The top card's links to the current company and school (`trk=public_profile_topcard-…`). */
  topCardCompany: '.top-card-layout [data-section="currentPositionsDetails"] a[href*="/company/"]',
  topCardSchool: '.top-card-layout [data-section="educationsDetails"] a[href*="/school/"]',
  linkLabel: 'span',

  about:
    '.core-section-container[data-section="summary"] .core-section-container__content, section[data-section="summary"] .core-section-container__content, .core-section-container[data-section="summary"], section[data-section="summary"]',
  experience: '.core-section-container[data-section="experience"], section[data-section="experience"]',
  /** One role: a single position or a position inside a grouped company. */
  position: '.experience-item, .experience-group-position, li[data-section="currentPositionsDetails"]',
  group: '.experience-group',
  groupCompany: '.experience-group-header__company',
  groupLink: 'a.experience-group-header__url, a[href*="/company/"]',
  positionTitle: '.experience-item__title, h3',
  positionSubtitle: '.experience-item__subtitle, h4',
  positionMeta: '.experience-item__meta-item, p',
  dateRange: '.date-range',
  time: 'time',
  /** The "2 years 9 months" duration inside a date range. */
  duration: '.before\\:middot, span',
  companyLink: 'a[href*="/company/"], a[href*="/school/"]',
  education: '.core-section-container[data-section="educationsDetails"], section[data-section="educationsDetails"]',
  school: '.education__list-item, .profile-section-card, li',
  schoolName: 'h3',
  schoolLink: 'a[href*="/school/"], a[href*="/company/"]',
  /** h4 spans: the degree has no data-section; field and grade are `span[data-section="educations"]`. */
  degreeLine: 'h4 > span',
  fieldSpan: '[data-section="educations"]',
  volunteering: '.core-section-container[data-section="volunteering"], section[data-section="volunteering"]',
  languages: '.core-section-container[data-section="languages"], section[data-section="languages"]',
  entry: 'li',
  entryTitle: 'h3',
  entrySubtitle: 'h4',
  /** "Show more" / "Show less" buttons inside descriptions and the people-also-viewed aside. */
  button: 'button',
  aside: '.aside-section-container, .right-rail',
} as const satisfies SelectorTable;
