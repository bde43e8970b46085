/**
 * Selectors of the Mar 2022 – 2023 "pvs" redesign v1 (MARKUP.md §1.3 B): `pv-top-card`,
 * `pv-profile-card-anchor` ids, `pvs-list`, `.pvs-entity` entries. Durable hooks first
 * (ids, aria-labels, href patterns); LinkedIn's utility classes (`text-body-*`) only where
 * nothing better exists.
 */
import type { SelectorTable } from '../types';

/** Every selector the pvs readers use, by name. pvs-2024-07 and pvs-2024-11 override some rows. */
export interface PvsSelectors extends SelectorTable {
  /** The top card: the only section with the member id. */
  topCard: string;
  name: string;
  headline: string;
  location: string;
  /** Candidates for the pronouns label beside the name ("(She/Her)"); filtered by shape. */
  pronouns: string;
  /** Connection degree badge ("3rd degree connection" + "3rd"). */
  distanceBadge: string;
  contactInfo: string;
  /** The right-hand "current company" entry of the top card. */
  currentCompany: string;
  currentSchool: string;
  /** Top-card counts list ("500+ connections", sometimes "1,234 followers"). */
  topCardCounts: string;
  /** Link to shared connections; its text names them ("A, B and 2 other mutual connections"). */
  mutual: string;
  /** Section anchors: the id is the section name (experience, education, skills…). */
  sectionAnchor: string;
  /** Section title, the last-resort way to find a section. */
  sectionTitle: string;
  /** Follower count in the Activity card header. */
  followers: string;
  /** One list entry (a role, a school, a skill…). */
  entity: string;
  /** Interests tabs and their pre-rendered panels (inactive ones hidden, still in the DOM). */
  tab: string;
  tabPanel: string;
  /** Free-text body of a card (About, Causes). */
  cardText: string;
  /** Only on the viewer's own profile: edit-intro pencil, own-connections link. */
  selfMarker: string;
  /** Only on someone else's profile. */
  otherMarker: string;
}

/** B: Mar 2022 – 2023 pvs v1. */
export const PVS_2022_SELECTORS = {
  topCard: '.pv-top-card, [data-member-id]',
  name: 'h1',
  headline: '.text-body-medium.break-words',
  location: '.text-body-small.inline.t-black--light.break-words',
  pronouns: 'span.text-body-small',
  distanceBadge: '.distance-badge',
  contactInfo: 'a[href*="/overlay/contact-info"]',
  currentCompany: '[aria-label="Current company"], a[href="#experience"]',
  currentSchool: '[aria-label="Education"], a[href="#education"]',
  topCardCounts: '.pv-top-card--list > li',
  mutual: 'a[href*="facetConnectionOf"]',
  sectionAnchor: '.pv-profile-card-anchor[id]',
  sectionTitle: 'h2',
  followers: '.pvs-header__subtitle, .pvs-header__optional-link',
  entity: '.pvs-entity',
  tab: '[role="tab"]',
  tabPanel: '[role="tabpanel"]',
  // pvs-2024-07 hashed `inline-show-more-text` but kept its `--is-collapsed` modifier.
  cardText: '.inline-show-more-text, [class*="inline-show-more-text--"], .pv-shared-text-with-see-more',
  selfMarker:
    'a[href*="/edit/intro"], a[href*="/edit/forms/intro"], [aria-label^="Edit intro"], .pv-top-card__photo-wrapper--self, a[href*="/mynetwork/invite-connect/connections/"]',
  otherMarker:
    '.pv-top-card__non-self-photo-wrapper, [data-member-id] .pvs-profile-actions__action[aria-label^="Invite"]',
} as const satisfies PvsSelectors;
