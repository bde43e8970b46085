/**
 * The readers the content script carries: every generation of the registry (registry.ts) except
 * the on-demand ones — the 2018 Ember reader (LinkedIn replaced that markup in 2022) is loaded
 * on demand (entrypoints/legacy-readers.ts) when a page looks like it, so it costs nothing on every
 * other LinkedIn page. Details pages (`/in/<slug>/details/<section>/`) are read too: the card shows there.
 */
import { detailsReader } from './generations/details';
import { publicReader } from './generations/public';
import { pvs2022Reader } from './generations/pvs-2022';
import { pvs202407Reader, pvs202411Reader } from './generations/pvs-2024';
import { sduiReader } from './generations/sdui';
import { inRegistryOrder } from './registry';
import { PAGE_SELECTORS } from './selectors/page';
import type { GenerationReader } from './types';

/** The content script's readers, in registry order. */
export const LIVE_READERS: readonly GenerationReader[] = inRegistryOrder([
  detailsReader,
  sduiReader,
  publicReader,
  pvs202411Reader,
  pvs202407Reader,
  pvs2022Reader,
]);

/** True when the 2018 reader would read the page (its `detect`): worth loading when no live reader did. */
export function mayBeLegacy(doc: Document): boolean {
  return Boolean(doc.querySelector(PAGE_SELECTORS.emberProfile));
}
