import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { importData } from '@/entrypoints/options/transfer';
import { createHandlers } from '@/utils/background/handlers';
import { openDb } from '@/utils/db/open';
import {
  createTrackerCache,
  fold,
  groupForPopup,
  searchIndex,
  searchText,
  trackerView,
  withoutPerson,
  withPerson,
} from '@/utils/outreach/tracker';
import { buildExport, serializeExport } from '@/utils/outreach/transfer';
import { type Person, Settings } from '@/utils/schema';
import { connectTo, OWN } from '../background/port-pair';
import { samplePerson, sampleProfile } from '../samples';

const now = new Date('2026-11-22T09:00:00.000Z');
const person = (slug: string, over: Partial<Person>, profile: Parameters<typeof sampleProfile>[1] = {}) =>
  samplePerson(slug, { profile: sampleProfile(slug, profile), ...over });

const people = [
  person(
    'ada',
    { status: 'contacted', nextFollowUp: '2026-11-20T09:00:00.000Z', followUpReason: 'Follow up on your message' },
    { name: 'Ada Okafor', current: { company: 'Lumen Freight' } },
  ),
  person(
    'lin',
    { status: 'saved', role: 'mentor', nextFollowUp: '2026-11-30T09:00:00.000Z' },
    { name: 'Lin Wu', headline: 'Partner at Stripe', education: [{ school: 'École Polytechnique' }] },
  ),
  person(
    'kim',
    {
      status: 'sponsoring',
      nextFollowUp: '2026-11-21T09:00:00.000Z',
      followUpReason: 'Is this relationship still serving your goals?',
    },
    { name: 'Kim Park' },
  ),
  person(
    'zoe',
    {
      status: 'saved',
      role: 'connector',
      tags: ['board-intro'],
      notes: 'Met at the Rotterdam meetup.\nAsk about Q3 hiring',
    },
    {
      name: 'Zoë Adams',
      location: 'Stockholm, Sweden',
      experience: [{ company: 'Harbourline', location: 'Göteborg' }],
      education: [],
    },
  ),
  person(
    'sam',
    { status: 'researching', role: 'both', nextFollowUp: '2026-11-25T09:00:00.000Z' },
    { name: 'Sam Ibáñez', education: [{ school: 'Universität Wien' }] },
  ),
];
const view = (query = '', role: 'all' | Person['role'] = 'all') =>
  groupForPopup(people, now, { query, role }).map((g) => [g.id, g.people.map((p) => p.slug)]);
const found = (query: string, role: 'all' | Person['role'] = 'all') => view(query, role).flatMap(([, s]) => s);

describe('the popup’s groups', () => {
  it('puts the due people first (most overdue first), then the stages in pipeline order', () => {
    expect(view()).toEqual([
      ['due', ['ada', 'kim']],
      ['saved', ['lin', 'zoe']],
      ['researching', ['sam']],
    ]);
  });

  it('labels the groups for the user', () => {
    expect(groupForPopup(people, now, { query: '', role: 'all' }).map((g) => g.label)).toEqual([
      'Due today',
      'Saved',
      'Researching',
    ]);
  });

  it('counts someone due in "Due today" only, not again in their stage', () => {
    const groups = groupForPopup(people, now, { query: '', role: 'all' });
    expect(groups.reduce((n, g) => n + g.people.length, 0)).toBe(people.length);
    expect(groups.find((g) => g.id === 'contacted')).toBeUndefined();
  });

  it('is due the moment the follow-up date comes, not before', () => {
    const at = new Date('2026-11-25T09:00:00.000Z');
    const before = new Date(at.getTime() - 1);
    expect(groupForPopup(people, at, { query: 'sam', role: 'all' })[0]?.id).toBe('due');
    expect(groupForPopup(people, before, { query: 'sam', role: 'all' })[0]?.id).toBe('researching');
  });

  it('has no groups when no one is saved', () => {
    expect(groupForPopup([], now, { query: '', role: 'all' })).toEqual([]);
  });
});

