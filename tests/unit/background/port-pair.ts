/**
 * An in-memory `runtime.Port` pair for unit tests: messages are JSON-copied (as Chrome serialises them)
 * and delivered asynchronously, in order; `disconnect()` fires `onDisconnect` on the other end only.
 */
import type { Connect, PagePort } from '@/entrypoints/options/transfer';
import type { SenderLike } from '@/utils/background/senders';
import { acceptTransferPort, type PortLike, type TransferDeps } from '@/utils/background/transfer';

/** Our extension's identity in these tests. */
export const OWN = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
/** The options page as a sender. */
export const OPTIONS_PAGE: SenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };

type Listener<T> = (x: T) => void;

function end(name: string, sender?: SenderLike) {
  const message: Listener<unknown>[] = [];
  const disconnect: Listener<void>[] = [];
  return {
    port: {
      name,
      sender,
      onMessage: { addListener: (l: Listener<unknown>) => void message.push(l) },
      onDisconnect: { addListener: (l: Listener<void>) => void disconnect.push(l) },
    },
    message,
    disconnect,
  };
}

/**
 * Two connected ends; `posted` logs what each side sent. Like Chrome, posting on a port this end
 * disconnected (or whose other end's disconnect has arrived) throws; messages still in flight to a
 * closed end are dropped.
 */
export function portPair(name: string, sender: SenderLike) {
  const a = end(name);
  const b = end(name, sender);
  const closed = new Set<unknown>();
  const posted = { toBackground: [] as unknown[], toPage: [] as unknown[] };
  const wire = (from: typeof a, to: typeof b, log: unknown[]) => ({
    ...from.port,
    postMessage(m: unknown) {
      if (closed.has(from)) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(m));
      log.push(copy);
      setTimeout(() => {
        if (!closed.has(to)) for (const l of to.message) l(copy);
      }, 0);
    },
    disconnect() {
      if (closed.has(from)) return;
      closed.add(from);
      setTimeout(() => {
        if (closed.has(to)) return;
        closed.add(to);
        for (const l of to.disconnect) l();
      }, 0);
    },
  });
  const page: PagePort = wire(a, b, posted.toBackground);
  const background: PortLike = wire(b, a, posted.toPage) as PortLike;
  return { page, background, posted };
}

/** A `connect` for the page functions, served by `acceptTransferPort` with these deps. */
export function connectTo(
  deps: TransferDeps,
  sender: SenderLike = OPTIONS_PAGE,
  log?: ReturnType<typeof portPair>['posted'][],
): Connect {
  return (name) => {
    const pair = portPair(name, sender);
    log?.push(pair.posted);
    if (!acceptTransferPort(pair.background, deps)) throw new Error(`No port named ${name}`);
    return pair.page;
  };
}
