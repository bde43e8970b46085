import { describe, expect, it } from 'vitest';
import { addDeed } from '../../../utils/outreach/ledger';
import { mergeSnapshot, newPerson, refreshSnapshot } from '../../../utils/outreach/person';
import { move } from '../../../utils/outreach/pipeline';
import { type OverlapItem, Person, PersonRole, Profile } from '../../../utils/schema';

const NOW = new Date('2026-02-10T08:00:00.000Z');
const LATER = new Date('2026-04-10T08:00:00.000Z');
const SETTINGS = { followUpDays: 7, reevaluateDays: 90 };

const profile = Profile.parse({
  url: 'https://www.linkedin.com/in/maria-sousa/',
  slug: 'maria-sousa',
  name: 'Maria Sousa',
  headline: 'VP Engineering at Northwind',
  current: { title: 'VP Engineering', company: 'Northwind' },
  education: [{ school: 'University of California San Diego' }],
});
const ground: OverlapItem[] = [
  {
    kind: 'almaMater',
    mine: 'UCSD',
    theirs: 'University of California San Diego',
    evidence: 'You: UCSD · Them: University of California San Diego',
    strength: 0.9,
    label: 'UCSD alum',
  },
];

describe('newPerson', () => {
  it.each(PersonRole.options)('saves a valid %s with one history entry and the saved cadence', (role) => {
    const p = newPerson({ profile, role, commonGround: ground, now: NOW, settings: SETTINGS });
    expect(Person.parse(p)).toEqual(p);
    expect(p).toMatchObject({
      slug: 'maria-sousa',
      role,
      status: 'saved',
      statusHistory: [{ status: 'saved', at: NOW.toISOString() }],
      touches: 0,
      notes: '',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      snapshotAt: NOW.toISOString(),
      nextFollowUp: '2026-02-13T08:00:00.000Z',
    });
    expect(p.followUpReason).toMatch(/^Research them/);
    expect(p.commonGround).toEqual(ground);
    expect(p.commonGround).not.toBe(ground);
  });
});

describe('refreshSnapshot', () => {
  const worked = addDeed(
    move(
      newPerson({ profile, role: 'sponsor', commonGround: ground, now: NOW, settings: SETTINGS }),
      'contacted',
      NOW,
      SETTINGS,
      {
        note: 'sent connection note',
      },
    ),
    'gave',
    'Shared an article',
    NOW,
  );
  const saved: Person = { ...worked, notes: 'Met at re:Invent', tags: ['platform'], projects: ['Hiring'] };

  it('replaces profile and common ground, keeps history, notes and everything else', () => {
    const fresh = Profile.parse({ ...profile, headline: 'CTO at Northwind', current: { company: 'Northwind' } });
    const r = refreshSnapshot(saved, fresh, [], LATER);
    expect(r.profile).toEqual(fresh);
    expect(r.commonGround).toEqual([]);
    // A refresh is not a user edit: only the snapshot time moves.
    expect(r.snapshotAt).toBe(LATER.toISOString());
    expect(r.updatedAt).toBe(saved.updatedAt);
    const { profile: _p, commonGround: _c, snapshotAt: _u, ...kept } = r;
    const { profile: _p2, commonGround: _c2, snapshotAt: _u2, ...before } = saved;
    expect(kept).toEqual(before);
    expect(r.statusHistory).toHaveLength(2);
    expect(Person.safeParse(r).success).toBe(true);
  });

  it('returns the same object when nothing changed (key order and undefined keys aside)', () => {
    const same = Profile.parse(JSON.parse(JSON.stringify({ ...profile, pronouns: undefined })));
    expect(refreshSnapshot(saved, same, structuredClone(ground), LATER)).toBe(saved);
  });

  it.each([
    ['a changed headline', { ...profile, headline: 'x' }, ground],
    ['a new skill', { ...profile, skills: ['Go'] }, ground],
    ['different common ground', profile, [{ ...ground[0]!, strength: 0.5 }]],
  ])('stamps a new snapshot time, not an edit, on %s', (_label, p, g) => {
    const r = refreshSnapshot(saved, p, g, LATER);
    expect(r.snapshotAt).toBe(LATER.toISOString());
    expect(r.updatedAt).toBe(saved.updatedAt);
  });

  it("refuses someone else's profile", () => {
    expect(() => refreshSnapshot(saved, { ...profile, slug: 'someone-else' }, ground, LATER)).toThrow(
      'is not the saved person',
    );
  });
});

describe('mergeSnapshot: a details page completes the lists and erases nothing', () => {
  const role = (title: string, company: string, start: string) => ({ title, company, start });
  const main = Profile.parse({
    ...profile,
    degree: '2nd',
    experience: [role('VP Engineering', 'Northwind', '2021'), role('Director', 'Northwind', '2018')],
    skills: ['Go', 'Kubernetes'],
  });
  /** What the reader gives on /details/experience/: the name from the title and the complete list only. */
  const details = Profile.parse({
    url: profile.url,
    slug: profile.slug,
    name: 'Maria Sousa',
    experience: [
      role('VP Engineering', 'Northwind', '2021'),
      role('Director', 'Northwind', '2018'),
      role('Engineer', 'Contoso', '2012'),
    ],
  });

  it.each([
    ['the details page’s complete list', 'experience', details.experience],
    ['(negative) skills the details page lacks are kept', 'skills', ['Go', 'Kubernetes']],
    ['(negative) headline the details page lacks is kept', 'headline', 'VP Engineering at Northwind'],
    ['(negative) degree is kept', 'degree', '2nd'],
    ['(negative) schools are kept', 'education', main.education],
  ] as const)('%s', (_label, field, expected) => {
    expect(mergeSnapshot(main, details)[field]).toEqual(expected);
  });

  it('(negative) a later visit to the profile page, showing the first entries only, keeps the complete list', () => {
    const complete = mergeSnapshot(main, details);
    expect(mergeSnapshot(complete, main).experience).toEqual(details.experience);
  });

  it('the page’s entries come first; new entries are added', () => {
    const moved = Profile.parse({ ...main, experience: [role('CTO', 'Fabrikam', '2025'), ...main.experience] });
    expect(mergeSnapshot(mergeSnapshot(main, details), moved).experience.map((e) => e.title)).toEqual([
      'CTO',
      'VP Engineering',
      'Director',
      'Engineer',
    ]);
  });

  it('refreshSnapshot stores the merge, and a details revisit that adds nothing changes nothing', () => {
    const saved = newPerson({ profile: main, role: 'mentor', commonGround: ground, now: NOW, settings: SETTINGS });
    const once = refreshSnapshot(saved, details, ground, LATER);
    expect(once.profile.experience).toHaveLength(3);
    expect(once.profile.skills).toEqual(['Go', 'Kubernetes']);
    expect(refreshSnapshot(once, details, ground, LATER)).toBe(once);
    expect(refreshSnapshot(once, main, ground, LATER)).toBe(once);
  });
});
