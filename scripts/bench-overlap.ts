/**
 * Speed of the common-ground engine: loading the derived data as the background does on its first profile
 * (read + parse + install + indexes, in a fresh process so nothing is warm), the heap it holds, the files'
 * sizes, the first profile after it, one profile (median), and 10,000 profiles through `prepareMe` +
 * `computeOverlapPrepared`. Run with `npx tsx scripts/bench-overlap.ts`; `npm run bench` calls
 * `benchOverlap()`. Profiles are invented from fixed pools with a seeded generator, so runs compare.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MyProfile, Profile } from '../utils/schema';
import { derivedPaths, installDerivedFiles, readDerivedFiles } from './data/derived-files';

/** What loading the derived data costs, measured in a fresh process. */
export interface OverlapLoad {
  /** Read both files, parse, install and build every index (what the background's first profile waits for). */
  dataLoadMs: number;
  /** Of that, reading and `JSON.parse`. */
  parseMs: number;
  /** Heap held by the loaded data and indexes (after garbage collection), MB. */
  heapMb: number;
  /** The first profile right after the load (its caches cold). */
  firstProfileMs: number;
}

/** Figures measured by `benchOverlap`. */
export interface OverlapBench extends OverlapLoad {
  oneProfileMs: number;
  tenThousandMs: number;
  /** Bytes of each derived file, and gzipped (as in the extension's zip). */
  files: { name: string; bytes: number; gzipBytes: number }[];
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

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** In this process (fresh, started by `measureLoad`): the engine's code is loaded first, then the data is timed. */
async function loadHere(): Promise<OverlapLoad> {
  const engine = await import('../utils/overlap');
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const data = readDerivedFiles();
  const parseMs = performance.now() - t0;
  (await import('../utils/overlap/derived')).installDerivedData(data);
  engine.loadOverlapData();
  const dataLoadMs = performance.now() - t0;
  const s = performance.now();
  engine.computeOverlap(benchMe, inventProfile(1));
  const firstProfileMs = performance.now() - s;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { dataLoadMs, parseMs, heapMb, firstProfileMs };
}

/** Load the data in a fresh Node process (with `--expose-gc` for the heap figure), as a woken worker would. */
export function measureLoad(): OverlapLoad {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as OverlapLoad;
}

/** Sizes of the derived files. */
export function derivedFileSizes(): OverlapBench['files'] {
  return Object.entries(derivedPaths()).map(([name, path]) => ({
    name: `${name}.json`,
    bytes: statSync(path).size,
    gzipBytes: gzipSync(readFileSync(path)).length,
  }));
}

/** Measure the data load (fresh process), one profile (median of many) and 10,000 prepared profiles. */
export async function benchOverlap(): Promise<OverlapBench> {
  const load = measureLoad();
  const engine = await import('../utils/overlap');
  installDerivedFiles();
  engine.loadOverlapData();

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
  return { ...load, oneProfileMs, tenThousandMs, files: derivedFileSizes() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--load')) console.log(JSON.stringify(await loadHere()));
  else {
    const r = await benchOverlap();
    console.log(`data load:        ${r.dataLoadMs.toFixed(1)} ms (of which read + parse ${r.parseMs.toFixed(1)} ms)`);
    console.log(`heap held:        ${r.heapMb.toFixed(1)} MB`);
    console.log(`first profile:    ${r.firstProfileMs.toFixed(1)} ms (after the load)`);
    console.log(`one profile:      ${r.oneProfileMs.toFixed(3)} ms (median)`);
    console.log(`10,000 profiles:  ${r.tenThousandMs.toFixed(0)} ms (prepareMe + computeOverlapPrepared)`);
    for (const f of r.files)
      console.log(`${f.name}: ${(f.bytes / 1024).toFixed(0)} KB (${(f.gzipBytes / 1024).toFixed(0)} KB gzipped)`);
  }
}
