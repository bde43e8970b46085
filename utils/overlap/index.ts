/**
 * Common ground between the user and one profile: shared schools, places, interests and employers,
 * each with evidence and a strength, plus the sponsor fit. Pure and deterministic. The background calls
 * `computeOverlap`; code that scores many profiles prepares the user side once with `prepareMe`.
 */
import { isCurrentRole } from '../linkedin/current-role';
import type { MyProfile, Overlap, OverlapItem, OverlapKind, Profile, Settings } from '../schema';
import { compareEmployerPages, type ResolvedEmployer, resolveEmployer } from './employers';
import { type Fit, fitFrom } from './fit';
import {
  type CanonicalInterest,
  canonicalInterest,
  canonicalTokens,
  compareInterests,
  interestIndex,
  isGenericPhrase,
} from './interests';
import { clean, fold, indexOfRun } from './normalise';
import { pageId } from './pages';
import { comparePlaces, type ParsedPlace, parsePlace, placeIndex } from './places';
import { compareSchoolPages, type ResolvedSchool, resolveSchool, schoolIndex } from './schools';
import { isSensitive } from './sensitive';

export { sameEmployer } from './employers';
export { readSeniority } from './fit';
export { sameInterest } from './interests';
export type { MatchResult } from './normalise';
export { samePlace } from './places';
export { sameSchool } from './schools';
export { isSensitive } from './sensitive';

interface MyInterest {
  raw: string;
  c: CanonicalInterest;
  generic: boolean;
}

/** The user's side read once: resolved schools, parsed places, employers and canonical interests. */
export interface PreparedMe {
  me: MyProfile;
  /** `page`: the id of the entry's LinkedIn page, when My profile has one. */
  schools: { raw: string; r: ResolvedSchool; page: string | null }[];
  places: { raw: string; where: 'hometown' | 'lived'; p: ParsedPlace }[];
  employers: { raw: string; r: ResolvedEmployer; current: boolean; page: string | null }[];
  interests: MyInterest[];
  /** Interest indexes by canonical key, compact key, and every token. */
  interestByKey: Map<string, number[]>;
  interestByToken: Map<string, number[]>;
  /** My interests whose kind-of relation points at a key ("bouldering" → "climbing"), by that key. */
  interestByRelated: Map<string, number[]>;
}

