/**
 * The background's end of the export and import ports (protocol: utils/ports.ts). Export reads people
 * in slug-ordered batches and streams the file text in chunks; import gathers the chunks, checks the
 * whole file, then merges and writes it in one transaction. Only extension pages may open these ports.
 * Works on any Port-shaped object, so unit tests drive it with an in-memory pair.
 */
import type { Db } from '../db/open';
import * as q from '../db/queries';
import { planImport } from '../outreach/merge';
import {
  csvHeader,
  csvRows,
  exportFrame,
  exportHead,
  exportPerson,
  exportPersonText,
  parseImport,
  splitText,
} from '../outreach/transfer';
import {
  CHUNK_CHARS,
  EXPORT_PORT,
  type ExportEvent,
  ExportRequest,
  IMPORT_PORT,
  type ImportEvent,
  ImportRequest,
  MAX_IMPORT_CHARS,
} from '../ports';
import { EXPORT_VERSION } from '../schema';
import { classifySender, type Own, type SenderLike } from './senders';

/** The part of `runtime.Port` we use. */
export interface PortLike {
  name: string;
  sender?: SenderLike;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the ports need from the background. */
export interface TransferDeps {
  /** The open database (awaited per request: the port is accepted before the database is open). */
  db(): Promise<Db>;
  own: Own;
  now?(): Date;
  /** An import wrote something: refresh caches, badges and open surfaces. */
  imported(): void;
}

/** People read per batch on export. */
const BATCH = 1000;

/**
 * Take a newly connected port if it is one of ours: true when it was handled (served, or refused and
 * disconnected because it does not come from an extension page), false for a port of another name.
 * Listeners are attached at once, so no message is lost while the database opens.
 */
export function acceptTransferPort(port: PortLike, deps: TransferDeps): boolean {
  if (port.name !== EXPORT_PORT && port.name !== IMPORT_PORT) return false;
  if (classifySender(port.sender ?? {}, deps.own).kind !== 'extension-page') {
    port.disconnect();
    return true;
  }
  if (port.name === EXPORT_PORT) serveExport(port, deps);
  else serveImport(port, deps);
  return true;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Post to a port until it closes; posting to a closed port is a no-op, not an error. */
function poster<E>(port: PortLike): { post(event: E): void; readonly open: boolean } {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  return {
    post(event) {
      if (!open) return;
      try {
        port.postMessage(event);
      } catch {
        open = false;
      }
    },
    get open() {
      return open;
    },
  };
}

/** Buffer text and post it in pieces of at most CHUNK_CHARS. */
function chunker(send: (text: string) => void) {
  let parts: string[] = [];
  let size = 0;
  const drain = (all: boolean) => {
    const pieces = splitText(parts.join(''), CHUNK_CHARS);
    const keep = all ? undefined : pieces.pop();
    for (const p of pieces) send(p);
    parts = keep ? [keep] : [];
    size = keep?.length ?? 0;
  };
  return {
    write(text: string) {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK_CHARS) drain(false);
    },
    flush: () => drain(true),
  };
}

function serveExport(port: PortLike, deps: TransferDeps): void {
  const out = poster<ExportEvent>(port);
  let started = false;
  port.onMessage.addListener((raw) => {
    const req = ExportRequest.safeParse(raw);
    if (!req.success || started) {
      out.post({ type: 'error', error: 'Not an export request.' });
      return;
    }
    started = true;
    run(req.data.format).catch((e) => out.post({ type: 'error', error: messageOf(e) }));
  });

  async function run(format: ExportRequest['format']): Promise<void> {
    const db = await deps.db();
    const at = deps.now?.() ?? new Date();
    const [me, settings, templates, total] = await Promise.all([
      q.getMe(db),
      q.getSettings(db),
      q.listTemplates(db),
      // Every record has updatedAt; its index is far smaller to walk than the store.
      db.countFromIndex('people', 'updatedAt'),
    ]);
    const file = chunker((text) => out.post({ type: 'chunk', text }));
    const frame = format === 'json' ? exportFrame(exportHead({ me, settings, templates, now: at })) : null;
    file.write(frame ? frame.open : csvHeader());
    out.post({ type: 'progress', done: 0, total });
    let done = 0;
    for await (const batch of q.peopleBySlug(db, BATCH)) {
      if (!out.open) return;
      file.write(
        frame ? batch.map((p, i) => exportPersonText(exportPerson(p, done + i), done + i)).join('') : csvRows(batch),
      );
      done += batch.length;
      out.post({ type: 'progress', done, total: Math.max(total, done) });
    }
    if (frame) file.write(frame.close(done));
    file.flush();
    const filename = `common-ground-v${EXPORT_VERSION}-${at.toISOString().slice(0, 10)}.${format}`;
    out.post({ type: 'end', filename, people: done });
  }
}

function serveImport(port: PortLike, deps: TransferDeps): void {
  const out = poster<ImportEvent>(port);
  let parts: string[] = [];
  let size = 0;
  let receiving = true;
  port.onDisconnect.addListener(() => {
    // The page went away before the end: nothing was written; drop what arrived.
    if (receiving) parts = [];
    receiving = false;
  });
  port.onMessage.addListener((raw) => {
    if (!receiving) return;
    const req = ImportRequest.safeParse(raw);
    if (!req.success) {
      receiving = false;
      parts = [];
      out.post({ type: 'error', error: 'Nothing was imported: the page sent something that is not part of a file.' });
      return;
    }
    if (req.data.type === 'chunk') {
      size += req.data.text.length;
      if (size > MAX_IMPORT_CHARS) {
        receiving = false;
        parts = [];
        const limit = `${Math.round(MAX_IMPORT_CHARS / 1e6)} million characters`;
        out.post({
          type: 'refused',
          errors: [`(file): larger than ${limit}; not a Common Ground export this extension can read`],
        });
        return;
      }
      parts.push(req.data.text);
      return;
    }
    receiving = false;
    const text = parts.join('');
    parts = [];
    run(text).catch((e) => out.post({ type: 'error', error: `Nothing was imported: ${messageOf(e)}` }));
  });

  async function run(text: string): Promise<void> {
    out.post({ type: 'progress', phase: 'checking', done: 0, total: 1 });
    const parsed = parseImport(text);
    if (!parsed.ok) {
      out.post({ type: 'refused', errors: parsed.errors });
      return;
    }
    const file = parsed.data;
    const db = await deps.db();
    out.post({ type: 'progress', phase: 'writing', done: 0, total: file.people.length });
    const plan = await q.importInto(
      db,
      (stored) => planImport(stored, file),
      (done, total) => out.post({ type: 'progress', phase: 'writing', done, total }),
    );
    deps.imported();
    out.post({ type: 'done', report: plan.report });
  }
}
