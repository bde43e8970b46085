/**
 * Where the in-page card goes and which theme LinkedIn shows. Selectors live in the `ui` table of
 * the registry; these functions only pick among them.
 */
import { UI_SELECTORS } from './selectors/ui';

/**
 * The profile's top card, to float the Common Ground card at its top-right corner, or null when
 * no known top card is on the page (the card then falls back to a corner chip).
 */
export function topCardAnchor(doc: Document): Element | null {
  return doc.querySelector(UI_SELECTORS.topCard);
}

/** Relative luminance of a CSS rgb()/rgba() colour, or null for transparent/unknown. */
function luminance(color: string): number | null {
  const m = color.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * 'dark' when LinkedIn shows its dark theme: its theme class when present (`theme--dark` on
 * `<html>` in the Ember/pvs generations, on the SDUI interop outlet in 2025–26), otherwise the
 * luminance of the page background.
 */
export function pageTheme(doc: Document): 'light' | 'dark' {
  if (doc.querySelector(UI_SELECTORS.darkTheme)) return 'dark';
  if (doc.querySelector(UI_SELECTORS.lightTheme)) return 'light';
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(view.getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

/** A box on screen, as `getBoundingClientRect()` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the floating card goes, as offsets from its host (the zero-height block before the top card). */
export type CardPlacement =
  | { mode: 'beside'; left: number; top: number }
  | { mode: 'below'; right: number; top: number };

/** Space between the top card and the Common Ground card, in CSS pixels. */
const GAP = 12;

/**
 * Where the in-page card floats so that it never covers LinkedIn's top card (issue #15): beside it,
 * in the page's right gutter, when the window has room for `cardWidth` there; otherwise just below it,
 * right-aligned with it. `host` is the card's host box, `top` the top card's, both in viewport pixels.
 */
export function cardPlacement(top: Box, host: Box, viewportWidth: number, cardWidth: number): CardPlacement {
  if (top.right + GAP + cardWidth + GAP <= viewportWidth) {
    return { mode: 'beside', left: top.right - host.left + GAP, top: top.top - host.top };
  }
  return { mode: 'below', right: host.right - top.right, top: top.bottom - host.top + GAP };
}
