import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergePeople,
  mergePerson,
  mergeTemplates,
  mergeText,
  planImport,
  REPORT_NAMES_MAX,
} from '@/utils/outreach/merge';
import { refreshSnapshot } from '@/utils/outreach/person';
import { move } from '@/utils/outreach/pipeline';
import { buildExport } from '@/utils/outreach/transfer';
import { MyProfile, Person, Settings, type Template } from '@/utils/schema';
import { samplePerson, sampleProfile } from '../samples';
import { genPerson } from './generated-people';

const SETTINGS = Settings.parse({});
const T0 = new Date('2026-03-01T10:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe('the backup is not dropped because the person was visited since', () => {
  // The backup: a person worked on for weeks. The store: the same person saved again on a new
  // browser and visited (a snapshot refresh), with a note of its own.
  let backup = samplePerson('ada', {
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    statusHistory: [{ status: 'saved', at: T0.toISOString() }],
  });
  backup = move(backup, 'researching', day(1), SETTINGS);
  backup = move(backup, 'drafted', day(2), SETTINGS);
  backup = move(backup, 'contacted', day(3), SETTINGS, { note: 'sent the coffee ask' });
  backup = {
    ...backup,
    notes: 'Met at the alumni dinner; likes sailing.',
    gave: [{ what: 'Shared the platform RFC', at: day(3).toISOString() }],
    got: [{ what: 'Intro to the CFO', at: day(4).toISOString() }],
    tags: ['alumni'],
    projects: ['Platform'],
    touches: 1,
  };
  const fresh = samplePerson('ada', {
    createdAt: day(10).toISOString(),
    updatedAt: day(11).toISOString(),
    snapshotAt: day(10).toISOString(),
    statusHistory: [{ status: 'saved', at: day(10).toISOString() }],
    notes: 'Saw her talk at KubeCon.',
    tags: ['kubecon'],
  });
  const visited = refreshSnapshot(
    fresh,
    sampleProfile('ada', { headline: 'SVP Engineering at Northwind' }),
    [],
    day(20),
  );

  it('a snapshot refresh does not count as an edit', () => {
    expect(visited.updatedAt).toBe(fresh.updatedAt);
    expect(visited.snapshotAt).toBe(day(20).toISOString());
  });

  it('keeps both notes, the whole history, the ledger, tags and projects; the newer snapshot stays', () => {
    const { person, fields } = mergePerson(visited, backup);
    expect(person.notes).toBe('Saw her talk at KubeCon.\n\nMet at the alumni dinner; likes sailing.');
    expect(person.statusHistory.map((h) => h.status)).toEqual([
      'saved',
      'researching',
      'drafted',
      'contacted',
      'saved',
    ]);
    // The latest entry is the re-save on the new browser: that is the current stage.
    expect(person.status).toBe('saved');
    expect(person.statusHistory.find((h) => h.status === 'contacted')?.note).toBe('sent the coffee ask');
    expect(person.gave).toEqual(backup.gave);
    expect(person.got).toEqual(backup.got);
    expect(person.tags).toEqual(['kubecon', 'alumni']);
    expect(person.projects).toEqual(['Platform']);
    expect(person.touches).toBe(1);
    expect(person.profile.headline).toBe('SVP Engineering at Northwind');
    expect(person.createdAt).toBe(backup.createdAt);
    // The new browser's record had no follow-up: the backup's reminder comes back.
    expect(person.nextFollowUp).toBe(backup.nextFollowUp);
    expect(fields).toEqual(['notes', 'history', 'ledger', 'tags', 'projects', 'touches', 'followUp', 'created']);
    expect(Person.parse(person)).toEqual(person);
  });

  it('the backup stage wins when it is the latest', () => {
    const older = { ...visited, statusHistory: [{ status: 'saved' as const, at: T0.toISOString() }] };
    const { person, fields } = mergePerson(older, backup);
    expect(person.status).toBe('contacted');
    expect(fields).toContain('stage');
  });
});

