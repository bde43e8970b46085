/**
 * The one list of generation readers, by id, most specific first: details pages are told apart by
 * URL; newer markups keep some older hooks, so they are tried before the older ones. The CLI
 * (`read-page.ts`) and the content script (`live-readers.ts`) both build their lists from it.
 * No reader code is imported here, so the content script carries only the readers it uses.
 */
import type { Generation, GenerationReader } from './types';

/** Every generation, in the order readers are tried. Add new generations here. */
export const READER_ORDER: readonly Generation[] = [
  'details',
  'sdui-2025',
  'public',
  'pvs-2024-11',
  'pvs-2024-07',
  'pvs-2022',
  'ember-2018',
];

/**
 * Generations the content script loads on demand (entrypoints/legacy-readers.ts) instead of
 * carrying: the member markups LinkedIn replaced (2018 Ember, 2022–24 pvs) and the logged-out public
 * profile. It carries today's SDUI member markup and its details pages.
 */
export const ON_DEMAND: readonly Generation[] = ['public', 'pvs-2024-11', 'pvs-2024-07', 'pvs-2022', 'ember-2018'];

/** `readers` in READER_ORDER (unknown ids last), whatever order they were gathered in. */
export function inRegistryOrder(readers: readonly GenerationReader[]): GenerationReader[] {
  const rank = (r: GenerationReader) => {
    const i = READER_ORDER.indexOf(r.id);
    return i < 0 ? READER_ORDER.length : i;
  };
  return [...readers].sort((a, b) => rank(a) - rank(b));
}
