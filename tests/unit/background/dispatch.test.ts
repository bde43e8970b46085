import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '@/utils/background/dispatch';
import type { SenderLike } from '@/utils/background/senders';
import { type MessageType, type RequestOf, Requests } from '@/utils/messages';
import { MyProfile, Settings } from '@/utils/schema';
import { sampleProfile } from '../samples';

const OWN = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id/' };

/** The popup. */
const POPUP: SenderLike = { id: OWN.id, url: `${OWN.origin}popup.html` };
/** Our content script in the top frame of a LinkedIn tab at `path`. */
const inTab = (path: string, tabId = 7): SenderLike => {
  const url = `https://www.linkedin.com${path}`;
  return { id: OWN.id, url, tab: { id: tabId, url }, frameId: 0 };
};
/** The content script of the tab showing Ada's profile. */
const ADA_TAB = inTab('/in/ada/');

/** Handlers that record their calls and answer with what they were given. */
function recording() {
  const calls: { type: string; payload: unknown; ctx: unknown }[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_t, type: string) => async (payload: unknown, ctx: unknown) => {
        calls.push({ type, payload, ctx });
        return { handled: type };
      },
    },
  ) as never;
  return { calls, handlers };
}

/** One valid request of every message type; each that names a profile names Ada's. */
const VALID: { [T in MessageType]: RequestOf<T> } = {
  'profile/seen': { profile: sampleProfile('ada') },
  'profile/unreadable': { message: 'Not a profile' },
  'tab/card': { tabId: 3 },
  'tab/clear': {},
  'tab/inject': { script: 'composer' },
  'person/save': { profile: sampleProfile('ada'), role: 'mentor' },
  'person/get': { slug: 'ada' },
  'person/list': {},
  'tracker/view': {},
  'person/move': { slug: 'ada', status: 'researching' },
  'person/update': { slug: 'ada', patch: { nextFollowUp: null } },
  'person/note': { slug: 'ada', text: 'Met at the alumni dinner' },
  'person/notes': { slug: 'ada', notes: 'All new', base: '' },
  'person/ledger': { slug: 'ada', side: 'gave', what: 'Reviewed a talk' },
  'person/snooze': { slug: 'ada', days: 1 },
  'person/touch': { slug: 'ada' },
  'person/delete': { slug: 'ada' },
  'person/undo': { slug: 'ada', updatedAt: null },
  'me/get': {},
  'me/save': { me: MyProfile.parse({ name: 'Rosa' }) },
  'me/adopt': { picks: [{ field: 'schools', value: 'Northwestern University' }] },
  'settings/get': {},
  'settings/save': { settings: Settings.parse({}) },
  'templates/list': {},
  'templates/save': { template: { id: 't1', kind: 'first-message', name: 'Mine', body: 'Hi {firstName}' } },
  'templates/delete': { id: 't1' },
  'draft/context': { slug: 'ada' },
  'draft/make': { slug: 'ada', kind: 'connection-note', profile: sampleProfile('ada') },
  'data/clear': {},
  'ui/open-options': {},
};

const TYPES = Object.keys(Requests) as MessageType[];
const byAccess = (who: string) => TYPES.filter((t) => Requests[t].access.who === who);

/** What a content script may never ask for (issue #12): everything but its own tab's card and person. */
const PRIVILEGED: MessageType[] = [
  'data/clear',
  'settings/get',
  'settings/save',
  'me/get',
  'me/save',
  'templates/list',
  'templates/save',
  'templates/delete',
  'tab/card',
  'person/list',
  'tracker/view',
  'person/snooze',
  'person/notes',
  'person/ledger',
  'draft/context',
];

