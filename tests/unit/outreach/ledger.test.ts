import { describe, expect, it } from 'vitest';
import {
  addDeed,
  addProject,
  balance,
  ONLY_TAKEN_MESSAGE,
  removeDeed,
  removeProject,
} from '../../../utils/outreach/ledger';
import { newPerson } from '../../../utils/outreach/person';
import { type Deed, Person } from '../../../utils/schema';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const deed = (what: string): Deed => ({ what, at: NOW.toISOString() });

const base = newPerson({
  profile: {
    url: 'https://www.linkedin.com/in/li-wei/',
    slug: 'li-wei',
    name: 'Li Wei',
    experience: [],
    education: [],
    skills: [],
    interests: [],
    volunteering: [],
    causes: [],
    languages: [],
  },
  role: 'sponsor',
  commonGround: [],
  now: new Date('2026-01-01T00:00:00.000Z'),
  settings: { followUpDays: 7, reevaluateDays: 90 },
});

describe('balance', () => {
  it.each([
    [0, 0, false],
    [1, 0, false],
    [0, 1, true],
    [0, 3, true],
    [1, 3, false],
    [2, 2, false],
  ])('gave %i, got %i → onlyTaken %s', (gave, got, onlyTaken) => {
    const p = {
      gave: Array.from({ length: gave }, (_, i) => deed(`g${i}`)),
      got: Array.from({ length: got }, (_, i) => deed(`t${i}`)),
    };
    const b = balance(p);
    expect(b).toMatchObject({ gave, got, onlyTaken });
    expect(b.message).toBe(onlyTaken ? ONLY_TAKEN_MESSAGE : undefined);
  });

  it('says the exact nudge', () => {
    expect(ONLY_TAKEN_MESSAGE).toBe('You have only taken so far: offer something back (see their current projects)');
  });
});

describe('deeds', () => {
  it('adds trimmed and dated deeds to either side, without touching the input', () => {
    const p = addDeed(base, 'got', '  Introduced me to the VP of Design ', NOW);
    expect(p.got).toEqual([deed('Introduced me to the VP of Design')]);
    expect(p.gave).toEqual([]);
    expect(p.updatedAt).toBe(NOW.toISOString());
    expect(base.got).toEqual([]);
    expect(Person.safeParse(p).success).toBe(true);
    expect(balance(p).onlyTaken).toBe(true);
    expect(balance(addDeed(p, 'gave', 'Reviewed her talk', NOW)).onlyTaken).toBe(false);
  });

  it.each(['', '   '])('rejects an empty deed %j', (what) => {
    expect(() => addDeed(base, 'gave', what, NOW)).toThrow('cannot be empty');
  });

  it('removes by index', () => {
    const p = addDeed(addDeed(addDeed(base, 'gave', 'a', NOW), 'gave', 'b', NOW), 'gave', 'c', NOW);
    expect(removeDeed(p, 'gave', 1, NOW).gave.map((d) => d.what)).toEqual(['a', 'c']);
    expect(p.gave).toHaveLength(3);
  });

  it.each([-1, 3, 1.5])('removeDeed rejects index %s', (i) => {
    const p = addDeed(addDeed(addDeed(base, 'gave', 'a', NOW), 'gave', 'b', NOW), 'gave', 'c', NOW);
    expect(() => removeDeed(p, 'gave', i, NOW)).toThrow('No gave entry');
  });
});

describe('projects', () => {
  it('adds once, ignoring case and spacing', () => {
    const p = addProject(base, 'Platform  Migration', NOW);
    expect(p.projects).toEqual(['Platform  Migration']);
    expect(addProject(p, ' platform migration', NOW)).toBe(p);
    expect(addProject(p, 'Hiring plan', NOW).projects).toEqual(['Platform  Migration', 'Hiring plan']);
  });

  it('rejects an empty project', () => {
    expect(() => addProject(base, ' ', NOW)).toThrow('cannot be empty');
  });

  it('removes by exact name, unchanged when absent', () => {
    const p = addProject(addProject(base, 'A', NOW), 'B', NOW);
    expect(removeProject(p, 'A', NOW).projects).toEqual(['B']);
    expect(removeProject(p, 'C', NOW)).toBe(p);
  });
});
