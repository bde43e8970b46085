/**
 * Hooks the in-page card needs besides reading: the top card to float beside, and LinkedIn's theme.
 */
import type { SelectorTable } from '../types';

/** Placement and theme hooks, every generation in one selector each. */
export const UI_SELECTORS = {
  /**
   * Top card of each generation: sdui-2025 card whose componentkey ends in "Topcard"; pvs 2022–24
   * `section[data-member-id]`; ember-2018 `.pv-top-card-section`; logged-out `section.top-card-layout`.
   */
  topCard:
    '[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="Topcard"], section[data-member-id], section.pv-top-card-section, section.top-card-layout',
  darkTheme: 'html.theme--dark, body.theme--dark, #interop-outlet.theme--dark',
  lightTheme: 'html.theme--light, #interop-outlet.theme--light',
} as const satisfies SelectorTable;
