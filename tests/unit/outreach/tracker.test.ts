import { describe, expect, it } from 'vitest';
import { buildIndex, fold, groupForPopup } from '@/utils/outreach/tracker';
import type { Person } from '@/utils/schema';
import { samplePerson, sampleProfile } from '../samples';

const now = new Date('2026-11-22T09:00:00.000Z');
const person = (slug: string, over: Partial<Person>, profile: Parameters<typeof sampleProfile>[1] = {}) =>
  samplePerson(slug, { profile: sampleProfile(slug, profile), ...over });

const people = [
  person(
    'ada',
    { status: 'contacted', nextFollowUp: '2026-11-20T09:00:00.000Z' },
    { name: 'Ada Okafor', current: { company: 'Lumen Freight' } },
  ),
  person(
    'lin',
    { status: 'saved', role: 'mentor', nextFollowUp: '2026-11-30T09:00:00.000Z' },
    { name: 'Lin Wu', education: [{ school: 'École Polytechnique' }] },
  ),
  person('kim', { status: 'sponsoring', nextFollowUp: '2026-11-21T09:00:00.000Z' }, { name: 'Kim Park' }),
  person(
    'zoe',
    { status: 'saved', role: 'connector' },
    { name: 'Zoë Adams', experience: [{ company: 'Harbourline' }] },
  ),
];
const index = buildIndex(people);
const view = (query = '', role: 'all' | Person['role'] = 'all') =>
  groupForPopup(index, now, { query, role }).map((g) => [g.id, g.people.map((p) => p.slug)]);

describe('the popup’s groups', () => {
  it('puts due people first (most overdue first), then stages in pipeline order', () => {
    expect(view()).toEqual([
      ['due', ['ada', 'kim']],
      ['saved', ['lin', 'zoe']],
    ]);
  });

  it.each([
    ['a name, any case', 'OKAFOR', ['ada']],
    ['the start of a word in any name', 'ada', ['ada', 'zoe']],
    ['an accent-free spelling of an accented name', 'zoe', ['zoe']],
    ['a current company', 'lumen', ['ada']],
    ['a past company', 'harbour', ['zoe']],
    ['a school, accents ignored', 'ecole polytechnique', ['lin']],
    ['two words that must both match', 'lin ecole', ['lin']],
    ['a word inside another word (no match)', 'mada', []],
    ['nothing known', 'stripe', []],
  ])('searches by %s', (_label, query, slugs) => {
    expect(view(query).flatMap(([, s]) => s as string[])).toEqual(slugs);
  });

  it.each([
    ['mentor', ['lin']],
    ['connector', ['zoe']],
    ['sponsor', ['ada', 'kim']],
    ['both', []],
  ] as const)('filters by role %s', (role, slugs) => {
    expect(view('', role).flatMap(([, s]) => s as string[])).toEqual(slugs);
  });

  it('folds text once per person and handles 10,000 people', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      person(`p${i}`, { status: i % 2 ? 'saved' : 'contacted' }, { name: `Person ${i}` }),
    );
    const big = buildIndex(many);
    expect(big[42]?.text).toBe(` ${fold('Person 42 VP Engineering at Northwind Northwestern University')} `);
    const groups = groupForPopup(big, now, { query: 'person 9999', role: 'all' });
    expect(groups.flatMap((g) => g.people.map((p) => p.slug))).toEqual(['p9999']);
  });
});
