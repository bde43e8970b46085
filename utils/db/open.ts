/** Opening the database with its forward-only migrations. */
import { type IDBPDatabase, openDB } from 'idb';
import { canonicalProfileUrl, isProfileUrlOf } from '../linkedin/profile-url';
import { type CommonGroundDB, DB_NAME, DB_VERSION } from './schema';

/** An open database handle. */
export type Db = IDBPDatabase<CommonGroundDB>;

/**
 * Open (and migrate) the database. Each step upgrades from one version to the next, so a database
 * written by any earlier version opens with all its data.
 */
export function openDb(name = DB_NAME): Promise<Db> {
  return openDB<CommonGroundDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const people = db.createObjectStore('people', { keyPath: 'slug' });
        people.createIndex('status', 'status');
        people.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('me');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        const people = tx.objectStore('people');
        people.createIndex('nextFollowUp', 'nextFollowUp');
        db.createObjectStore('templates', { keyPath: 'id' });
        // Version 1 records predate the give-and-take ledger and touch counting.
        let cursor = await people.openCursor();
        while (cursor) {
          const p = cursor.value as Partial<CommonGroundDB['people']['value']>;
          await cursor.update({
            ...p,
            touches: p.touches ?? 0,
            projects: p.projects ?? [],
            gave: p.gave ?? [],
            got: p.got ?? [],
            tags: p.tags ?? [],
            notes: p.notes ?? '',
            commonGround: p.commonGround ?? [],
          } as CommonGroundDB['people']['value']);
          cursor = await cursor.continue();
        }
      }
      if (oldVersion < 3) {
        let cursor = await tx.objectStore('people').openCursor();
        while (cursor) {
          await cursor.update(repairV3(cursor.value));
          cursor = await cursor.continue();
        }
      }
    },
  });
}

type StoredPerson = CommonGroundDB['people']['value'];

/**
 * Version 3: a profile URL that is not the https LinkedIn address of the person (imported before the
 * schema checked it: `data:`, `file:`, another site, another person) becomes the canonical
 * `https://www.linkedin.com/in/<slug>/`; `snapshotAt` starts as `updatedAt` (until now a snapshot
 * refresh bumped `updatedAt`, so that is the best known time of the snapshot).
 */
export function repairV3(p: StoredPerson): StoredPerson {
  const profile = p.profile ?? ({} as StoredPerson['profile']);
  const urlOk = typeof profile.url === 'string' && isProfileUrlOf(profile.url, p.slug);
  return {
    ...p,
    profile: urlOk ? profile : { ...profile, url: canonicalProfileUrl(p.slug) },
    snapshotAt: p.snapshotAt ?? p.updatedAt,
  };
}