describe('search', () => {
  it.each([
    ['a name, any case', 'OKAFOR', ['ada']],
    ['the start of a first name', 'ad', ['ada', 'zoe']],
    ['an accent-free spelling of an accented name', 'zoe', ['zoe']],
    ['an accented spelling of the same name', 'ZOË', ['zoe']],
    ['a name typed with an accent it does not have', 'kím', ['kim']],
    ['a current company', 'lumen', ['ada']],
    ['a past company', 'harbour', ['zoe']],
    ['a school, accents ignored', 'ecole polytechnique', ['lin']],
    ['a school with ä typed as a', 'universitat', ['sam']],
    ['a school shared by several people', 'northwestern', ['ada', 'kim']],
    ['two words that must both match', 'lin ecole', ['lin']],
    ['surrounding spaces and punctuation', '  okafor, ', ['ada']],
    ['an empty query (everyone)', '', ['ada', 'kim', 'lin', 'zoe', 'sam']],
    ['a company that is only in a headline', 'stripe', ['lin']],
    ['a word of the headline', 'partner', ['lin']],
    ['where they are', 'stockholm', ['zoe']],
    ['where they worked, accents ignored', 'goteborg', ['zoe']],
    ['a word of a note', 'rotterdam', ['zoe']],
    ['words of a note on another line', 'q3 hiring', ['zoe']],
    ['a tag', 'board intro', ['zoe']],
  ])('finds people by %s', (_label, query, slugs) => {
    expect(found(query)).toEqual(slugs);
  });

  it.each([
    ['a word inside another word', 'kafor'],
    ['a name no one has', 'nobody'],
    ['two words from two different people', 'okafor polytechnique'],
  ])('finds no one by %s', (_label, query) => {
    expect(found(query)).toEqual([]);
  });

  it('folds case, accents and punctuation', () => {
    expect(fold('  Zoë  ADAMS—Ibáñez, École ')).toBe('zoe adams ibanez ecole');
    expect(searchText(people[0] as Person)).toBe(
      ' ada okafor vp engineering at northwind cambridge massachusetts united states lumen freight northwestern university ',
    );
  });
});

describe('the role filter', () => {
  it.each([
    ['sponsor', ['ada', 'kim']],
    ['mentor', ['lin']],
    ['both', ['sam']],
    ['connector', ['zoe']],
    ['all', ['ada', 'kim', 'lin', 'zoe', 'sam']],
  ] as const)('shows %s', (role, slugs) => {
    expect(found('', role)).toEqual(slugs);
  });

  it.each([
    ['a mentor searched among sponsors', 'lin', 'sponsor'],
    ['a sponsor searched among connectors', 'okafor', 'connector'],
  ] as const)('combines with the search: no %s', (_label, query, role) => {
    expect(found(query, role)).toEqual([]);
  });
});

describe('the index and the view', () => {
  it('cuts each group to its first rows and keeps the counts', () => {
    const index = searchIndex(people, now);
    const v = trackerView(index, now, { query: '', role: 'all' }, { limit: 1, more: { saved: 2 } });
    expect(v.groups.map((g) => [g.id, g.count, g.people.map((p) => p.slug)])).toEqual([
      ['due', 2, ['ada']],
      ['saved', 2, ['lin', 'zoe']],
      ['researching', 1, ['sam']],
    ]);
    expect([v.total, v.matched, v.at]).toEqual([5, 5, now.toISOString()]);
    const none = trackerView(index, now, { query: 'nobody', role: 'all' }, { limit: 20 });
    expect([none.total, none.matched, none.groups]).toEqual([5, 0, []]);
  });

  it('adds, replaces and removes a person without folding the others again', () => {
    let index = searchIndex(people, now);
    const renamed = person('zoe', { status: 'saved', role: 'connector' }, { name: 'Zoë Marsh' });
    index = withPerson(index, renamed, now);
    index = withPerson(index, person('new', { status: 'replied' }, { name: 'Noor Haddad' }), now);
    index = withoutPerson(index, 'kim');
    const g = (q: string) => groupForPopup(index, now, { query: q, role: 'all' }).flatMap((x) => x.people);
    expect(g('marsh').map((p) => p.slug)).toEqual(['zoe']);
    expect(g('adams')).toEqual([]);
    expect(g('haddad').map((p) => p.status)).toEqual(['replied']);
    expect(g('park')).toEqual([]);
    expect(index.entries).toHaveLength(5);
  });

  it('folds 10,000 people once and then searches the index without folding again', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      person(
        `p${i}`,
        {
          status: i % 2 ? 'saved' : 'contacted',
          nextFollowUp: new Date(now.getTime() + (i - 5000) * 60_000).toISOString(),
        },
        { name: `Person ${i}`, current: { company: i % 100 === 0 ? 'Crédit Ouvert' : 'Northwind' } },
      ),
    );
    // fold() lower-cases each string once (ASCII skips its Unicode passes, so `normalize` would undercount).
    const normalize = vi.spyOn(String.prototype, 'toLowerCase');
    const index = searchIndex(many, now);
    const folded = normalize.mock.calls.length;
    // Each person's own fields once; the fields people share (headline, place, company) are folded once.
    expect(folded).toBeGreaterThanOrEqual(10_000);
    expect(folded).toBeLessThan(10_010);
    const first = groupForPopup(index, now, { query: 'person 9999', role: 'all' });
    const second = groupForPopup(index, now, { query: 'credit', role: 'all' });
    // Each search folds only the query.
    expect(normalize.mock.calls.length).toBe(folded + 2);
    normalize.mockRestore();
    expect(first.flatMap((g) => g.people.map((p) => p.slug))).toEqual(['p9999']);
    expect(second.reduce((n, g) => n + g.people.length, 0)).toBe(100);
    expect(groupForPopup(index, now, { query: '', role: 'all' })[0]?.people[0]?.slug).toBe('p0');
  });
});

