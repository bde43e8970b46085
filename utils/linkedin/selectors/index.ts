/**
 * The selector registry: every LinkedIn selector, by generation and name, in one place.
 * tests/unit/linkedin/selectors.test.ts counts each row's matches on the fixtures, so a LinkedIn
 * markup change shows up as one failing row.
 */
import type { SelectorTable } from '../types';
import { DETAILS_SELECTORS } from './details';
import { EMBER_2018_SELECTORS } from './ember-2018';
import { PAGE_SELECTORS } from './page';
import { PUBLIC_SELECTORS } from './public';
import { PVS_2022_SELECTORS } from './pvs-2022';
import { PVS_2024_07_SELECTORS } from './pvs-2024-07';
import { PVS_2024_11_SELECTORS } from './pvs-2024-11';
import { SDUI_SELECTORS } from './sdui';

/** Selector tables by generation (plus "page": negative pages and diagnostics). */
export const SELECTORS = {
  page: PAGE_SELECTORS,
  'ember-2018': EMBER_2018_SELECTORS,
  'pvs-2022': PVS_2022_SELECTORS,
  'pvs-2024-07': PVS_2024_07_SELECTORS,
  'pvs-2024-11': PVS_2024_11_SELECTORS,
  details: DETAILS_SELECTORS,
  'sdui-2025': SDUI_SELECTORS,
  public: PUBLIC_SELECTORS,
} as const satisfies Record<string, SelectorTable>;

export {
  DETAILS_SELECTORS,
  EMBER_2018_SELECTORS,
  PAGE_SELECTORS,
  PUBLIC_SELECTORS,
  PVS_2022_SELECTORS,
  PVS_2024_07_SELECTORS,
  PVS_2024_11_SELECTORS,
  SDUI_SELECTORS,
};
