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

/** Write a database exactly as version 2 of the schema did, without our upgrade code. */
async function writeVersion2(records: object[]) {
  const db = await openDB(NAME, 2, {
    upgrade(d) {
      const people = d.createObjectStore('people', { keyPath: 'slug' });
      people.createIndex('status', 'status');
      people.createIndex('updatedAt', 'updatedAt');
      people.createIndex('nextFollowUp', 'nextFollowUp');
      d.createObjectStore('me');
      d.createObjectStore('settings');
      d.createObjectStore('templates', { keyPath: 'id' });
    },
  });
  for (const r of records) await db.put('people', r);
  db.close();
}

const withUrl = (slug: string, url: string) => {
  const p = samplePerson(slug);
  return { ...p, profile: { ...p.profile, url } };
};

describe('database upgrades', () => {
  it('version 3 rewrites every stored profile URL that is not the person’s LinkedIn address, and keeps good ones', async () => {
    await writeVersion2([
      withUrl('ada', 'data:text/html,<script>alert(1)</script>'),
      withUrl('bo', 'file:///etc/passwd'),
      withUrl('cy', 'chrome://settings/'),
      withUrl('di', 'https://evil.example/in/di/'),
      withUrl('ed', 'https://www.linkedin.com/in/someone-else/'),
      withUrl('fa', 'https://se.linkedin.com/in/fa/'),
      withUrl('josé', 'not a url'),
      samplePerson('gus'),
    ]);
    const db = await openDb(NAME);
    const urls = Object.fromEntries((await db.getAll('people')).map((p) => [p.slug, p.profile.url]));
    expect(await db.getAllKeysFromIndex('people', 'updatedAt')).toHaveLength(8);
    expect(urls).toEqual({
      ada: 'https://www.linkedin.com/in/ada/',
      bo: 'https://www.linkedin.com/in/bo/',
      cy: 'https://www.linkedin.com/in/cy/',
      di: 'https://www.linkedin.com/in/di/',
      ed: 'https://www.linkedin.com/in/ed/',
      fa: 'https://se.linkedin.com/in/fa/',
      gus: 'https://www.linkedin.com/in/gus/',
      josé: 'https://www.linkedin.com/in/jos%C3%A9/',
    });
    // Nothing else of the record changed, but for the snapshot time it gains (= updatedAt).
    const { profile: _p, ...rest } = (await q.getPerson(db, 'ada'))!;
    const { profile: _q, ...before } = samplePerson('ada');
    db.close();
    expect(rest).toEqual({ ...before, snapshotAt: before.updatedAt });
  });

  it('a version 1 database comes through versions 2 and 3 in one open', async () => {
    await writeVersion1([withUrl('ada-v1', 'javascript:alert(1)')]);
    const db = await openDb(NAME);
    expect((await q.getPerson(db, 'ada-v1'))?.profile.url).toBe('https://www.linkedin.com/in/ada-v1/');
    db.close();
  });

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
