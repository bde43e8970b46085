/**
 * The readers the content script carries: today's member markup (SDUI, 2025–26) and its details
 * pages. The others are loaded on demand (entrypoints/legacy-readers.ts) when a page looks like one
 * of theirs and no carried reader read it, so they cost nothing on today's pages: the 2018 Ember
 * and 2022–24 "pvs" member markups (LinkedIn replaced them) and the logged-out public profile
 * (served to visitors who are not signed in, on country hosts among others).
 */
import { detailsReader } from './generations/details';
import { sduiReader } from './generations/sdui';
import { inRegistryOrder } from './registry';
import { PAGE_SELECTORS } from './selectors/page';
import type { GenerationReader } from './types';

/** The content script's readers, in registry order. */
export const LIVE_READERS: readonly GenerationReader[] = inRegistryOrder([detailsReader, sduiReader]);

/**
 * True when one of the on-demand readers could read the page (cheap hooks of their `detect`): worth
 * loading them when no carried reader did.
 */
export function mayBeLegacy(doc: Document): boolean {
  return Boolean(doc.querySelector(PAGE_SELECTORS.onDemandHooks));
}
