import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { dispatch } from '@/utils/background/dispatch';
import { openDb } from '@/utils/db/open';
import {
  CHANNEL_CLOSED_MESSAGE,
  isChannelClosedError,
  isNewerDatabaseError,
  isQuotaError,
  NEWER_DATABASE_MESSAGE,
  QUOTA_MESSAGE,
  readableError,
} from '@/utils/errors';

const quota = () => new DOMException('', 'QuotaExceededError');

describe('readableError', () => {
  it.each([
    ['a DOMException QuotaExceededError with no message', quota(), QUOTA_MESSAGE],
    ['Chrome storage.* quota', new Error('QUOTA_BYTES quota exceeded'), QUOTA_MESSAGE],
    ['Firefox quota name', Object.assign(new Error(''), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), QUOTA_MESSAGE],
    [
      'a newer database on disk',
      new DOMException('The requested version (2) is less than the existing version (9).', 'VersionError'),
      NEWER_DATABASE_MESSAGE,
    ],
    [
      'no receiver (background gone)',
      new Error('Could not establish connection. Receiving end does not exist.'),
      CHANNEL_CLOSED_MESSAGE,
    ],
    ['content script orphaned by an update', new Error('Extension context invalidated.'), CHANNEL_CLOSED_MESSAGE],
    ['Firefox closed conduit', new Error('Message manager disconnected'), CHANNEL_CLOSED_MESSAGE],
    ['an ordinary error keeps its words', new Error('No saved person "ada".'), 'No saved person "ada".'],
  ])('%s', (_label, error, expected) => {
    expect(readableError(error)).toBe(expected);
  });

  it('never returns an empty sentence', () => {
    expect(readableError(new Error(''))).toMatch(/Something went wrong/);
    expect(readableError(new DOMException('', 'AbortError'))).toMatch(/AbortError.*Nothing you saved was lost/);
    expect(readableError(undefined)).toMatch(/Something went wrong/);
  });

  it.each([
    ['not quota', new Error('No saved person'), false],
    ['quota', quota(), true],
  ])('isQuotaError: %s', (_l, e, yes) => expect(isQuotaError(e)).toBe(yes));

  it('tells the kinds apart', () => {
    expect(isNewerDatabaseError(quota())).toBe(false);
    expect(isChannelClosedError(quota())).toBe(false);
  });
});

describe('failures reach the sender in plain words', () => {
  it('dispatch turns a quota failure of a handler into the quota sentence', async () => {
    const handlers = new Proxy({}, { get: () => () => Promise.reject(quota()) }) as never;
    const answer = await dispatch(
      { type: 'settings/get', payload: {} },
      { id: 'me', url: 'chrome-extension://me/options.html' },
      { id: 'me', origin: 'chrome-extension://me/' },
      handlers,
    );
    expect(answer).toEqual({ ok: false, error: QUOTA_MESSAGE });
  });

  it('a database written by a newer version fails to open with VersionError, read as "newer version"', async () => {
    const newer = await openDB('cg-downgrade', 99);
    newer.close();
    const error = await openDb('cg-downgrade').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isNewerDatabaseError(error)).toBe(true);
    expect(readableError(error)).toBe(NEWER_DATABASE_MESSAGE);
  });
});
