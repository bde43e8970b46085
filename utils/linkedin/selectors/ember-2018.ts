/**
 * Selectors of the Dec 2018 Ember profile (MARKUP.md §1.3 A): `pv-top-card-section`, sections by
 * id (`#experience-section`, `#education-section`), `pv-entity__*` fields each preceded by a
 * `.visually-hidden` label ("Company Name", "Dates Employed") that must not be read as data.
 */
import type { SelectorTable } from '../types';

/** A: Dec 2018 Ember. */
export const EMBER_2018_SELECTORS = {
  topCard: '.pv-top-card-section, .pv-top-card-v2-section',
  name: '.pv-top-card-section__name',
  headline: '.pv-top-card-section__headline',
  location: '.pv-top-card-section__location',
  distanceBadge: '.distance-badge',
  /** Top-card entity links: current company, school, "See connections (90)". */
  topCardEntity: '.pv-top-card-v2-section__entity-name',
  connections: '.pv-top-card-v2-section__connections, .pv-top-card-section__connections',
  about: '.pv-top-card-section__summary, .pv-about-section .pv-about__summary-text',
  highlights: '.pv-highlight-entity',
  highlightTitle: '.pv-highlight-entity__primary-text',
  mutual: 'a[href*="facetConnectionOf"]',
  followers: '.pv-recent-activity-section__follower-count, .pv-recent-activity-section-v2__follower-count',
  experienceSection: '#experience-section',
  position: '.pv-position-entity',
  /** Roles grouped under one company (Aug 2018+). */
  groupedRole: '.pv-entity__position-group-role-item, .pv-entity__position-group-role-item-fading-timeline',
  educationSection: '#education-section',
  school: '.pv-education-entity',
  skill: '.pv-skill-category-entity__name-text, .pv-skill-category-entity__name',
  interest: '.pv-interest-entity',
  volunteering: '.pv-volunteering-entity',
  cause: '.pv-volunteer-causes li, .pv-volunteering-section__causes li',
  language: '.pv-accomplishments-block.languages li, #languages-expandable-content li',
  selfMarker: 'a[href*="/edit/topcard"], a[href*="/edit/intro"], .pv-top-card-v2-section__edit',
} as const satisfies SelectorTable;