describe('the background’s cache', () => {
  it('loads once, follows writes, and loads again after a reset', async () => {
    let stored = people.slice(0, 2);
    const load = vi.fn(async () => stored);
    const cache = createTrackerCache(load, () => now);
    const slugs = async () =>
      (await cache.view({ query: '', role: 'all' }, { limit: 20 })).groups.flatMap((g) => g.people.map((p) => p.slug));
    expect(await slugs()).toEqual(['ada', 'lin']);
    cache.put(people[2] as Person);
    cache.remove('lin');
    expect(await slugs()).toEqual(['ada', 'kim']);
    expect(load).toHaveBeenCalledTimes(1);
    stored = people.slice(3);
    cache.reset();
    expect(await slugs()).toEqual(['zoe', 'sam']);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('ignores writes before the first load and tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('database closed')).mockResolvedValue(people.slice(0, 1));
    const cache = createTrackerCache(load, () => now);
    cache.put(people[1] as Person);
    await expect(cache.view({ query: '', role: 'all' }, { limit: 20 })).rejects.toThrow('database closed');
    const v = await cache.view({ query: '', role: 'all' }, { limit: 20 });
    expect(v.total).toBe(1);
  });
});

describe('tracker/view in the background', () => {
  it('answers from its index and follows saves, moves, snapshot refreshes, deletes, imports and clears', async () => {
    const name = 'cg-tracker-view-test';
    const db = await openDb(name);
    const { handlers: h, dataChanged } = createHandlers(
      db,
      {
        tabCard() {},
        peopleChanged() {},
        personChangedInTab() {},
        openOptions: async () => undefined,
        inject: async () => undefined,
      },
      () => now,
    );
    const shown = async (query = '') =>
      (await h['tracker/view']({ query, role: 'all', limit: 20, more: {} }, {})).groups.map((g) => [
        g.id,
        g.people.map((p) => `${p.slug}:${p.status}`),
      ]);
    try {
      expect(await shown()).toEqual([]);
      await h['person/save']({ profile: sampleProfile('ada', { name: 'Ada Okafor' }), role: 'sponsor' }, {});
      await h['person/save']({ profile: sampleProfile('lin', { name: 'Lin Wu' }), role: 'mentor' }, {});
      expect(await shown()).toEqual([['saved', ['ada:saved', 'lin:saved']]]);
      await h['person/move']({ slug: 'ada', status: 'researching' }, {});
      expect(await shown()).toEqual([
        ['saved', ['lin:saved']],
        ['researching', ['ada:researching']],
      ]);
      // A visit with a new employer on their profile: search finds them by it at once.
      await h['profile/seen'](
        { profile: sampleProfile('lin', { name: 'Lin Wu', current: { company: 'Tessera Labs' } }) },
        {},
      );
      expect(await shown('tessera')).toEqual([['saved', ['lin:saved']]]);
      await h['person/delete']({ slug: 'lin' }, {});
      expect(await shown()).toEqual([['researching', ['ada:researching']]]);
      const text = serializeExport(
        buildExport({ me: null, settings: Settings.parse({}), people: [people[3] as Person], templates: [], now }),
      );
      await importData(connectTo({ db: async () => db, own: OWN, imported: dataChanged }), new Blob([text]));
      expect(await shown('zoe')).toEqual([['saved', ['zoe:saved']]]);
      await h['data/clear']({}, {});
      expect(await shown()).toEqual([]);
    } finally {
      db.close();
      await deleteDB(name);
    }
  });
});