describe('mergePerson rules', () => {
  const base = samplePerson('ada', { updatedAt: day(5).toISOString(), snapshotAt: day(5).toISOString() });
  const newer = (over: Partial<Person>) => ({ ...base, updatedAt: day(6).toISOString(), ...over });
  const older = (over: Partial<Person>) => ({ ...base, updatedAt: day(4).toISOString(), ...over });

  it.each([
    ['same text', 'a', 'a', 'a'],
    ['stored holds the file', 'a b c', 'b', 'a b c'],
    ['the file extends the stored', 'a', 'a and more', 'a and more'],
    ['nothing stored', '', 'from the file', 'from the file'],
    ['nothing in the file', 'mine', '', 'mine'],
    ['different', 'mine', 'theirs', 'mine\n\ntheirs'],
  ])('notes: %s', (_label, stored, incoming, expected) => {
    expect(mergeText(stored, incoming)).toBe(expected);
    expect(mergePerson({ ...base, notes: stored }, { ...base, notes: incoming }).person.notes).toBe(expected);
  });

  it.each([
    ['the newer edit’s role', newer({ role: 'mentor' }), 'mentor', ['role']],
    ['(negative) an older edit’s role', older({ role: 'mentor' }), 'sponsor', []],
  ] as const)('role: %s', (_label, incoming, role, fields) => {
    const r = mergePerson(base, incoming);
    expect(r.person.role).toBe(role);
    expect(r.fields).toEqual(fields);
  });

  it('snapshot: the newer snapshot wins whatever the edit times; an older one is ignored', () => {
    const profile = sampleProfile('ada', { headline: 'CTO' });
    const r = mergePerson(base, older({ profile, snapshotAt: day(9).toISOString() }));
    expect(r.person.profile.headline).toBe('CTO');
    expect(r.person.snapshotAt).toBe(day(9).toISOString());
    expect(r.person.updatedAt).toBe(base.updatedAt);
    expect(r.fields).toEqual(['snapshot']);
    expect(mergePerson(base, newer({ profile, snapshotAt: day(1).toISOString() })).fields).toEqual([]);
    // An export from before snapshotAt existed: its updatedAt stands for the snapshot time.
    const legacy = { ...newer({ profile }), snapshotAt: undefined };
    delete legacy.snapshotAt;
    expect(mergePerson(base, legacy).person.profile.headline).toBe('CTO');
  });

  it('follow-up: the newer edit’s, else whichever side has one', () => {
    const a = { ...base, nextFollowUp: day(8).toISOString(), followUpReason: 'mine' };
    const b = newer({ nextFollowUp: day(9).toISOString(), followUpReason: 'theirs' });
    expect(mergePerson(a, b).person).toMatchObject({ nextFollowUp: day(9).toISOString(), followUpReason: 'theirs' });
    const c = older({ nextFollowUp: day(9).toISOString(), followUpReason: 'theirs' });
    expect(mergePerson(a, c).fields).toEqual([]);
    // Nothing stored: the file's reminder is taken even from an older edit.
    expect(mergePerson(base, c).person.nextFollowUp).toBe(day(9).toISOString());
    // A newer edit without a follow-up does not erase the stored one.
    expect(mergePerson(a, newer({})).person.nextFollowUp).toBe(day(8).toISOString());
  });

  it('history: the same entry on both sides with different notes keeps both notes', () => {
    const at = day(1).toISOString();
    const r = mergePerson(
      { ...base, statusHistory: [{ status: 'saved', at, note: 'mine' }] },
      { ...base, statusHistory: [{ status: 'saved', at: '2026-03-02T12:00:00+02:00', note: 'theirs' }] },
    );
    expect(r.person.statusHistory).toEqual([{ status: 'saved', at, note: 'mine\n\ntheirs' }]);
  });

  it('ledger: union by what and time, sorted by time', () => {
    const r = mergePerson(
      { ...base, gave: [{ what: 'b', at: day(2).toISOString() }] },
      {
        ...base,
        gave: [
          { what: 'a', at: day(1).toISOString() },
          { what: 'b', at: day(2).toISOString() },
        ],
      },
    );
    expect(r.person.gave.map((d) => d.what)).toEqual(['a', 'b']);
    expect(r.fields).toEqual(['ledger']);
  });

  it('refuses two different people', () => {
    expect(() => mergePerson(base, samplePerson('lin'))).toThrow(/Cannot merge/);
  });
});

