import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { badgeForCard } from '@/utils/background/toolbar';
import { type Db, openDb } from '@/utils/db/open';
import type { TabCard } from '@/utils/messages';
import { MyProfile } from '@/utils/schema';
import { sampleProfile } from '../samples';

const NAME = 'cg-handlers-test';
let db: Db;
let clock: Date;
let cards: Map<number, TabCard>;
let h: ReturnType<typeof createHandlers>['handlers'];
let injected: [tabId: number, frameId: number, file: string][];
/** What the background announced: to extension pages (`pages`: the slug, or "*" for everyone) and to tabs. */
let announced: { pages: string[]; tabs: [tabId: number, slug: string][] };

beforeEach(async () => {
  db = await openDb(NAME);
  clock = new Date('2026-11-22T09:00:00.000Z');
  cards = new Map();
  injected = [];
  announced = { pages: [], tabs: [] };
  h = createHandlers(
    db,
    {
      tabCard: (id, card) => cards.set(id, card),
      peopleChanged: (slug) => void announced.pages.push(slug ?? '*'),
      personChangedInTab: (tabId, slug) => void announced.tabs.push([tabId, slug]),
      openOptions: async () => undefined,
      inject: async (tabId, frameId, file) => void injected.push([tabId, frameId, file]),
    },
    () => clock,
  ).handlers;
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

const me = MyProfile.parse({
  name: 'Rosa',
  schools: ['Northwestern University'],
  hometowns: ['Somerville, Massachusetts'],
});

describe('background handlers', () => {
  it('injects an on-demand script by name into the asking tab and frame, and refuses anyone without a tab', async () => {
    await h['tab/inject']({ script: 'composer' }, { tabId: 7, frameId: 0 });
    await h['tab/inject']({ script: 'legacy-readers' }, { tabId: 7 });
    expect(injected).toEqual([
      [7, 0, '/card-composer.js'],
      [7, 0, '/legacy-readers.js'],
    ]);
    await expect(h['tab/inject']({ script: 'composer' }, {})).rejects.toThrow(/LinkedIn tab/);
    expect(injected).toHaveLength(2);
  });

  it('remembers an unreadable page for the tab and says whether discreet mode keeps the note out of the page', async () => {
    expect(await h['profile/unreadable']({ message: 'Sign in to see this profile.' }, { tabId: 4 })).toEqual({
      discreetMode: false,
    });
    expect(cards.get(4)).toEqual({ state: 'unreadable', message: 'Sign in to see this profile.' });
    const settings = await h['settings/get']({}, {});
    await h['settings/save']({ settings: { ...settings, discreetMode: true } }, {});
    expect(await h['profile/unreadable']({ message: 'x' }, { tabId: 4 })).toEqual({ discreetMode: true });
  });

  it('tells a new user to fill My profile and counts nothing on the toolbar', async () => {
    const card = await h['profile/seen']({ profile: sampleProfile('ada') }, { tabId: 3 });
    expect(card).toMatchObject({ meEmpty: true, overlap: null, person: null });
    expect(badgeForCard(cards.get(3)!)).toBe('0');
  });

  it('computes common ground once My profile is filled, and counts it on the toolbar', async () => {
    await h['me/save']({ me }, {});
    const card = await h['profile/seen']({ profile: sampleProfile('ada') }, { tabId: 3 });
    expect(card.meEmpty).toBe(false);
    expect(card.overlap?.items.map((i) => i.kind)).toContain('almaMater');
    expect(Number(badgeForCard(cards.get(3)!))).toBe(card.overlap?.items.length);
  });

  it('saves a person, and a later visit refreshes their snapshot but keeps their history and notes', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    clock = new Date('2026-11-23T09:00:00.000Z');
    await h['person/move']({ slug: 'ada', status: 'researching' }, {});
    await h['person/note']({ slug: 'ada', text: 'Met at the alumni dinner' }, {});
    const card = await h['profile/seen'](
      { profile: sampleProfile('ada', { headline: 'SVP Engineering at Northwind' }) },
      {},
    );
    expect(card.person).toMatchObject({ status: 'researching', notes: 'Met at the alumni dinner' });
    expect(card.person?.profile.headline).toBe('SVP Engineering at Northwind');
    expect(card.person?.statusHistory.map((s) => s.status)).toEqual(['saved', 'researching']);
  });

  it('refuses a forbidden move with a readable reason and changes nothing', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'mentor' }, {});
    await expect(h['person/move']({ slug: 'ada', status: 'thanked' }, {})).rejects.toThrow(/Cannot move/);
    expect((await h['person/get']({ slug: 'ada' }, {}))?.status).toBe('saved');
  });
  // Export and import stream over ports: tests/unit/background/transfer.test.ts.

  it('jumps Saved → Meeting when the user chose it, and undoes it: history keeps both, the rest is as before', async () => {
    const saved = (await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {})).person!;
    clock = new Date('2026-11-23T09:00:00.000Z');
    const met = await h['person/move']({ slug: 'ada', status: 'meeting', chosen: true }, {});
    expect(met.status).toBe('meeting');
    clock = new Date('2026-11-23T09:00:04.000Z');
    const back = await h['person/undo'](
      { slug: 'ada', updatedAt: met.updatedAt },
      { from: 'content-script', tabId: 1 },
    );
    expect(back).toMatchObject({ status: 'saved', nextFollowUp: saved.nextFollowUp, touches: 0 });
    expect(back?.statusHistory.map((e) => [e.status, e.undo ?? false])).toEqual([
      ['saved', false],
      ['meeting', false],
      ['saved', true],
    ]);
    // Once: the same Undo again finds nothing to undo.
    await expect(h['person/undo']({ slug: 'ada', updatedAt: met.updatedAt }, {})).rejects.toThrow(/Nothing to undo/);
  });

  it('refuses an undo after another change, and changes nothing', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    clock = new Date('2026-11-23T09:00:00.000Z');
    const moved = await h['person/move']({ slug: 'ada', status: 'researching' }, {});
    clock = new Date('2026-11-23T09:00:01.000Z');
    const noted = await h['person/note']({ slug: 'ada', text: 'Met at the dinner' }, {});
    await expect(h['person/undo']({ slug: 'ada', updatedAt: moved.updatedAt }, {})).rejects.toThrow(/changed since/);
    expect(await h['person/get']({ slug: 'ada' }, {})).toEqual(noted);
  });

  it('undoes a role change and a follow-up change', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    clock = new Date('2026-11-23T09:00:00.000Z');
    const mentor = await h['person/update']({ slug: 'ada', patch: { role: 'mentor' } }, {});
    expect((await h['person/undo']({ slug: 'ada', updatedAt: mentor.updatedAt }, {}))?.role).toBe('sponsor');
    clock = new Date('2026-11-23T09:00:02.000Z');
    const cleared = await h['person/update']({ slug: 'ada', patch: { nextFollowUp: null } }, {});
    expect(cleared.nextFollowUp).toBeUndefined();
    const back = await h['person/undo']({ slug: 'ada', updatedAt: cleared.updatedAt }, {});
    expect(back?.nextFollowUp).toBeDefined();
  });

  it('removes one person, keeps the others, and puts the removed one back whole on Undo', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await h['person/save']({ profile: sampleProfile('lin', { name: 'Lin Wu' }), role: 'mentor' }, {});
    await h['person/note']({ slug: 'ada', text: 'Met at the alumni dinner' }, {});
    await h['person/ledger']({ slug: 'ada', side: 'gave', what: 'Reviewed a talk' }, {});
    const ada = await h['person/get']({ slug: 'ada' }, {});
    announced = { pages: [], tabs: [] };
    await h['person/delete']({ slug: 'ada' }, { from: 'content-script', tabId: 3 });
    expect((await h['person/list']({}, {})).map((p) => p.slug)).toEqual(['lin']);
    expect(announced.pages).toEqual(['ada']);
    expect((await h['tracker/view']({ query: '', role: 'all', limit: 20, more: {} }, {})).total).toBe(1);
    expect(await h['person/undo']({ slug: 'ada', updatedAt: null }, { from: 'content-script', tabId: 3 })).toEqual(ada);
    expect(await h['person/get']({ slug: 'ada' }, {})).toEqual(ada);
    expect((await h['tracker/view']({ query: '', role: 'all', limit: 20, more: {} }, {})).total).toBe(2);
  });

  it('undoes a save by removing the person again', async () => {
    const card = await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    expect(await h['person/undo']({ slug: 'ada', updatedAt: card.person!.updatedAt }, {})).toBeNull();
    expect(await h['person/get']({ slug: 'ada' }, {})).toBeNull();
  });
});

