/** Routing one incoming runtime message to its handler, with validation, authorisation and readable failures. */
import { readableError } from '../errors';
import { type MessageType, parseMessage, type Result } from '../messages';
import { refusal } from './access';
import type { RequestContext } from './handlers';
import { classifySender, type Own, type SenderLike } from './senders';

export type { SenderLike } from './senders';

type AnyHandlers = { [T in MessageType]: (payload: never, ctx: RequestContext) => Promise<unknown> };

/**
 * Answer one message. Messages from anything but this extension's pages and content scripts are
 * ignored (undefined); everything else gets `{ ok: true, data }` or `{ ok: false, error }` — never a
 * rejection. A message is validated first, then authorised by its sender (utils/background/access.ts):
 * a refused message never reaches its handler.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderLike,
  own: Own,
  handlers: AnyHandlers,
): Promise<Result<unknown> | undefined> {
  const from = classifySender(sender, own);
  if (from.kind === 'foreign') return undefined;
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const refused = refusal(parsed.type, parsed.payload, from);
  if (refused) return { ok: false, error: refused };
  const ctx: RequestContext =
    from.kind === 'content-script'
      ? { from: 'content-script', tabId: from.tabId, frameId: from.frameId }
      : { from: 'page' };
  try {
    const handler = handlers[parsed.type] as (payload: unknown, ctx: RequestContext) => Promise<unknown>;
    const data = await handler(parsed.payload, ctx);
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: readableError(e) };
  }
}