/** Build every lookup table now (after `installDerivedData`, when the derived files are wanted), so the first profile does not pay for it. */
export function loadOverlapData(): void {
  schoolIndex();
  placeIndex();
  interestIndex();
  resolveEmployer('');
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

/** Read the user's profile once for many `computeOverlapPrepared` calls. */
export function prepareMe(me: MyProfile): PreparedMe {
  const idx = interestIndex();
  const interests: MyInterest[] = [];
  for (const raw of me.interests) {
    if (isSensitive(raw)) continue;
    const c = canonicalInterest(raw);
    if (c.toks.length === 0) continue;
    interests.push({ raw, c, generic: isGenericPhrase(c.toks) });
  }
  const interestByKey = new Map<string, number[]>();
  const interestByToken = new Map<string, number[]>();
  const interestByRelated = new Map<string, number[]>();
  interests.forEach((mi, i) => {
    push(interestByKey, mi.c.key, i);
    push(interestByKey, mi.c.compact, i);
    push(interestByKey, `f:${mi.c.form}`, i);
    if (mi.c.sorted !== '') push(interestByKey, `o:${mi.c.sorted}`, i);
    for (const t of mi.c.toks) push(interestByToken, t, i);
    // A phrase's last word in its base form ("negotiating" for "Contract Negotiation").
    push(interestByToken, `f:${mi.c.forms[mi.c.forms.length - 1]}`, i);
    for (const broad of idx.kindOf.get(mi.c.key) ?? []) push(interestByRelated, broad, i);
    for (const [narrow, broads] of idx.kindOf) if (broads.has(mi.c.key)) push(interestByRelated, narrow, i);
  });
  const places: PreparedMe['places'] = [];
  for (const raw of me.hometowns) {
    const p = parsePlace(raw);
    if (p) places.push({ raw, where: 'hometown', p });
  }
  for (const raw of me.placesLived) {
    const p = parsePlace(raw);
    if (p) places.push({ raw, where: 'lived', p });
  }
  return {
    me,
    schools: me.schools.map((raw) => ({ raw, r: resolveSchool(raw), page: pageId(me.schoolPages?.[raw]) })),
    places,
    employers: me.employers.map((raw, i) => ({
      raw,
      r: resolveEmployer(raw),
      current: i === 0,
      page: pageId(me.employerPages?.[raw]),
    })),
    interests,
    interestByKey,
    interestByToken,
    interestByRelated,
  };
}

interface Candidate extends OverlapItem {
  entity: string;
}

const KIND_ORDER: Record<OverlapKind, number> = { almaMater: 0, employer: 1, hometown: 2, interest: 3 };
const SENTENCE = /(?<=[.!?])\s+|\n+/;
const QUOTE_MAX = 140;
/** Weight of where a place was found on their side. */
const PLACE_SOURCE = { location: 1, experience: 0.85, school: 0.85 } as const;
/** Weight of where an interest was found on their side. */
const INTEREST_SOURCE = { skill: 0.9, interest: 0.9, cause: 0.85, volunteering: 0.85, about: 0.8 } as const;
/** Employer strength by (my side current?, their side current?). */
const EMPLOYER_STRENGTH = { nowNow: 1, wasNow: 0.75, nowWas: 0.7, wasWas: 0.65 } as const;

const years = (start?: string, end?: string): string => (start && end ? `${start}–${end}` : (end ?? start ?? ''));
const sentenceCase = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
function join(parts: (string | undefined)[], sep: string): string {
  let out = '';
  for (const p of parts) if (p) out = out ? out + sep + p : p;
  return out;
}

function schoolItems(prep: PreparedMe, profile: Profile, out: Candidate[]): void {
  if (prep.schools.length === 0) return;
  for (const ed of profile.education) {
    const theirs = resolveSchool(ed.school);
    const theirPage = pageId(ed.schoolUrl);
    let theirsText: string | null = null;
    for (const mine of prep.schools) {
      const m = compareSchoolPages(mine.r, mine.page, theirs, theirPage);
      if (!m.match) continue;
      theirsText ??= join(
        [
          clean(ed.school),
          join([ed.degree, ed.field && ed.degree ? `in ${ed.field}` : ed.field, ed.end ?? ed.start], ' '),
        ],
        ', ',
      );
      out.push({
        kind: 'almaMater',
        entity: `school:${mine.r.id ?? mine.r.key}`,
        mine: mine.raw,
        theirs: theirsText,
        evidence: `You: ${mine.raw} · Them: ${theirsText}`,
        strength: m.strength,
        label: `${mine.r.short} alum`,
      });
    }
  }
}

type PlaceSource = 'location' | 'experience' | 'school';

function placeWhere(src: PlaceSource, name: string | undefined): string {
  if (src === 'location') return 'location';
  if (src === 'school') return `studied at ${name}`;
  return name ? `worked at ${name}` : 'experience';
}

function placeMatches(
  prep: PreparedMe,
  text: string,
  src: PlaceSource,
  name: string | undefined,
  out: Candidate[],
): void {
  const theirs = parsePlace(text);
  if (!theirs) return;
  for (const mine of prep.places) {
    const m = comparePlaces(mine.p, theirs);
    if (!m.match) continue;
    const shown = clean(text);
    out.push({
      kind: 'hometown',
      entity: `place:${m.label}`,
      mine: mine.raw,
      theirs: shown,
      evidence: `You (${mine.where === 'hometown' ? 'hometown' : 'lived'}): ${mine.raw} · Them (${placeWhere(src, name)}): ${shown}`,
      strength: m.strength * PLACE_SOURCE[src],
      label: m.label,
    });
  }
}

function placeItems(prep: PreparedMe, profile: Profile, out: Candidate[]): void {
  if (prep.places.length === 0) return;
  if (profile.location) placeMatches(prep, profile.location, 'location', undefined, out);
  for (const ex of profile.experience) if (ex.location) placeMatches(prep, ex.location, 'experience', ex.company, out);
  for (const ed of profile.education) if (ed.location) placeMatches(prep, ed.location, 'school', ed.school, out);
}

function addAll(found: number[], list: number[] | undefined): void {
  if (list) for (const i of list) if (!found.includes(i)) found.push(i);
}

/** Indexes of my interests worth comparing with one of theirs (same key, a shared word, a kind-of link). */
function interestCandidates(prep: PreparedMe, c: CanonicalInterest): number[] {
  const found: number[] = [];
  addAll(found, prep.interestByKey.get(c.key));
  addAll(found, prep.interestByKey.get(c.compact));
  addAll(found, prep.interestByKey.get(`f:${c.form}`));
  if (c.sorted !== '') addAll(found, prep.interestByKey.get(`o:${c.sorted}`));
  addAll(found, prep.interestByRelated.get(c.key));
  for (const t of c.toks) addAll(found, prep.interestByToken.get(t));
  addAll(found, prep.interestByToken.get(`f:${c.forms[c.forms.length - 1]}`));
  return found;
}

function quote(sentence: string, word: string): string {
  const s = clean(sentence);
  if (s.length <= QUOTE_MAX) return s;
  const at = Math.max(0, s.toLowerCase().indexOf(word.toLowerCase()));
  const start = Math.max(0, Math.min(at - 50, s.length - QUOTE_MAX));
  return `${start > 0 ? '…' : ''}${s.slice(start, start + QUOTE_MAX).trim()}${start + QUOTE_MAX < s.length ? '…' : ''}`;
}

function interestItems(prep: PreparedMe, profile: Profile, out: Candidate[]): void {
  if (prep.interests.length === 0) return;
  const sources: { text: string; how: string; weight: number }[] = [];
  for (const s of profile.skills) sources.push({ text: s, how: 'skill', weight: INTEREST_SOURCE.skill });
  for (const it of profile.interests)
    if (it.category !== 'topVoices') sources.push({ text: it.name, how: 'interest', weight: INTEREST_SOURCE.interest });
  for (const c of profile.causes) sources.push({ text: c, how: 'cause', weight: INTEREST_SOURCE.cause });
  for (const v of profile.volunteering) {
    if (v.role) sources.push({ text: v.role, how: 'volunteer role', weight: INTEREST_SOURCE.volunteering });
    if (v.cause) sources.push({ text: v.cause, how: 'volunteering cause', weight: INTEREST_SOURCE.volunteering });
    if (v.organization)
      sources.push({ text: v.organization, how: 'volunteers at', weight: INTEREST_SOURCE.volunteering });
  }
  for (const src of sources) {
    if (isSensitive(src.text)) continue;
    const theirs = canonicalInterest(src.text);
    for (const i of interestCandidates(prep, theirs)) {
      const mine = prep.interests[i]!;
      const m = compareInterests(mine.c, theirs);
      if (!m.match) continue;
      const shorter = theirs.toks.length < mine.c.toks.length ? src.text : mine.raw;
      const text = clean(src.text);
      out.push({
        kind: 'interest',
        entity: `interest:${mine.c.key}`,
        mine: mine.raw,
        theirs: text,
        evidence: `You: ${mine.raw} · Them: ${src.how} “${text}”`,
        strength: m.strength * src.weight,
        label: sentenceCase(clean(shorter)),
      });
    }
  }
  if (profile.about) aboutItems(prep, profile.about, out);
}

function aboutItems(prep: PreparedMe, about: string, out: Candidate[]): void {
  const seen = new Set<number>();
  for (const sentence of about.split(SENTENCE)) {
    if (sentence.trim() === '' || isSensitive(sentence)) continue;
    const toks = canonicalTokens(sentence);
    for (let i = 0; i < prep.interests.length; i++) {
      const mine = prep.interests[i]!;
      if (seen.has(i) || mine.generic) continue;
      const first = mine.c.toks[0]!;
      if (!toks.includes(first) || indexOfRun(toks, mine.c.toks) < 0) continue;
      seen.add(i);
      const q = quote(sentence, fold(mine.raw).split(' ')[0] ?? '');
      out.push({
        kind: 'interest',
        entity: `interest:${mine.c.key}`,
        mine: mine.raw,
        theirs: q,
        evidence: `You: ${mine.raw} · Them (About): “${q}”`,
        strength: INTEREST_SOURCE.about * 0.75,
        label: sentenceCase(clean(mine.raw)),
      });
    }
  }
}

interface TheirOrg {
  r: ResolvedEmployer;
  page: string | null;
  current: boolean;
  company: string;
  title?: string;
  when: string;
}

const orgText = (o: TheirOrg): string => join([o.title, clean(o.company)], ' at ') + (o.when ? ` (${o.when})` : '');

function theirOrgs(profile: Profile): TheirOrg[] {
  const orgs: TheirOrg[] = [];
  const cur = profile.current;
  if (cur?.company)
    orgs.push({
      r: resolveEmployer(cur.company),
      page: pageId(cur.companyUrl),
      current: true,
      company: cur.company,
      title: cur.title,
      when: 'now',
    });
  for (const ex of profile.experience) {
    if (!ex.company) continue;
    const current = isCurrentRole(ex);
    orgs.push({
      r: resolveEmployer(ex.company),
      page: pageId(ex.companyUrl),
      current,
      company: ex.company,
      title: ex.title,
      when: current ? 'now' : years(ex.start, ex.end),
    });
  }
  return orgs;
}

function employerItems(prep: PreparedMe, orgs: TheirOrg[], out: Candidate[]): void {
  for (const org of orgs) {
    for (const mine of prep.employers) {
      const m = compareEmployerPages(mine.r, mine.page, org.r, org.page);
      if (!m.match) continue;
      const base = mine.current
        ? org.current
          ? EMPLOYER_STRENGTH.nowNow
          : EMPLOYER_STRENGTH.nowWas
        : org.current
          ? EMPLOYER_STRENGTH.wasNow
          : EMPLOYER_STRENGTH.wasWas;
      const short = mine.r.id ? mine.r.short : org.r.id ? org.r.short : mine.r.short;
      const label = mine.current && org.current ? 'Your company' : org.current ? `Now at ${short}` : `Ex-${short}`;
      out.push({
        kind: 'employer',
        entity: `employer:${mine.r.key}`,
        mine: mine.raw,
        theirs: orgText(org),
        evidence: `You: ${mine.raw} (${mine.current ? 'current' : 'former'}) · Them: ${orgText(org)}`,
        strength: base * m.strength,
        label,
      });
    }
  }
}

/** True when their current organisation is the user's current one. */
function sameCurrentOrg(prep: PreparedMe, orgs: TheirOrg[]): boolean {
  const mine = prep.employers[0];
  if (!mine) return false;
  for (const o of orgs) if (o.current && compareEmployerPages(mine.r, mine.page, o.r, o.page).match) return true;
  return false;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.strength !== b.strength) return b.strength - a.strength;
  const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (k !== 0) return k;
  for (const f of ['label', 'mine', 'theirs'] as const) {
    const x = a[f] ?? '';
    const y = b[f] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** 0–100: each item adds half its strength of what is left, so more and stronger items score higher. */
function scoreOf(items: OverlapItem[]): number {
  let rest = 1;
  for (const it of items) rest *= 1 - 0.5 * it.strength;
  return Math.round(100 * (1 - rest));
}

/** Sponsor fit for a person using a prepared user side. */
export function fitPrepared(prep: PreparedMe, profile: Profile): Fit {
  return fitFrom(prep.me.seniority, profile, { sameOrg: sameCurrentOrg(prep, theirOrgs(profile)) });
}

/** Suggested role (sponsor, mentor, peer) and reasons for one person. */
export function fitOf(me: MyProfile, profile: Profile): Fit {
  return fitPrepared(prepareMe(me), profile);
}

/** Overlap of one profile against a prepared user side; categories switched off give no items. */
export function computeOverlapPrepared(
  prep: PreparedMe,
  profile: Profile,
  categories?: Settings['categories'],
): Overlap {
  const found: Candidate[] = [];
  const orgs = theirOrgs(profile);
  if (categories?.almaMater !== false) schoolItems(prep, profile, found);
  if (categories?.employer !== false) employerItems(prep, orgs, found);
  if (categories?.hometown !== false) placeItems(prep, profile, found);
  if (categories?.interest !== false) interestItems(prep, profile, found);
  for (const c of found) c.strength = Math.round(c.strength * 1000) / 1000;
  found.sort(compareCandidates);
  const seen = new Set<string>();
  const items: OverlapItem[] = [];
  for (const c of found) {
    const key = `${c.kind}|${c.entity}`;
    // One badge per place of mine, at its strongest granularity (no "Stockholm area" + "Stockholm County" pair).
    const mine = c.kind === 'hometown' ? `hometown-of|${fold(c.mine)}` : '';
    if (seen.has(key) || (mine && seen.has(mine))) continue;
    seen.add(key);
    if (mine) seen.add(mine);
    items.push({
      kind: c.kind,
      mine: c.mine,
      theirs: c.theirs,
      evidence: c.evidence,
      strength: c.strength,
      label: c.label,
    });
  }
  const fit = fitFrom(prep.me.seniority, profile, { sameOrg: sameCurrentOrg(prep, orgs) });
  return { items, score: scoreOf(items), fit };
}

/** Compute the overlap between the user's profile and a person's profile. Pure and deterministic. */
export function computeOverlap(me: MyProfile, profile: Profile, categories?: Settings['categories']): Overlap {
  return computeOverlapPrepared(prepareMe(me), profile, categories);
}
