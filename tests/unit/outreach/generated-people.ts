/** Generated saved people for the export, import and CSV tests: deterministic, varied, with odd text. */
import type { OverlapItem, Person } from '@/utils/schema';
import { Status } from '@/utils/schema';

/** Deterministic pseudo-random numbers (mulberry32), so the large file is the same on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TEXTS = [
  '',
  'plain',
  'Köln · Zürich',
  'Line one\nline two',
  'She said "yes", then no',
  '=SUM(A1)',
  '  spaced  ',
  '🚀 emoji',
  'tab\there',
];

/** One generated person with a history; `n` decides everything. */
export function genPerson(n: number): Person {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const day = (d: number) =>
    new Date(Date.UTC(2024, 0, 1) + d * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString();
  const slug = `person-${n.toString(36)}-${Math.floor(r() * 1e6)}`;
  const history = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => {
    const h: Person['statusHistory'][number] = { status: pick(Status.options), at: day(i * 10) };
    if (r() < 0.4) h.note = pick(TEXTS) || 'note';
    return h;
  });
  const ground: OverlapItem[] = Array.from({ length: Math.floor(r() * 3) }, () => ({
    kind: pick(['almaMater', 'hometown', 'interest', 'employer'] as const),
    mine: pick(TEXTS),
    theirs: pick(TEXTS),
    evidence: pick(TEXTS),
    strength: Math.round(r() * 100) / 100,
    ...(r() < 0.5 ? { label: pick(TEXTS) } : {}),
  }));
  const p: Person = {
    slug,
    role: pick(['sponsor', 'mentor', 'both', 'connector'] as const),
    profile: {
      url: `https://www.linkedin.com/in/${slug}/`,
      slug,
      name: `Name ${n} ${pick(TEXTS)}`,
      ...(r() < 0.8 ? { headline: pick(TEXTS) } : {}),
      ...(r() < 0.5 ? { location: pick(TEXTS) } : {}),
      ...(r() < 0.5 ? { current: { title: pick(TEXTS), company: pick(TEXTS) } } : {}),
      ...(r() < 0.3 ? { connections: Math.floor(r() * 501) } : {}),
      experience: r() < 0.5 ? [{ title: pick(TEXTS), company: pick(TEXTS), start: '2019', end: 'Present' }] : [],
      education: r() < 0.5 ? [{ school: pick(TEXTS), degree: 'MBA' }] : [],
      skills: r() < 0.5 ? ['Kubernetes', pick(TEXTS)] : [],
      interests: r() < 0.3 ? [{ name: pick(TEXTS), category: 'groups' }] : [],
      volunteering: [],
      causes: [],
      languages: r() < 0.2 ? ['Portuguese'] : [],
    },
    commonGround: ground,
    status: history.at(-1)!.status,
    statusHistory: history,
    notes: pick(TEXTS),
    touches: Math.floor(r() * 5),
    projects: r() < 0.3 ? [pick(TEXTS) || 'Platform'] : [],
    gave: r() < 0.3 ? [{ what: 'Reviewed slides', at: day(5) }] : [],
    got: r() < 0.3 ? [{ what: 'Intro to CFO', at: day(6) }] : [],
    tags: r() < 0.3 ? ['q3'] : [],
    createdAt: day(0),
    updatedAt: day(100),
  };
  if (r() < 0.6) {
    p.nextFollowUp = day(120);
    p.followUpReason = pick(TEXTS) || 'Follow up';
  }
  if (r() < 0.2) p.meetingKind = pick(['coffee', 'lunch', 'call'] as const);
  return p;
}
