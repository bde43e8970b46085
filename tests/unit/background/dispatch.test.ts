import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '@/utils/background/dispatch';
import { sampleProfile } from '../samples';

const OWN = 'our-extension-id';

function handlersWith(overrides: Record<string, (p: unknown) => Promise<unknown>>) {
  return new Proxy(overrides, {
    get: (target, key: string) => target[key] ?? (() => Promise.reject(new Error(`unexpected ${key}`))),
  }) as never;
}

describe('dispatch', () => {
  it('answers a valid message with { ok: true, data }', async () => {
    const get = vi.fn(async (p: unknown) => ({ got: p }));
    const answer = await dispatch(
      { type: 'person/get', payload: { slug: 'ada' } },
      { id: OWN },
      OWN,
      handlersWith({ 'person/get': get }),
    );
    expect(answer).toEqual({ ok: true, data: { got: { slug: 'ada' } } });
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['a web page (no id)', {}],
  ])('ignores a message from %s', async (_label, sender) => {
    const get = vi.fn(async () => 'secret');
    const answer = await dispatch(
      { type: 'person/list', payload: {} },
      sender,
      OWN,
      handlersWith({ 'person/list': get }),
    );
    expect(answer).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'hello', 'Not a Common Ground message.'],
    ['an unknown type', { type: 'person/steal', payload: {} }, 'Unknown message type "person/steal".'],
    ['a missing field', { type: 'person/get', payload: {} }, 'Invalid "person/get" message: slug:'],
    [
      'a bad status',
      { type: 'person/move', payload: { slug: 'ada', status: 'married' } },
      'Invalid "person/move" message: status:',
    ],
    [
      'a profile without a name',
      { type: 'profile/seen', payload: { profile: { ...sampleProfile('x'), name: 42 } } },
      'profile.name:',
    ],
  ])('rejects %s with a readable reason', async (_label, message, reason) => {
    const answer = await dispatch(message, { id: OWN }, OWN, handlersWith({}));
    expect(answer?.ok).toBe(false);
    expect(answer && !answer.ok && answer.error).toContain(reason);
  });

  it('turns a failing handler into { ok: false, error } instead of a rejection', async () => {
    const answer = await dispatch(
      { type: 'person/delete', payload: { slug: 'ada' } },
      { id: OWN },
      OWN,
      handlersWith({ 'person/delete': async () => Promise.reject(new Error('Disk full')) }),
    );
    expect(answer).toEqual({ ok: false, error: 'Disk full' });
  });

  it('passes the sending tab to the handler', async () => {
    const seen = vi.fn(async (_p: unknown, ctx?: unknown) => ctx);
    const answer = await dispatch(
      { type: 'profile/seen', payload: { profile: sampleProfile('ada') } },
      { id: OWN, tab: { id: 7 } },
      OWN,
      handlersWith({ 'profile/seen': seen as never }),
    );
    expect(answer).toEqual({ ok: true, data: { tabId: 7 } });
  });
});
