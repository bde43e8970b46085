/**
 * Reads a LinkedIn page into a Profile with every generation reader: the CLI, the tests and the
 * options page use this. The content script carries only the live generations (live-readers.ts);
 * both lists come from one registry (registry.ts).
 */
// Every language's UI words (the content script loads all but English on demand).
import './lang';
import { LIVE_READERS } from './live-readers';
import { ON_DEMAND_READERS } from './on-demand-readers';
import { type ReadResult, readPageWith } from './page-reader';
import { inRegistryOrder } from './registry';
import type { GenerationReader } from './types';

export { isPageFor } from './page-identity';
export type { PageInfo, PageKind, ReadResult } from './page-reader';

/** Every generation reader, in registry order (registry.ts): the content script's plus the on-demand ones. */
export const READERS: readonly GenerationReader[] = inRegistryOrder([...LIVE_READERS, ...ON_DEMAND_READERS]);

/** Read a page. Never throws: an unreadable page comes back as kind "unknown" with a message. */
export function readPage(doc: Document, url: string): ReadResult {
  return readPageWith(READERS, doc, url);
}