describe('drafting in the background', () => {
  it('drafts for a saved person with their role, within the connection-note limit', async () => {
    await h['me/save']({ me }, {});
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    const note = await h['draft/make']({ slug: 'ada', kind: 'connection-note' }, {});
    expect(note.limit).toBe(200);
    expect(note.length).toBeLessThanOrEqual(200);
    expect(note.body).toContain('Ada');
  });

  it('drafts for an unsaved profile on screen, and says so when there is neither', async () => {
    const d = await h['draft/make'](
      { slug: 'lin', kind: 'first-message', profile: sampleProfile('lin', { name: 'Lin Wu' }) },
      {},
    );
    expect(d.body).toContain('Lin');
    await expect(h['draft/make']({ slug: 'ghost', kind: 'first-message' }, {})).rejects.toThrow(
      'No saved person "ghost"',
    );
  });
});

describe('edits are operations on the stored record (no lost updates)', () => {
  const notesOf = async (slug: string) => (await h['person/get']({ slug }, {}))?.notes;

  it('appends a note to what is stored, on its own line', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await h['person/note']({ slug: 'ada', text: 'Met at the alumni dinner' }, {});
    const p = await h['person/note']({ slug: 'ada', text: 'Ask about Rotterdam' }, {});
    expect(p.notes).toBe('Met at the alumni dinner\nAsk about Rotterdam');
    expect(await notesOf('ada')).toBe(p.notes);
  });

  it('keeps both notes when two tabs add one at the same moment', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await Promise.all([
      h['person/note']({ slug: 'ada', text: 'From tab one' }, { from: 'content-script', tabId: 1 }),
      h['person/note']({ slug: 'ada', text: 'From tab two' }, { from: 'content-script', tabId: 2 }),
    ]);
    expect((await notesOf('ada'))?.split('\n').sort()).toEqual(['From tab one', 'From tab two']);
  });

  it('keeps every deed and project added at once from two windows', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await Promise.all([
      h['person/ledger']({ slug: 'ada', side: 'gave', what: 'Reviewed their talk' }, {}),
      h['person/ledger']({ slug: 'ada', side: 'gave', what: 'Sent a paper' }, {}),
      h['person/ledger']({ slug: 'ada', side: 'got', what: 'Intro to the CTO' }, {}),
      h['person/ledger']({ slug: 'ada', side: 'projects', what: 'Rotterdam hub' }, {}),
      h['person/ledger']({ slug: 'ada', side: 'projects', what: 'rotterdam  hub' }, {}),
      h['person/update']({ slug: 'ada', patch: { nextFollowUp: '2026-12-01T09:00:00.000Z' } }, {}),
    ]);
    const p = await h['person/get']({ slug: 'ada' }, {});
    expect(p?.gave.map((d) => d.what).sort()).toEqual(['Reviewed their talk', 'Sent a paper']);
    expect(p?.got.map((d) => d.what)).toEqual(['Intro to the CTO']);
    expect(p?.projects).toEqual(['Rotterdam hub']);
    expect(p?.nextFollowUp).toBe('2026-12-01T09:00:00.000Z');
  });

  it('replaces the notes when they are still what the editor started from', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await h['person/note']({ slug: 'ada', text: 'First' }, {});
    const p = await h['person/notes']({ slug: 'ada', notes: 'First, edited', base: 'First' }, {});
    expect(p.notes).toBe('First, edited');
  });

  it('refuses a whole-text edit based on notes that changed since, and keeps the newer notes', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await h['person/note']({ slug: 'ada', text: 'First' }, {});
    // The popup opened with "First"; meanwhile a tab added a note.
    await h['person/note']({ slug: 'ada', text: 'Added in a tab' }, {});
    await expect(h['person/notes']({ slug: 'ada', notes: 'First, edited', base: 'First' }, {})).rejects.toThrow(
      'These notes changed in another window while you were editing, so your text was not saved.',
    );
    expect(await notesOf('ada')).toBe('First\nAdded in a tab');
  });

  it('lets only one of two editors that started from the same notes save', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    const results = await Promise.allSettled([
      h['person/notes']({ slug: 'ada', notes: 'Popup text', base: '' }, {}),
      h['person/notes']({ slug: 'ada', notes: 'Side panel text', base: '' }, {}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const won = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ notes: string }>;
    expect(await notesOf('ada')).toBe(won.value.notes);
  });

  it('says plainly when the notes would be too long, and changes nothing', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    await h['person/notes']({ slug: 'ada', notes: 'x'.repeat(19_999), base: '' }, {});
    await expect(h['person/note']({ slug: 'ada', text: 'one more' }, {})).rejects.toThrow(
      /Notes can hold 20,000 characters; these would be 20,008\. Nothing was saved\./,
    );
    expect((await notesOf('ada'))?.length).toBe(19_999);
  });

  it('announces every change to extension pages and to the tabs whose card shows that person', async () => {
    await h['profile/seen']({ profile: sampleProfile('ada') }, { from: 'content-script', tabId: 1 });
    await h['profile/seen']({ profile: sampleProfile('ada') }, { from: 'content-script', tabId: 2 });
    await h['profile/seen']({ profile: sampleProfile('lin') }, { from: 'content-script', tabId: 3 });
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, { from: 'content-script', tabId: 1 });
    announced = { pages: [], tabs: [] };
    await h['person/note']({ slug: 'ada', text: 'Hello' }, { from: 'content-script', tabId: 1 });
    expect(announced).toEqual({
      pages: ['ada'],
      tabs: [
        [1, 'ada'],
        [2, 'ada'],
      ],
    });
    announced = { pages: [], tabs: [] };
    await h['person/delete']({ slug: 'ada' }, {});
    expect(announced.tabs).toEqual([
      [1, 'ada'],
      [2, 'ada'],
    ]);
    announced = { pages: [], tabs: [] };
    await h['data/clear']({}, {});
    expect(announced).toEqual({
      pages: ['*'],
      tabs: [
        [1, 'ada'],
        [2, 'ada'],
        [3, 'lin'],
      ],
    });
  });
});

