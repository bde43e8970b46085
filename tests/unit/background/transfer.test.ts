import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportData, ImportRefused, importData, type TransferProgress } from '@/entrypoints/options/transfer';
import { createHandlers } from '@/utils/background/handlers';
import type { TransferDeps } from '@/utils/background/transfer';
import { type Db, openDb } from '@/utils/db/open';
import * as q from '@/utils/db/queries';
import { buildExport, serializeExport, splitText, toCsv } from '@/utils/outreach/transfer';
import { CHUNK_CHARS } from '@/utils/ports';
import { MyProfile, Settings } from '@/utils/schema';
import { genPerson } from '../outreach/generated-people';
import { sampleProfile } from '../samples';
import { connectTo, OPTIONS_PAGE, OWN, portPair } from './port-pair';

const NAME = 'cg-transfer-test';
const NOW = new Date('2026-11-22T09:00:00.000Z');
let db: Db;
let h: ReturnType<typeof createHandlers>['handlers'];
let imports: number;
let deps: TransferDeps;

beforeEach(async () => {
  db = await openDb(NAME);
  const made = createHandlers(
    db,
    {
      tabCard() {},
      peopleChanged() {},
      personChangedInTab() {},
      openOptions: async () => undefined,
      inject: async () => undefined,
    },
    () => NOW,
  );
  h = made.handlers;
  imports = 0;
  deps = {
    db: async () => db,
    own: OWN,
    now: () => NOW,
    imported: () => {
      imports++;
      made.dataChanged();
    },
  };
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

const connect = () => connectTo(deps);
const text = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());

/** A note longer than one chunk, with surrogate pairs straddling chunk boundaries. */
const LONG_NOTE = `${'ab🚀'.repeat(CHUNK_CHARS)}\n=SUM(A1);"quoted"\u202Eright-to-left`;

/** Non-default everything: settings, My profile, templates, long notes and odd Unicode. */
async function seedEverything(): Promise<void> {
  await h['settings/save'](
    {
      settings: Settings.parse({
        discreetMode: true,
        accountType: 'premium',
        categories: { almaMater: true, hometown: false, interest: true, employer: false },
        followUpDays: 11,
        reevaluateDays: 45,
        notifications: false,
      }),
    },
    {},
  );
  await h['me/save'](
    {
      me: MyProfile.parse({
        name: 'Zoë Ångström-Okafor',
        schools: ['UC San Diego', 'Universität Wien'],
        hometowns: ['Köln'],
        interests: ['k8s', 'road cycling'],
        goals: 'Lead a platform team 🚀',
        limits: 'Not willing to relocate',
        offers: 'Reviews of RFCs',
        seniority: 'Staff Engineer',
      }),
    },
    {},
  );
  await h['templates/save'](
    {
      template: { id: 'tpl-1', kind: 'first-message', name: 'Coffee', subject: 'Coffee?', body: 'Hi {{firstName}} ☕' },
    },
    {},
  );
  await h['templates/save'](
    { template: { id: 'tpl-2', kind: 'follow-up', name: 'Nudge', body: 'Just checking in' } },
    {},
  );
  await h['person/save']({ profile: sampleProfile('ada', { name: 'Ada Ọkafọr 👩🏾‍💻' }), role: 'sponsor' }, {});
  await h['person/update']({ slug: 'ada', patch: { tags: ['alumni', 'Köln'] } }, {});
  await q.updatePerson(db, 'ada', (p) => ({ ...p, notes: LONG_NOTE }));
  await h['person/save']({ profile: sampleProfile('lin', { name: 'Lin Wu 吴' }), role: 'mentor' }, {});
  await h['person/move']({ slug: 'lin', status: 'researching', note: 'Ask about the platform team' }, {});
  await h['person/save']({ profile: sampleProfile('josé-núñez', { name: 'José Núñez' }), role: 'both' }, {});
}

describe('export and import over ports', () => {
  it('round trip: export → delete all → import gives back everything, settings, My profile and templates included, byte for byte', async () => {
    await seedEverything();
    const progress: TransferProgress[] = [];
    const first = await exportData(connect(), 'json', (p) => progress.push(p));
    const before = await text(first.blob);
    expect(first.name).toBe('common-ground-v1-2026-11-22.json');
    expect(first.people).toBe(3);
    expect(first.blob.type).toBe('application/json');
    expect(progress.at(-1)).toEqual({ phase: 'exporting', done: 3, total: 3 });
    // The streamed file is exactly the one-piece export.
    expect(before === serializeExport(buildExport({ ...(await q.readAll(db)), now: NOW }))).toBe(true);

    await h['data/clear']({}, {});
    expect(await q.readAll(db)).toEqual({ me: null, settings: Settings.parse({}), people: [], templates: [] });

    const report = await importData(connect(), new Blob([before]));
    expect(report).toMatchObject({
      total: 3,
      added: { count: 3 },
      merged: { count: 0 },
      unchanged: { count: 0 },
      me: 'imported',
      settings: 'imported',
      templates: { added: 2, renamed: 0, unchanged: 0 },
    });
    expect(imports).toBe(1);
    const again = await text((await exportData(connect(), 'json')).blob);
    expect(again === before).toBe(true);
  });

  it('streams in chunks within the size cap and never splits a surrogate pair', async () => {
    await seedEverything();
    const log: ReturnType<typeof portPair>['posted'][] = [];
    const file = await exportData(connectTo(deps, OPTIONS_PAGE, log), 'json');
    const chunks = log[0]!.toPage.filter((m) => (m as { type: string }).type === 'chunk') as { text: string }[];
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(CHUNK_CHARS);
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(c.text)).toBe(false);
    }
    // The UTF-8 bytes decode to valid text: no U+FFFD from a torn pair.
    expect(await text(file.blob)).not.toContain('\uFFFD');

    const sent: ReturnType<typeof portPair>['posted'][] = [];
    await h['data/clear']({}, {});
    await importData(connectTo(deps, OPTIONS_PAGE, sent), file.blob);
    const up = sent[0]!.toBackground as { type: string; text?: string }[];
    expect(up.filter((m) => m.type === 'chunk').length).toBeGreaterThan(3);
    expect(up.at(-1)).toEqual({ type: 'end' });
    expect((await q.getPerson(db, 'ada'))?.notes === LONG_NOTE).toBe(true);
  });

  it('exports CSV with a byte-order mark, the same rows as toCsv', async () => {
    await seedEverything();
    const file = await exportData(connect(), 'csv');
    expect(file.name).toBe('common-ground-v1-2026-11-22.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const people = [...(await q.readAll(db)).people].sort((a, b) => (a.slug < b.slug ? -1 : 1));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) === `\uFEFF${toCsv(people)}`).toBe(true);
  });

  it('streams 3,000 generated people exactly as the one-piece export, in slug order', async () => {
    const people = Array.from({ length: 3000 }, (_, i) => genPerson(i));
    await q.importInto(db, () => ({ people, templates: [] }));
    const streamed = await text((await exportData(connect(), 'json')).blob);
    expect(streamed === serializeExport(buildExport({ ...(await q.readAll(db)), now: NOW }))).toBe(true);
  });

  it('accepts a file with a UTF-8 byte-order mark', async () => {
    const file = serializeExport(
      buildExport({ me: null, settings: {}, people: [genPerson(1)], templates: [], now: NOW }),
    );
    const report = await importData(connect(), new Blob([`\uFEFF${file}`]));
    expect(report.added.count).toBe(1);
  });

  it('refuses an invalid file whole, with the path and reason, and writes nothing', async () => {
    await h['person/save']({ profile: sampleProfile('ada'), role: 'sponsor' }, {});
    const before = await q.readAll(db);
    const file = JSON.parse(await text((await exportData(connect(), 'json')).blob));
    file.people.push({
      ...file.people[0],
      slug: 'bob',
      profile: { ...file.people[0].profile, slug: 'bob', url: 'data:text/html,x' },
    });
    const refused = await importData(connect(), new Blob([JSON.stringify(file)])).catch((e) => e);
    expect(refused).toBeInstanceOf(ImportRefused);
    expect(refused.errors).toEqual([
      'people.1.profile.url: Not a LinkedIn profile address: not an https:// address (data:)',
    ]);
    expect(refused.message).toMatch(/^Nothing was imported\. The file is not a valid Common Ground export:\n/);
    await expect(importData(connect(), new Blob(['{ not json']))).rejects.toThrow(/Not a JSON file/);
    expect(await q.readAll(db)).toEqual(before);
    expect(imports).toBe(0);
  });

  it('keeps stored settings and My profile and says so; merges people field by field', async () => {
    await seedEverything();
    await h['person/notes']({ slug: 'lin', notes: 'From the backup', base: '' }, {});
    const file = await exportData(connect(), 'json');
    await h['settings/save']({ settings: Settings.parse({ followUpDays: 3 }) }, {});
    await h['person/notes']({ slug: 'lin', notes: 'Written since', base: 'From the backup' }, {});
    const report = await importData(connect(), file.blob);
    expect(report).toMatchObject({ me: 'same', settings: 'kept', unchanged: { count: 2 }, merged: { count: 1 } });
    expect(report.merged.first).toEqual([{ slug: 'lin', name: 'Lin Wu 吴', fields: ['notes'] }]);
    expect((await q.getSettings(db)).followUpDays).toBe(3);
    expect((await q.getPerson(db, 'lin'))?.notes).toBe('Written since\n\nFrom the backup');
    // The same file again changes nothing.
    expect((await importData(connect(), file.blob)).unchanged.count).toBe(3);
  });

  it.each([
    [
      'a content script',
      {
        id: 'ext-id',
        url: 'https://www.linkedin.com/in/ada/',
        tab: { id: 4, url: 'https://www.linkedin.com/in/ada/' },
      },
    ],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
    ['a sender without a URL', { id: 'ext-id' }],
  ])('(negative) %s cannot export or import', async (_label, sender) => {
    await seedEverything();
    const c = connectTo(deps, sender);
    // The background disconnects at once: no chunk, no report.
    await expect(exportData(c, 'json')).rejects.toThrow(/The extension stopped during the export/);
    await expect(importData(c, new Blob(['{}']))).rejects.toThrow(/Nothing was imported/);
    expect((await q.readAll(db)).people).toHaveLength(3);
  });

  it('answers an unknown request on the export port with a readable error', async () => {
    const pair = portPair('data/export', OPTIONS_PAGE);
    const { acceptTransferPort } = await import('@/utils/background/transfer');
    acceptTransferPort(pair.background, deps);
    const got = new Promise((r) => pair.page.onMessage.addListener(r));
    pair.page.postMessage({ type: 'dump-everything' });
    expect(await got).toEqual({ type: 'error', error: 'Not an export request.' });
  });

  it('splitText keeps surrogate pairs whole', () => {
    expect(splitText('a🚀b', 2)).toEqual(['a', '🚀', 'b']);
    expect(splitText('🚀🚀', 3)).toEqual(['🚀', '🚀']);
    expect(splitText('', 4)).toEqual([]);
    expect(splitText('abcdef', 4).join('')).toBe('abcdef');
  });
});
