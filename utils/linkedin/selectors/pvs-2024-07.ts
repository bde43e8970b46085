/**
 * Selectors of the Jul 2024 "pvs" v2 (MARKUP.md §1.3 C): hashed classes begin, so entries are
 * `data-view-name="profile-component-entity"`, cards `data-view-name="profile-card"`, anchors
 * renamed `pv-profile-card__anchor`, current company/school became buttons with aria-labels.
 */
import { PVS_2022_SELECTORS, type PvsSelectors } from './pvs-2022';

/** C: Jul 2024 pvs v2. The headline keeps B's classes (its div also carries data-generated-suggestion-target). */
export const PVS_2024_07_SELECTORS = {
  ...PVS_2022_SELECTORS,
  topCard: 'section[data-member-id]',
  name: 'h1.text-heading-xlarge',
  currentCompany: 'button[aria-label^="Current company"]',
  currentSchool: 'button[aria-label^="Education"]',
  // C: the counts list lost `pv-top-card--list`; it is the top card's only list of text-body-small items.
  topCardCounts: 'ul > li.text-body-small',
  sectionAnchor: 'div.pv-profile-card__anchor[id]',
  entity: '[data-view-name="profile-component-entity"]',
} as const satisfies PvsSelectors;
