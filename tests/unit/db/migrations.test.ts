import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '@/utils/db/open';
import * as q from '@/utils/db/queries';
import { DB_VERSION } from '@/utils/db/schema';
import { samplePerson } from '../samples';

const NAME = 'cg-migration-test';
afterEach(() => deleteDB(NAME));

/** Write a database exactly as version 1 of the schema did, without our upgrade code. */
async function writeVersion1(records: object[]) {
  const db = await openDB(NAME, 1, {
    upgrade(d) {
      const people = d.createObjectStore('people', { keyPath: 'slug' });
      people.createIndex('status', 'status');
      people.createIndex('updatedAt', 'updatedAt');
      d.createObjectStore('me');
      d.createObjectStore('settings');
    },
  });
  for (const r of records) await db.put('people', r);
  await db.put(
    'me',
    {
      name: 'Rosa',
      schools: ['UCSD'],
      hometowns: [],
      placesLived: [],
      employers: [],
      interests: [],
      goals: '',
      limits: '',
      offers: '',
      seniority: '',
    },
    'current',
  );
  await db.put('settings', { discreetMode: true }, 'current');
  db.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database with all its data and the new indexes', async () => {
    const v1 = { ...samplePerson('ada-v1'), nextFollowUp: '2026-12-01T00:00:00.000Z' } as Record<string, unknown>;
    // Version 1 records had no ledger and no touch count.
    delete v1.gave;
    delete v1.got;
    delete v1.touches;
    delete v1.projects;
    await writeVersion1([v1]);

    const db = await openDb(NAME);
    expect(db.version).toBe(DB_VERSION);
    const person = await q.getPerson(db, 'ada-v1');
    expect(person).toMatchObject({ slug: 'ada-v1', touches: 0, gave: [], got: [], projects: [] });
    expect(person?.statusHistory).toEqual(samplePerson('ada-v1').statusHistory);
    expect(await db.getAllKeysFromIndex('people', 'nextFollowUp')).toEqual(['ada-v1']);
    expect((await q.getMe(db))?.schools).toEqual(['UCSD']);
    expect((await q.getSettings(db)).discreetMode).toBe(true);
    expect(await q.listTemplates(db)).toEqual([]);
    db.close();
  });

  it('creates an empty current-version database', async () => {
    const db = await openDb(NAME);
    expect([...db.objectStoreNames].sort()).toEqual(['me', 'people', 'settings', 'templates']);
    expect([...db.transaction('people').store.indexNames].sort()).toEqual(['nextFollowUp', 'status', 'updatedAt']);
    expect(await q.getMe(db)).toBeNull();
    expect(await q.getSettings(db)).toMatchObject({ discreetMode: false, accountType: 'free' });
    db.close();
  });
});

describe('read-modify-write', () => {
  it('loses neither of two concurrent updates to the same person', async () => {
    const db = await openDb(NAME);
    await q.putPerson(db, samplePerson('lin'));
    await Promise.all([
      q.updatePerson(db, 'lin', (p) => ({ ...p, notes: `${p.notes}A` })),
      q.updatePerson(db, 'lin', (p) => ({ ...p, tags: [...p.tags, 'B'] })),
      q.updatePerson(db, 'lin', (p) => ({ ...p, notes: `${p.notes}C` })),
    ]);
    const lin = await q.getPerson(db, 'lin');
    expect(lin?.notes).toBe('AC');
    expect(lin?.tags).toEqual(['B']);
    db.close();
  });

  it('refuses to update someone who is not saved, and writes nothing', async () => {
    const db = await openDb(NAME);
    await expect(q.updatePerson(db, 'nobody', (p) => p)).rejects.toThrow('No saved person "nobody".');
    expect(await q.listPeople(db)).toEqual([]);
    db.close();
  });
});
