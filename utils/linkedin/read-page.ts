/**
 * Reads a LinkedIn page into a Profile with every generation reader: the CLI, the tests and the
 * options page use this. The content script carries only the live generations (live-readers.ts).
 */
import { detailsReader } from './generations/details';
import { ember2018Reader } from './generations/ember-2018';
import { publicReader } from './generations/public';
import { pvs2022Reader } from './generations/pvs-2022';
import { pvs202407Reader, pvs202411Reader } from './generations/pvs-2024';
import { sduiReader } from './generations/sdui';
import { type ReadResult, readPageWith } from './page-reader';
import type { GenerationReader } from './types';

export { isPageFor } from './page-identity';
export type { PageInfo, PageKind, ReadResult } from './page-reader';

/**
 * Generation readers, most specific first: details pages are told apart by URL; newer markups
 * keep some older hooks, so they are tried before the older ones. Add new generations here.
 */
export const READERS: readonly GenerationReader[] = [
  detailsReader,
  sduiReader,
  publicReader,
  pvs202411Reader,
  pvs202407Reader,
  pvs2022Reader,
  ember2018Reader,
];

/** Read a page. Never throws: an unreadable page comes back as kind "unknown" with a message. */
export function readPage(doc: Document, url: string): ReadResult {
  return readPageWith(READERS, doc, url);
}