describe('mergePerson properties', () => {
  const pair = fc
    .tuple(fc.nat(50_000), fc.nat(50_000))
    .map(([a, b]) => [genPerson(a), { ...genPerson(b), slug: genPerson(a).slug }] as const)
    .map(([a, b]) => [a, { ...b, profile: { ...b.profile, slug: a.slug, url: a.profile.url } }] as const);

  it('property: nothing either side wrote is lost; the stage is the latest history entry; the result is valid', () => {
    fc.assert(
      fc.property(pair, ([stored, incoming]) => {
        const { person } = mergePerson(stored, incoming);
        expect(Person.safeParse(person).success).toBe(true);
        expect(person.notes.includes(stored.notes) && person.notes.includes(incoming.notes)).toBe(true);
        const key = (h: { status: string; at: string }) => `${h.status}|${Date.parse(h.at)}`;
        const keys = new Set(person.statusHistory.map(key));
        for (const h of [...stored.statusHistory, ...incoming.statusHistory]) expect(keys.has(key(h))).toBe(true);
        const times = person.statusHistory.map((h) => Date.parse(h.at));
        if (person.statusHistory.length > stored.statusHistory.length) {
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(person.status).toBe(person.statusHistory.at(-1)?.status);
        }
        for (const list of ['gave', 'got'] as const)
          for (const d of [...stored[list], ...incoming[list]])
            expect(person[list].some((x) => x.what === d.what && Date.parse(x.at) === Date.parse(d.at))).toBe(true);
        for (const t of [...stored.tags, ...incoming.tags]) expect(person.tags).toContain(t);
        for (const t of [...stored.projects, ...incoming.projects]) expect(person.projects).toContain(t);
        if (stored.nextFollowUp || incoming.nextFollowUp) expect(person.nextFollowUp).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('property: importing the same person again changes nothing; a person merged with itself is unchanged', () => {
    fc.assert(
      fc.property(pair, ([stored, incoming]) => {
        const once = mergePerson(stored, incoming).person;
        expect(mergePerson(once, incoming).fields).toEqual([]);
        expect(mergePerson(stored, stored).fields).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergePeople', () => {
  it('adds new slugs, merges known ones, leaves store-only people alone, and refuses duplicates', () => {
    const r = mergePeople(
      [samplePerson('kept'), samplePerson('old'), samplePerson('local-only')],
      [samplePerson('kept'), samplePerson('old', { notes: 'new notes' }), samplePerson('fresh')],
    );
    expect(r).toMatchObject({ added: ['fresh'], merged: [{ slug: 'old', fields: ['notes'] }], unchanged: ['kept'] });
    expect(r.put.map((p) => p.slug)).toEqual(['old', 'fresh']);
    expect(() => mergePeople([], [samplePerson('a'), samplePerson('a')])).toThrow('Duplicate slug');
  });
});

describe('mergeTemplates', () => {
  const t = (id: string, body: string): Template => ({ id, kind: 'follow-up', name: 'Nudge', body });
  it('adds new ones, keeps the same ones, and gives a taken id a new one so neither template is lost', () => {
    const r = mergeTemplates(
      [t('a', 'one'), t('b', 'two'), t('b-2', 'x')],
      [t('a', 'one'), t('c', 'three'), t('b', 'changed'), t('z', 'two')],
    );
    expect(r.unchanged).toEqual(['a', 'z']);
    expect(r.added).toEqual(['c']);
    expect(r.renamed).toEqual([['b', 'b-3']]);
    expect(r.put).toEqual([t('c', 'three'), t('b-3', 'changed')]);
    expect(mergeTemplates([...r.put, t('a', 'one'), t('b', 'two')], [t('b', 'changed')]).put).toEqual([]);
  });
});

describe('planImport', () => {
  const me = MyProfile.parse({ name: 'Rosa', schools: ['UCSD'] });
  const mine = Settings.parse({ followUpDays: 12 });
  const file = buildExport({
    me,
    settings: Settings.parse({ accountType: 'premium' }),
    people: [samplePerson('ada'), samplePerson('lin')],
    templates: [{ id: 't', kind: 'follow-up', name: 'N', body: 'b' }],
    now: T0,
  });
  const empty = { people: [], templates: [], me: null, settings: null };

  it('takes My profile and settings from the file when none are stored (a new browser, after Delete all)', () => {
    const plan = planImport(empty, file);
    expect(plan.me).toEqual(me);
    expect(plan.settings).toEqual(file.settings);
    expect(plan.report).toMatchObject({ total: 2, me: 'imported', settings: 'imported' });
    expect(plan.report.added).toEqual({
      count: 2,
      first: [
        { slug: 'ada', name: 'Ada Okafor' },
        { slug: 'lin', name: 'Ada Okafor' },
      ],
    });
    expect(plan.report.templates).toEqual({ added: 1, renamed: 0, unchanged: 0 });
  });

  it('keeps stored My profile and settings, and says so', () => {
    const plan = planImport({ ...empty, me: MyProfile.parse({ name: 'Sam' }), settings: mine }, file);
    expect(plan.me).toBeUndefined();
    expect(plan.settings).toBeUndefined();
    expect(plan.report).toMatchObject({ me: 'kept', settings: 'kept' });
    expect(planImport({ ...empty, me, settings: file.settings }, file).report).toMatchObject({
      me: 'same',
      settings: 'same',
    });
    // A My profile never filled in counts as none stored.
    expect(planImport({ ...empty, me: MyProfile.parse({}) }, file).report.me).toBe('imported');
    expect(planImport(empty, { ...file, me: null }).report.me).toBe('none');
  });

  it('names at most REPORT_NAMES_MAX people per list, and counts them all', () => {
    const many = Array.from({ length: REPORT_NAMES_MAX + 5 }, (_, i) => samplePerson(`p${i}`));
    const r = planImport(empty, { ...file, people: many }).report;
    expect(r.added.count).toBe(REPORT_NAMES_MAX + 5);
    expect(r.added.first).toHaveLength(REPORT_NAMES_MAX);
  });
});
