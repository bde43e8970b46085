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

beforeEach(async () => {
  db = await openDb(NAME);
  clock = new Date('2026-11-22T09:00:00.000Z');
  cards = new Map();
  injected = [];
  h = createHandlers(
    db,
    {
      tabCard: (id, card) => cards.set(id, card),
      peopleChanged() {},
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
    await h['person/update']({ slug: 'ada', patch: { notes: 'Met at the alumni dinner' } }, {});
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
