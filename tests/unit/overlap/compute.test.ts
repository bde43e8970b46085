/** computeOverlap end to end on an invented user and an invented profile, plus its properties. */
import { describe, expect, it } from 'vitest';
import { computeOverlap, computeOverlapPrepared, fitOf, prepareMe, readSeniority } from '../../../utils/overlap';
import { MyProfile, Overlap, Profile } from '../../../utils/schema';

const me = MyProfile.parse({
  name: 'Dana Reyes',
  schools: ['Kellogg School of Management', 'UCSD'],
  hometowns: ['Cambridge, MA'],
  placesLived: ['Köln', 'San Diego, CA'],
  employers: ['Globex Inc.', 'Facebook'],
  interests: ['cycling', 'NLP', 'k8s', 'Public Speaking', 'church choir', 'sourdough baking'],
  seniority: 'Senior Product Manager',
});

const profile = Profile.parse({
  url: 'https://www.linkedin.com/in/morgan-lee/',
  slug: 'morgan-lee',
  name: 'Morgan Lee',
  headline: 'VP Product at Globex',
  location: 'Greater Boston',
  degree: '2nd',
  followers: 12_400,
  connections: 500,
  mutualConnections: 4,
  about:
    'I lead product at Globex. Outside work I spend weekends road cycling around the Charles. I sing in my church choir.',
  current: { title: 'VP Product', company: 'Globex', companyUrl: 'https://www.linkedin.com/company/globex/' },
  experience: [
    {
      title: 'VP Product',
      company: 'Globex',
      location: 'Boston, Massachusetts, United States',
      start: '2019',
      end: 'Present',
    },
    { title: 'Director, Product', company: 'Meta', location: 'Menlo Park, CA · Hybrid', start: '2014', end: '2019' },
    {
      title: 'Product Manager',
      company: 'Initech',
      location: 'Cologne, North Rhine-Westphalia, Germany',
      start: '2010',
      end: '2014',
    },
  ],
  education: [
    { school: 'Northwestern University', degree: 'BA', field: 'Economics', end: '2003' },
    { school: 'University of California, Los Angeles', degree: 'MBA', end: '2009' },
  ],
  skills: ['Kubernetes', 'Natural Language Processing', 'Public Policy', 'Roadmapping'],
  interests: [{ name: 'Church Leadership Network', category: 'groups' }],
  causes: ['Politics'],
  volunteering: [{ organization: 'Democratic Party', role: 'Campaign volunteer' }],
});

describe('computeOverlap on a realistic profile', () => {
  const o = computeOverlap(me, profile);
  const byLabel = (l: string) => o.items.find((i) => i.label === l);

  it('is a valid Overlap', () => {
    expect(Overlap.parse(o)).toEqual(o);
  });
  it('finds the school inside the university, with degree and year', () => {
    const it = o.items.find((i) => i.kind === 'almaMater');
    expect(it).toMatchObject({
      mine: 'Kellogg School of Management',
      theirs: 'Northwestern University, BA in Economics 2003',
      label: 'Kellogg alum',
    });
    expect(it?.evidence).toBe(
      'You: Kellogg School of Management · Them: Northwestern University, BA in Economics 2003',
    );
    expect(o.items.filter((i) => i.kind === 'almaMater')).toHaveLength(1); // UCSD ≠ UCLA
  });
  it('tells "works at your company" from "you both once worked at"', () => {
    expect(byLabel('Your company')).toMatchObject({ kind: 'employer', mine: 'Globex Inc.', strength: 1 });
    expect(byLabel('Ex-Meta')).toMatchObject({ kind: 'employer', mine: 'Facebook' });
  });
  it('finds places: hometown in the metro, and a city lived in', () => {
    expect(byLabel('Boston area')).toMatchObject({ kind: 'hometown', mine: 'Cambridge, MA', theirs: 'Greater Boston' });
    const cologne = byLabel('Cologne');
    expect(cologne?.evidence).toContain('Them (worked at Initech): Cologne');
  });
  it('finds interests in skills and About, never on a shared generic word', () => {
    expect(byLabel('NLP')?.evidence).toBe('You: NLP · Them: skill “Natural Language Processing”');
    expect(byLabel('K8s')?.evidence).toBe('You: k8s · Them: skill “Kubernetes”');
    const cycling = byLabel('Cycling');
    expect(cycling?.evidence).toContain('Them (About): “Outside work I spend weekends road cycling');
    expect(o.items.some((i) => i.mine === 'Public Speaking')).toBe(false);
  });
  it('never surfaces sensitive traits', () => {
    const text = JSON.stringify(o.items).toLowerCase();
    for (const w of ['church', 'choir', 'democratic', 'politics', 'campaign']) expect(text).not.toContain(w);
  });
  it('suggests a sponsor with human reasons', () => {
    expect(o.fit.role).toBe('sponsor');
    expect(o.fit.reasons).toEqual([
      'VP at your company',
      '2 levels above you',
      'Wide reach: 12,400 followers',
      '4 mutual connections',
    ]);
    expect(fitOf(me, profile)).toEqual(o.fit);
  });
  it('scores between 0 and 100, higher with more common ground', () => {
    expect(o.score).toBeGreaterThan(80);
    expect(o.score).toBeLessThanOrEqual(100);
    const empty = computeOverlap(MyProfile.parse({}), profile);
    expect(empty.items).toEqual([]);
    expect(empty.score).toBe(0);
  });
});

