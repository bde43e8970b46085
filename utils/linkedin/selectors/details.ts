/**
 * Selectors of the `/in/<slug>/details/<section>/` pages (pvs 2022 onwards, MARKUP.md §1.3 B–D):
 * one card in `main` with a back button, a title and a paged list (`pvs-list` in 2022,
 * `pvs-list__container` from Apr 2024) of the same entries as the profile cards.
 */
import type { SelectorTable } from '../types';

/** Details pages (B–D). */
export const DETAILS_SELECTORS = {
  main: 'main',
  /** Each paged entry carries this id prefix (…-EXPERIENCE-VIEW-DETAILS…). */
  pagedItem: '[id^="profilePagedListComponent-"], .pvs-list__paged-list-item',
  /** One entry, 2022 classes or the 2024 data-view-name. */
  entity: '.pvs-entity, [data-view-name="profile-component-entity"]',
  list: '.pvs-list, .pvs-list__container',
  title: 'main h2',
  tab: '[role="tab"]',
  tabPanel: '[role="tabpanel"]',
} as const satisfies SelectorTable;
