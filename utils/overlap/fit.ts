/**
 * Sponsor fit: seniority read from titles with the phrase table in `data/seniority.json`, compared
 * with the user's own level, plus same organisation, reach and connection degree, giving a suggested
 * role (sponsor, mentor or peer) and reasons a person can read ("VP at your company", "2 levels above you").
 */

import type { FitRole, Profile } from '../schema';
import seniorityData from './data/seniority.json';
import { fold } from './normalise';

/** Shape of `data/seniority.json`. */
export interface SeniorityData {
  /** Level names by number, 0 = intern … 9 = C-level. */
  levels: string[];
  /** Level given to a title that names no level ("Software Engineer"). */
  defaultLevel: number;
  /** Words that move the next level phrase up or down ("Senior Product Manager" is above "Product Manager"). */
  modifiers: Record<string, number>;
  /** `[phrase, level, badge]`: "vice president" → 7, "VP". */
  titles: [string, number, string][];
}

/** Seniority read from a title. */
export interface Seniority {
  level: number;
  /** What the title says ("VP", "Director"), or the level name when the title names none. */
  label: string;
  /** The title named a level explicitly. */
  explicit: boolean;
}

/** The fit of one person, as stored in `Overlap.fit`. */
export interface Fit {
  role: FitRole;
  reasons: string[];
}

/** What fit needs from the employer comparison, computed by the caller. */
export interface FitContext {
  /** Their current organisation is the user's current one. */
  sameOrg: boolean;
}

interface SeniorityIndex {
  phrases: Map<string, { level: number; label: string; n: number }>;
  modifiers: Record<string, number>;
  maxN: number;
  levels: string[];
  defaultLevel: number;
}

let index: SeniorityIndex | null = null;
/** Reach thresholds: followers and connections that give a person sway. */
const WIDE_FOLLOWERS = 5000;
const SPONSOR_FOLLOWERS = 10_000;

function seniorityIndex(): SeniorityIndex {
  if (index) return index;
  const data = seniorityData as unknown as SeniorityData;
  const phrases = new Map<string, { level: number; label: string; n: number }>();
  let maxN = 1;
  for (const [phrase, level, label] of data.titles) {
    const key = fold(phrase);
    const n = key.split(' ').length;
    maxN = Math.max(maxN, n);
    phrases.set(key, { level, label, n });
  }
  index = { phrases, maxN, modifiers: data.modifiers, levels: data.levels, defaultLevel: data.defaultLevel };
  return index;
}

const cache = new Map<string, Seniority>();
const HEADLINE_SPLIT = /\s+(?:at|@|\|)\s+/;

/** Read the seniority of a title ("Senior Vice President, Sales" → 8 "SVP"). Longest phrase wins at each word. */
export function readSeniority(title: string | undefined): Seniority {
  const idx = seniorityIndex();
  const t = title ?? '';
  const hit = cache.get(t);
  if (hit) return hit;
  const toks = fold(t).split(' ');
  let best: { level: number; label: string } | null = null;
  let bump = 0;
  let bumpLabel = '';
  for (let i = 0; i < toks.length; i++) {
    for (let n = Math.min(idx.maxN, toks.length - i); n >= 1; n--) {
      const key = toks.slice(i, i + n).join(' ');
      const p = idx.phrases.get(key);
      if (!p) continue;
      const mod = n === 1 ? idx.modifiers[key] : undefined;
      let found = p;
      if (mod !== undefined) {
        bump = mod;
        bumpLabel = p.label;
      } else if (bump !== 0 && p.level >= 4) {
        found = {
          ...p,
          level: Math.max(0, Math.min(idx.levels.length - 1, p.level + bump)),
          label: `${bumpLabel} ${p.label}`,
        };
        bump = 0;
      }
      if (!best || found.level > best.level) best = found;
      i += n - 1;
      break;
    }
  }
  const out: Seniority = best
    ? { level: best.level, label: best.label, explicit: true }
    : { level: idx.defaultLevel, label: idx.levels[idx.defaultLevel] ?? '', explicit: false };
  if (cache.size > 20_000) cache.clear();
  cache.set(t, out);
  return out;
}

/** The person's current title: the current role, else the newest experience, else the headline's title part. */
export function currentTitle(profile: Profile): string | undefined {
  return profile.current?.title ?? profile.experience[0]?.title ?? profile.headline?.split(HEADLINE_SPLIT)[0];
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
const plural = (n: number, one: string, many: string) =>
  `${n >= 1000 ? String(n).replace(THOUSANDS, ',') : n} ${n === 1 ? one : many}`;

/** Suggest sponsor, mentor or peer for a person, with the reasons. */
export function fitFrom(mySeniority: string, profile: Profile, ctx: FitContext): Fit {
  const theirs = readSeniority(currentTitle(profile));
  const mine = readSeniority(mySeniority);
  const diff = theirs.level - mine.level;
  const reasons: string[] = [];
  if (ctx.sameOrg) reasons.push(theirs.explicit ? `${theirs.label} at your company` : 'Works at your company');
  else if (theirs.explicit) reasons.push(theirs.label);
  if (diff > 0) reasons.push(`${plural(diff, 'level', 'levels')} above you`);
  else if (diff === 0) reasons.push('Same level as you');
  else reasons.push(`${plural(-diff, 'level', 'levels')} below you`);
  const followers = profile.followers ?? 0;
  if (followers >= WIDE_FOLLOWERS) reasons.push(`Wide reach: ${plural(followers, 'follower', 'followers')}`);
  else if ((profile.connections ?? 0) >= 500) reasons.push('500+ connections');
  const mutual = profile.mutualConnections ?? 0;
  if (mutual > 0) reasons.push(plural(mutual, 'mutual connection', 'mutual connections'));
  if (profile.degree === '1st') reasons.push('Already a 1st-degree connection');
  // Sway: a sponsor must be able to open doors, through rank, the same organisation, or reach.
  const sway = ctx.sameOrg || theirs.level >= 6 || followers >= SPONSOR_FOLLOWERS;
  const role: FitRole =
    profile.degree === 'self' ? 'peer' : diff >= 2 && sway ? 'sponsor' : diff >= 1 ? 'mentor' : 'peer';
  return { role, reasons };
}