describe('properties', () => {
  it('is deterministic, and prepared scoring gives the same result', () => {
    const a = computeOverlap(me, profile);
    expect(computeOverlap(me, profile)).toEqual(a);
    const prep = prepareMe(me);
    expect(computeOverlapPrepared(prep, profile)).toEqual(a);
    expect(computeOverlapPrepared(prep, profile)).toEqual(a);
  });
  it('lists items strongest first', () => {
    const s = computeOverlap(me, profile).items.map((i) => i.strength);
    expect(s).toEqual([...s].sort((x, y) => y - x));
  });
  it('gives at most one item per kind and entity', () => {
    const twice = Profile.parse({ ...profile, skills: ['Kubernetes', 'k8s', 'Kubernetes administration'] });
    expect(computeOverlap(me, twice).items.filter((i) => i.mine === 'k8s')).toHaveLength(1);
  });
  it.each(['almaMater', 'hometown', 'interest', 'employer'] as const)(
    'categories: %s off gives no such item',
    (kind) => {
      const categories = { almaMater: true, hometown: true, interest: true, employer: true, [kind]: false };
      const o = computeOverlap(me, profile, categories);
      expect(o.items.some((i) => i.kind === kind)).toBe(false);
      expect(computeOverlap(me, profile).items.some((i) => i.kind === kind)).toBe(true);
    },
  );
  it('does not depend on the order of the profile lists beyond ties', () => {
    const reversed = Profile.parse({
      ...profile,
      skills: [...profile.skills].reverse(),
      education: [...profile.education].reverse(),
    });
    expect(computeOverlap(me, reversed).items.map((i) => i.label)).toEqual(
      computeOverlap(me, profile).items.map((i) => i.label),
    );
  });
});

describe('seniority from titles', () => {
  it.each([
    ['Chief Technology Officer', 9],
    ['Co-Founder & CEO', 9],
    ['Senior Vice President, Sales', 8],
    ['VP Engineering', 7],
    ['Head of Data', 6],
    ['Director of Product', 6],
    ['Senior Manager', 5],
    ['Principal Engineer', 5],
    ['Staff Software Engineer', 4],
    ['Engineering Manager', 4],
    ['Senior Software Engineer', 3],
    ['Senior Product Manager', 5],
    ['Junior Product Manager', 3],
    ['Software Engineer', 2],
    ['Junior Developer', 1],
    ['Software Engineering Intern', 0],
    ['Chief of Staff', 6],
    ['Product Owner', 3],
  ])('%s → %i', (title, level) => {
    expect(readSeniority(title).level).toBe(level);
  });
  it('a peer is a peer, a slightly senior stranger a mentor', () => {
    const peer = Profile.parse({
      url: 'https://www.linkedin.com/in/p/',
      slug: 'p',
      name: 'P',
      current: { title: 'Product Manager', company: 'Other' },
    });
    expect(fitOf(MyProfile.parse({ seniority: 'Product Manager' }), peer).role).toBe('peer');
    const lead = Profile.parse({
      url: 'https://www.linkedin.com/in/l/',
      slug: 'l',
      name: 'L',
      current: { title: 'Principal Product Manager', company: 'Other' },
    });
    expect(fitOf(MyProfile.parse({ seniority: 'Product Manager' }), lead).role).toBe('mentor');
  });
});
