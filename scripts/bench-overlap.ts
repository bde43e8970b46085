/**
 * Speed of the common-ground engine: data load, one profile (median), and 10,000 profiles through
 * `prepareMe` + `computeOverlapPrepared`. Run with `npx tsx scripts/bench-overlap.ts`; `npm run bench`
 * calls `benchOverlap()`. Profiles are invented from fixed pools with a seeded generator, so runs compare.
 */
import { pathToFileURL } from 'node:url';
import { MyProfile, Profile } from '../utils/schema';

/** Milliseconds measured by `benchOverlap`. */
export interface OverlapBench {
  dataLoadMs: number;
  oneProfileMs: number;
  tenThousandMs: number;
}

const SCHOOLS = [
  'Northwestern University',
  'Stanford University',
  'University of California, Los Angeles',
  'IIT Bombay',
  'University of Toronto',
  'Harvard Business School',
  'Some Regional College',
  'ETH Zürich',
  'University of Michigan',
  'UCSD',
];
const PLACES = [
  'Greater Boston',
  'San Francisco Bay Area',
  'New York, New York, United States',
  'Cologne, North Rhine-Westphalia, Germany',
  'Bengaluru, Karnataka, India',
  'London Area, United Kingdom',
  'Richmond, Virginia, United States',
  'Austin, Texas, United States',
  'Remote',
  'Toronto, Ontario, Canada · Hybrid',
];
const COMPANIES = [
  'Globex',
  'Meta',
  'Google',
  'Initech LLC',
  'Acme GmbH',
  'Amazon Web Services',
  'Deloitte',
  'Stripe',
  'Umbrella Corp.',
  'Hooli',
];
const TITLES = [
  'VP Product',
  'Senior Software Engineer',
  'Director of Engineering',
  'Product Manager',
  'Head of Data',
  'Staff Engineer',
  'Chief Technology Officer',
  'Engineering Manager',
  'Analyst',
  'Principal Designer',
];
const SKILLS = [
  'Kubernetes',
  'Natural Language Processing',
  'Public Policy',
  'Roadmapping',
  'Python',
  'Machine Learning',
  'Leadership',
  'SQL',
  'Product Strategy',
  'Road Cycling',
  'Go',
  'React',
  'Data Science',
  'Negotiation',
  'Public Speaking',
];
const SENTENCES = [
  'I lead product teams that ship fast.',
  'Outside work I spend weekends road cycling.',
  'I care about mentoring early-career engineers.',
  'Previously I built NLP systems at scale.',
  'I bake sourdough on Sundays and read a lot of history.',
  'Happy to chat about careers in data.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A deterministic invented profile number `i`. */
export function inventProfile(i: number): Profile {
  const r = rng(i + 1);
  const company = pick(r, COMPANIES);
  return Profile.parse({
    url: `https://www.linkedin.com/in/p${i}/`,
    slug: `p${i}`,
    name: `Person ${i}`,
    headline: `${pick(r, TITLES)} at ${company}`,
    location: pick(r, PLACES),
    degree: pick(r, ['1st', '2nd', '3rd'] as const),
    followers: Math.floor(r() * 20_000),
    connections: 500,
    mutualConnections: Math.floor(r() * 10),
    about: Array.from({ length: 3 }, () => pick(r, SENTENCES)).join(' '),
    current: { title: pick(r, TITLES), company },
    experience: Array.from({ length: 4 }, (_, k) => ({
      title: pick(r, TITLES),
      company: k === 0 ? company : pick(r, COMPANIES),
      location: pick(r, PLACES),
      start: `${2000 + k * 4}`,
      end: k === 0 ? 'Present' : `${2004 + k * 4}`,
    })),
    education: Array.from({ length: 2 }, () => ({ school: pick(r, SCHOOLS), degree: 'BA', end: '2005' })),
    skills: Array.from({ length: 12 }, () => pick(r, SKILLS)),
    interests: [{ name: 'Machine Learning Group', category: 'groups' }],
    causes: ['Education', 'Environment'],
    volunteering: [{ organization: 'Code for Good', role: 'Mentor', cause: 'Education' }],
  });
}

/** The invented user the bench scores against. */
export const benchMe: MyProfile = MyProfile.parse({
  name: 'Dana',
  schools: ['Kellogg School of Management', 'UCSD'],
  hometowns: ['Cambridge, MA', 'Richmond'],
  placesLived: ['Köln', 'San Diego, CA', 'Bangalore'],
  employers: ['Globex Inc.', 'Facebook', 'Initech'],
  interests: ['cycling', 'NLP', 'k8s', 'Public Speaking', 'sourdough baking', 'mentoring', 'history', 'ML'],
  seniority: 'Senior Product Manager',
});

/** Measure data load, one profile (median of many) and 10,000 prepared profiles. */
export async function benchOverlap(): Promise<OverlapBench> {
  const t0 = performance.now();
  const engine = await import('../utils/overlap');
  engine.loadOverlapData();
  const dataLoadMs = performance.now() - t0;

  const profiles = Array.from({ length: 10_000 }, (_, i) => inventProfile(i));
  const times: number[] = [];
  for (let i = 0; i < 301; i++) {
    const p = inventProfile(50_000 + i);
    const s = performance.now();
    engine.computeOverlap(benchMe, p);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const oneProfileMs = times[Math.floor(times.length / 2)]!;

  const s = performance.now();
  const prep = engine.prepareMe(benchMe);
  let items = 0;
  for (const p of profiles) items += engine.computeOverlapPrepared(prep, p).items.length;
  const tenThousandMs = performance.now() - s;
  if (items === 0) throw new Error('bench found no common ground: the invented data is wrong');
  return { dataLoadMs, oneProfileMs, tenThousandMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchOverlap();
  console.log(`data load:        ${r.dataLoadMs.toFixed(1)} ms`);
  console.log(`one profile:      ${r.oneProfileMs.toFixed(3)} ms (median)`);
  console.log(`10,000 profiles:  ${r.tenThousandMs.toFixed(0)} ms (prepareMe + computeOverlapPrepared)`);
}
