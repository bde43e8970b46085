/** Routing one incoming runtime message to its handler, with validation and readable failures. */
import { readableError } from '../errors';
import { type MessageType, parseMessage, type Result } from '../messages';
import type { RequestContext } from './handlers';

/** The part of `runtime.MessageSender` we look at. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

type AnyHandlers = { [T in MessageType]: (payload: never, ctx: RequestContext) => Promise<unknown> };

/**
 * Answer one message. Messages from anything but this extension are ignored (undefined);
 * everything else gets `{ ok: true, data }` or `{ ok: false, error }` — never a rejection.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderLike,
  ownId: string,
  handlers: AnyHandlers,
): Promise<Result<unknown> | undefined> {
  if (sender.id !== ownId) return undefined;
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    const handler = handlers[parsed.type] as (payload: unknown, ctx: RequestContext) => Promise<unknown>;
    const data = await handler(parsed.payload, { tabId: sender.tab?.id, frameId: sender.frameId });
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: readableError(e) };
  }
}
