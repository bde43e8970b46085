/**
 * The streaming protocol for export and import, over a `runtime.connect` Port: one runtime message is
 * capped (Chrome: 64 MiB) and 100,000 people do not fit, so files travel in chunks. Only extension pages
 * may open these ports (utils/background/transfer.ts checks `port.sender`).
 *
 * Export (`data/export`): the page posts `{ type: 'start', format }`; the background answers with
 * `progress`, `chunk`s of the file text in order, then `end` (or `error`).
 * Import (`data/import`): the page posts the file text as `chunk`s, then `end`; the background checks the
 * whole file first, then writes in one transaction and answers `progress`, then `done` with the report,
 * `refused` with every problem (nothing was written), or `error`.
 *
 * Requests are validated with zod in the background; events come from our background and are trusted.
 */
import { z } from 'zod';
import type { ImportReport } from './outreach/merge';

/** Name of the export port. */
export const EXPORT_PORT = 'data/export';
/** Name of the import port. */
export const IMPORT_PORT = 'data/import';

/**
 * Largest text in one chunk, in UTF-16 code units. A message is serialised as JSON, where a control
 * character takes 6 characters, so a chunk stays far below the 64 MiB cap whatever it holds.
 */
export const CHUNK_CHARS = 1 << 20;

/**
 * The largest file an import accepts, in characters: the background joins the chunks into one string,
 * and V8 strings stop at about 536 million. A 100,000-person export is about 170 million.
 */
export const MAX_IMPORT_CHARS = 500_000_000;

/** Page → background on the export port. */
export const ExportRequest = z.object({ type: z.literal('start'), format: z.enum(['json', 'csv']) });
export type ExportRequest = z.infer<typeof ExportRequest>;

/** Background → page on the export port. */
export type ExportEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'chunk'; text: string }
  | { type: 'end'; filename: string; people: number }
  | { type: 'error'; error: string };

/** Page → background on the import port. */
export const ImportRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chunk'), text: z.string().max(CHUNK_CHARS) }),
  z.object({ type: z.literal('end') }),
]);
export type ImportRequest = z.infer<typeof ImportRequest>;

/** What the background is doing with an import. */
export type ImportPhase = 'checking' | 'writing';

/** Background → page on the import port. */
export type ImportEvent =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'refused'; errors: string[] }
  | { type: 'error'; error: string };

export type { ImportReport };