describe('"Use as my profile" from a content script', () => {
  const self = sampleProfile('rosa', {
    name: 'Rosa',
    education: [{ school: 'Northwestern University' }, { school: 'Kellogg School of Management' }],
  });
  const tab = { from: 'content-script', tabId: 4 } as const;

  it('adds picks the background suggested for that tab’s own profile, and only adds', async () => {
    await h['me/save']({ me: MyProfile.parse({ name: 'Rosa', interests: ['Cycling'] }) }, {});
    const card = await h['profile/seen']({ profile: self, self: true }, tab);
    const offered = card.self?.suggestions.filter((s) => s.field === 'schools' && !s.present) ?? [];
    expect(offered.length).toBeGreaterThan(0);
    const answer = await h['me/adopt']({ picks: offered.map(({ field, value }) => ({ field, value })) }, tab);
    // The tab learns how many were added, not My profile.
    expect(answer).toEqual({ added: offered.length });
    const next = await h['me/get']({}, {});
    expect(next?.schools).toEqual(offered.map((s) => s.value));
    expect(next?.interests).toEqual(['Cycling']);
    // Adding the same again adds nothing.
    expect(await h['me/adopt']({ picks: offered.map(({ field, value }) => ({ field, value })) }, tab)).toEqual({
      added: 0,
    });
  });

  it.each([
    ['a pick the page never suggested', { field: 'schools', value: 'Harvard University' }, true],
    ['a suggested value under another field', { field: 'employers', value: 'Northwestern University' }, true],
    [
      'any pick from a tab that does not show the user’s own profile',
      { field: 'schools', value: 'Northwestern University' },
      false,
    ],
  ] as const)('refuses %s and leaves My profile as it was', async (_label, pick, ownPage) => {
    await h['profile/seen']({ profile: ownPage ? self : sampleProfile('ada'), self: ownPage }, tab);
    await expect(h['me/adopt']({ picks: [pick] }, tab)).rejects.toThrow(/^My profile was not changed: /);
    expect(await h['me/get']({}, {})).toBeNull();
  });

  it('refuses picks from a tab whose card is gone (it left profiles)', async () => {
    await h['profile/seen']({ profile: self, self: true }, tab);
    await h['tab/clear']({}, tab);
    await expect(
      h['me/adopt']({ picks: [{ field: 'schools', value: 'Northwestern University' }] }, tab),
    ).rejects.toThrow('this tab does not show your own profile');
  });

  it('accepts any pick from an extension page (the side panel)', async () => {
    await h['me/adopt']({ picks: [{ field: 'schools', value: 'Harvard University' }] }, { from: 'page' });
    expect((await h['me/get']({}, {}))?.schools).toEqual(['Harvard University']);
  });
});
