/**
 * IndexedDB layout. Only the background opens the database (content scripts run in LinkedIn's origin).
 *
 * Versions:
 * - 1: `people` (key slug; indexes status, updatedAt), `me`, `settings`.
 * - 2: `people` gains the `nextFollowUp` index; `templates` store; person records get the
 *      give-and-take and touch fields with empty defaults.
 * - 3: every stored profile URL is the https LinkedIn address of its person (bad ones are rewritten to
 *      `https://www.linkedin.com/in/<slug>/`); person records gain `snapshotAt` (= `updatedAt`), so a
 *      snapshot refresh no longer counts as a user edit.
 */
import type { DBSchema } from 'idb';
import type { MyProfile, Person, Settings, Template } from '../schema';

/** The database's name in the extension origin. */
export const DB_NAME = 'common-ground';
/** The current schema version. */
export const DB_VERSION = 3;

/** Key of the single record in the `me` and `settings` stores. */
export const SINGLETON_KEY = 'current';

/** Typed schema for idb. */
export interface CommonGroundDB extends DBSchema {
  people: {
    key: string;
    value: Person;
    indexes: { status: string; nextFollowUp: string; updatedAt: string };
  };
  me: { key: string; value: MyProfile };
  settings: { key: string; value: Settings };
  templates: { key: string; value: Template };
}
