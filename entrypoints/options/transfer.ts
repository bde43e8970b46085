/**
 * The options page's end of the export and import ports (protocol: utils/ports.ts). Export gathers the
 * background's chunks into a Blob; import reads the chosen file as a stream, decodes it and sends it in
 * chunks. `connect` is `browser.runtime.connect` in the page and an in-memory pair in unit tests.
 */
import { splitText } from '@/utils/outreach/transfer';
import {
  CHUNK_CHARS,
  EXPORT_PORT,
  type ExportEvent,
  type ExportRequest,
  IMPORT_PORT,
  type ImportEvent,
  type ImportReport,
  type ImportRequest,
} from '@/utils/ports';

/** The part of a page-side `runtime.Port` we use. */
export interface PagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Open a port to the background by name. */
export type Connect = (name: string) => PagePort;

/** An exported file, ready to download. */
export interface ExportedFile {
  name: string;
  blob: Blob;
  /** People in the file. */
  people: number;
}

/** Where a long export or import is: a phase, and how far (`total` 0: not known). */
export interface TransferProgress {
  phase: 'exporting' | 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

/** An import the background refused: every problem found, with its field path. Nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly errors: string[]) {
    super(`Nothing was imported. The file is not a valid Common Ground export:\n${errors.join('\n')}`);
    this.name = 'ImportRefused';
  }
}

const STOPPED_EXPORT = 'The extension stopped during the export, so no file was saved. Try again.';
const STOPPED_IMPORT = 'The extension stopped before the import finished. Nothing was imported; try again.';

const TYPES = { json: 'application/json', csv: 'text/csv;charset=utf-8' } as const;

/** The first outcome of a transfer wins (a late `end` or disconnect changes nothing); the port then closes. */
function settleOnce(port: PagePort): { finish(outcome: () => void): void; over(): boolean } {
  let over = false;
  return {
    finish(outcome) {
      if (over) return;
      over = true;
      outcome();
      port.disconnect();
    },
    over: () => over,
  };
}

/**
 * Export everything as JSON, or the people as CSV. The CSV starts with a byte-order mark so spreadsheet
 * programs read accented names as UTF-8; the JSON has none.
 */
export function exportData(
  connect: Connect,
  format: ExportRequest['format'],
  onProgress: (p: TransferProgress) => void = () => undefined,
): Promise<ExportedFile> {
  return new Promise((resolve, reject) => {
    const port = connect(EXPORT_PORT);
    // Small Blobs as chunks arrive, so the page never holds the whole text as strings.
    const parts: Blob[] = format === 'csv' ? [new Blob(['\uFEFF'])] : [];
    const { finish } = settleOnce(port);
    port.onMessage.addListener((raw) => {
      const e = raw as ExportEvent;
      if (e.type === 'chunk') parts.push(new Blob([e.text]));
      else if (e.type === 'progress') onProgress({ phase: 'exporting', done: e.done, total: e.total });
      else if (e.type === 'end')
        finish(() => resolve({ name: e.filename, blob: new Blob(parts, { type: TYPES[format] }), people: e.people }));
      else if (e.type === 'error') finish(() => reject(new Error(`Not exported: ${e.error}`)));
    });
    port.onDisconnect.addListener(() => finish(() => reject(new Error(STOPPED_EXPORT))));
    try {
      port.postMessage({ type: 'start', format } satisfies ExportRequest);
    } catch {
      finish(() => reject(new Error(STOPPED_EXPORT)));
    }
  });
}

/**
 * Import an export file: read and decode it as a stream (a UTF-8 byte-order mark is dropped), send it
 * in chunks, and resolve with the background's report. Rejects with `ImportRefused` when the file is
 * not valid (nothing was written), or an Error saying what happened.
 */
export function importData(
  connect: Connect,
  file: Blob,
  onProgress: (p: TransferProgress) => void = () => undefined,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    let port: PagePort;
    try {
      port = connect(IMPORT_PORT);
    } catch (e) {
      reject(new Error(`The extension could not be reached: ${(e as Error).message}. Nothing was imported.`));
      return;
    }
    const { finish, over } = settleOnce(port);
    port.onMessage.addListener((raw) => {
      const e = raw as ImportEvent;
      if (e.type === 'progress') onProgress(e);
      else if (e.type === 'done') finish(() => resolve(e.report));
      else if (e.type === 'refused') finish(() => reject(new ImportRefused(e.errors)));
      else if (e.type === 'error') finish(() => reject(new Error(e.error)));
    });
    const stopped = () => finish(() => reject(new Error(STOPPED_IMPORT)));
    port.onDisconnect.addListener(stopped);
    const post = (m: ImportRequest) => {
      try {
        port.postMessage(m);
        return true;
      } catch {
        stopped();
        return false;
      }
    };
    send(post, file, onProgress, over).catch((e) =>
      finish(() => reject(new Error(`Could not read the file: ${(e as Error).message}. Nothing was imported.`))),
    );
  });
}

/** Stream the file's text in chunks of at most CHUNK_CHARS, then `end`; stops when `post` fails or the import is over. */
async function send(
  post: (m: ImportRequest) => boolean,
  file: Blob,
  onProgress: (p: TransferProgress) => void,
  over: () => boolean,
): Promise<void> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const chunks = (text: string) => splitText(text, CHUNK_CHARS).every((piece) => post({ type: 'chunk', text: piece }));
  let pending = '';
  let read = 0;
  onProgress({ phase: 'reading', done: 0, total: file.size });
  for (;;) {
    const { done, value } = await reader.read();
    if (over()) {
      await reader.cancel();
      return;
    }
    if (done) break;
    read += value.byteLength;
    pending += decoder.decode(value, { stream: true });
    if (pending.length >= CHUNK_CHARS) {
      if (!chunks(pending)) return;
      pending = '';
      onProgress({ phase: 'reading', done: read, total: file.size });
    }
  }
  if (!chunks(pending + decoder.decode())) return;
  onProgress({ phase: 'reading', done: read, total: file.size });
  post({ type: 'end' });
}
