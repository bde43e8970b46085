/**
 * The readers the content script does not carry (registry.ts `ON_DEMAND`): the member markups
 * LinkedIn replaced (2018 Ember, 2022–24 pvs) and the logged-out public profile. The background
 * injects them with entrypoints/legacy-readers.ts when a page looks like theirs; the CLI reads with
 * them always (read-page.ts).
 */
import { ember2018Reader } from './generations/ember-2018';
import { publicReader } from './generations/public';
import { pvs2022Reader } from './generations/pvs-2022';
import { pvs202407Reader, pvs202411Reader } from './generations/pvs-2024';
import { inRegistryOrder } from './registry';
import type { GenerationReader } from './types';

/** The on-demand readers, in registry order. */
export const ON_DEMAND_READERS: readonly GenerationReader[] = inRegistryOrder([
  publicReader,
  pvs202411Reader,
  pvs202407Reader,
  pvs2022Reader,
  ember2018Reader,
]);
