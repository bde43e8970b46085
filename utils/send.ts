/**
 * Sending a message to the background. Imports only types, so the content script stays small.
 * Never rejects: a dead background or a thrown error comes back as `{ ok: false, error }` in plain
 * words (utils/errors.ts).
 */
import { browser } from 'wxt/browser';
import { NO_ANSWER_MESSAGE, readableError } from './errors';
import type { MessageType, RequestOf, Responses, Result } from './messages';

/** Send one typed request to the background. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<Responses[T]>> {
  try {
    const answer = (await browser.runtime.sendMessage({ type, payload })) as Result<Responses[T]> | undefined;
    return answer ?? { ok: false, error: NO_ANSWER_MESSAGE };
  } catch (e) {
    return { ok: false, error: readableError(e) };
  }
}

/** Like `send`, but throws the readable error: for UI code that shows it. */
export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Responses[T]> {
  const r = await send(type, payload);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}
