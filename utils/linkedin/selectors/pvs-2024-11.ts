/**
 * Selectors of the Nov 2024 markup (MARKUP.md §1.3 D): same as Jul 2024 but the `h1` class is
 * hashed (`text-heading-xlarge` gone) and the `pv-text-details__*` wrappers too; the location
 * span and `#top-card-text-details-contact-info` survive.
 */
import type { PvsSelectors } from './pvs-2022';
import { PVS_2024_07_SELECTORS } from './pvs-2024-07';

/** D: Nov 2024, hashed h1. */
export const PVS_2024_11_SELECTORS = {
  ...PVS_2024_07_SELECTORS,
  name: 'h1',
  contactInfo: '#top-card-text-details-contact-info, a[href*="/overlay/contact-info"]',
} as const satisfies PvsSelectors;