describe('access policies', () => {
  it.each(TYPES)('%s has an access policy', (type) => {
    const access = Requests[type].access as { who: string; slug?: string; profile?: string } | undefined;
    expect(['page', 'tab', 'profile']).toContain(access?.who);
    if (access?.who !== 'profile') return;
    // A profile policy names the payload keys it checks, and they exist in the schema.
    expect(access.slug ?? access.profile).toBeDefined();
    const shape = (Requests[type].schema as unknown as { shape: Record<string, unknown> }).shape;
    for (const key of [access.slug, access.profile]) if (key) expect(Object.keys(shape)).toContain(key);
  });

  it('has a valid sample request for every message type (so the tables below cover them all)', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
  });

  it('keeps every privileged message for extension pages, and only those plus the composer context', () => {
    expect(byAccess('page').sort()).toEqual([...PRIVILEGED].sort());
  });
});

describe('dispatch', () => {
  it('answers a valid message with { ok: true, data }', async () => {
    const get = vi.fn(async (p: unknown) => ({ got: p }));
    const answer = await dispatch({ type: 'person/get', payload: { slug: 'ada' } }, POPUP, OWN, {
      'person/get': get,
    } as never);
    expect(answer).toEqual({ ok: true, data: { got: { slug: 'ada' } } });
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }],
    ['a web page (no id)', { url: 'https://evil.example/' }],
    ['our id without a URL or a tab', { id: OWN.id }],
  ])('ignores a message from %s', async (_label, sender) => {
    const { calls, handlers } = recording();
    expect(await dispatch({ type: 'person/list', payload: {} }, sender, OWN, handlers)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it.each([
    ['not an object', 'hello', 'Not a Common Ground message.'],
    ['an unknown type', { type: 'person/steal', payload: {} }, 'Unknown message type "person/steal".'],
    ['an inherited property name', { type: 'constructor', payload: {} }, 'Unknown message type "constructor".'],
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
    ['notes in a field patch', { type: 'person/update', payload: { slug: 'ada', patch: { notes: 'x' } } }, 'patch'],
  ])('rejects %s with a readable reason', async (_label, message, reason) => {
    const { calls, handlers } = recording();
    const answer = await dispatch(message, POPUP, OWN, handlers);
    expect(answer?.ok).toBe(false);
    expect(answer && !answer.ok && answer.error).toContain(reason);
    expect(calls).toEqual([]);
  });

  it('turns a failing handler into { ok: false, error } instead of a rejection', async () => {
    const answer = await dispatch({ type: 'person/delete', payload: { slug: 'ada' } }, POPUP, OWN, {
      'person/delete': async () => Promise.reject(new Error('Disk full')),
    } as never);
    expect(answer).toEqual({ ok: false, error: 'Disk full' });
  });

  it('tells the handler a content script sent it, with its tab and frame; an extension page gets no tab', async () => {
    const { calls, handlers } = recording();
    await dispatch({ type: 'profile/seen', payload: VALID['profile/seen'] }, ADA_TAB, OWN, handlers);
    await dispatch(
      { type: 'profile/seen', payload: VALID['profile/seen'] },
      { ...POPUP, tab: { id: 9, url: POPUP.url } },
      OWN,
      handlers,
    );
    expect(calls.map((c) => c.ctx)).toEqual([{ from: 'content-script', tabId: 7, frameId: 0 }, { from: 'page' }]);
  });
});

describe('dispatch authorises by sender', () => {
  it.each(TYPES)('an extension page may send %s', async (type) => {
    const { calls, handlers } = recording();
    expect(await dispatch({ type, payload: VALID[type] }, POPUP, OWN, handlers)).toEqual({
      ok: true,
      data: { handled: type },
    });
    expect(calls).toHaveLength(1);
  });

  it.each(PRIVILEGED)('a content script is refused %s, and the handler never runs', async (type) => {
    const { calls, handlers } = recording();
    const answer = await dispatch({ type, payload: VALID[type] }, ADA_TAB, OWN, handlers);
    expect(answer).toEqual({
      ok: false,
      error: `"${type}" is only for the extension's own pages (popup, options, side panel); a LinkedIn tab may not ask for it.`,
    });
    expect(calls).toEqual([]);
  });

  it.each(byAccess('profile'))('the content script of the tab showing the profile may send %s', async (type) => {
    const { calls, handlers } = recording();
    expect(await dispatch({ type, payload: VALID[type] }, ADA_TAB, OWN, handlers)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it.each(byAccess('profile'))('the content script of another profile’s tab is refused %s', async (type) => {
    const { calls, handlers } = recording();
    const answer = await dispatch({ type, payload: VALID[type] }, inTab('/in/bob/'), OWN, handlers);
    expect(answer).toEqual({ ok: false, error: 'This tab shows "bob"; it may not act on "ada".' });
    expect(calls).toEqual([]);
  });

  it.each(byAccess('profile'))('a content script in a tab that shows no profile is refused %s', async (type) => {
    const { calls, handlers } = recording();
    const answer = await dispatch({ type, payload: VALID[type] }, inTab('/feed/'), OWN, handlers);
    expect(answer).toEqual({ ok: false, error: `"${type}" acts on a profile, and this tab shows none.` });
    expect(calls).toEqual([]);
  });

  it.each(byAccess('tab'))(
    'a content script on any LinkedIn page may send %s (it acts on its own tab)',
    async (type) => {
      const { calls, handlers } = recording();
      expect(await dispatch({ type, payload: VALID[type] }, inTab('/feed/'), OWN, handlers)).toMatchObject({
        ok: true,
      });
      expect(calls).toHaveLength(1);
    },
  );

  it.each([
    [
      'person/save with Ada’s slug but another profile URL',
      'person/save',
      { profile: { ...sampleProfile('ada'), url: 'https://www.linkedin.com/in/bob/' }, role: 'mentor' },
      // The Profile schema already refuses a URL that is not the profile's own (utils/linkedin/profile-url.ts).
      'Invalid "person/save" message: profile.url: Not a LinkedIn profile address: the profile of "bob", not of "ada"',
    ],
    [
      'person/save with a URL that is no profile',
      'person/save',
      { profile: { ...sampleProfile('ada'), url: 'javascript:alert(1)' }, role: 'mentor' },
      'Invalid "person/save" message: profile.url: Not a LinkedIn profile address: not an https:// address (javascript:)',
    ],
    [
      'profile/seen of another profile',
      'profile/seen',
      { profile: sampleProfile('bob') },
      'This tab shows "ada"; it may not act on "bob".',
    ],
    [
      'draft/make for Ada with Bob’s profile',
      'draft/make',
      { slug: 'ada', kind: 'connection-note', profile: sampleProfile('bob') },
      'This tab shows "ada"; it may not act on "bob".',
    ],
    [
      'draft/make for Bob without a profile',
      'draft/make',
      { slug: 'bob', kind: 'connection-note' },
      'This tab shows "ada"; it may not act on "bob".',
    ],
  ] as const)('a content script is refused %s', async (_label, type, payload, error) => {
    const { calls, handlers } = recording();
    expect(await dispatch({ type, payload }, ADA_TAB, OWN, handlers)).toEqual({ ok: false, error });
    expect(calls).toEqual([]);
  });

  it('checks the frame’s own URL in a sub-frame, and the slug in its LinkedIn form (lower case, decoded)', async () => {
    const { calls, handlers } = recording();
    const frame: SenderLike = {
      id: OWN.id,
      url: 'https://www.linkedin.com/in/Ad%C3%A9le/',
      tab: { id: 7, url: 'https://www.linkedin.com/feed/' },
      frameId: 3,
    };
    expect(await dispatch({ type: 'person/get', payload: { slug: 'adéle' } }, frame, OWN, handlers)).toMatchObject({
      ok: true,
    });
    expect(await dispatch({ type: 'person/get', payload: { slug: 'ada' } }, frame, OWN, handlers)).toMatchObject({
      ok: false,
    });
    expect(calls).toHaveLength(1);
  });
});
