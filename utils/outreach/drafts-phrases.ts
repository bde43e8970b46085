/**
 * The user's and the person's words turned into phrases a draft can use: the goal after "My goal is", the
 * offer after "I'd be glad to", short institution names, and — most important — what the person shares with
 * the user, worded from the overlap item's evidence and the page: their side as the page says it, hometown
 * wording only for the user's hometown, present tense only when both are at an organisation now.
 * The words themselves are in the phrase pack (`phrases/<lang>.json`).
 */
import type { MyProfile, OverlapItem, Profile } from '../schema';
import { type DraftLanguage, type PhrasePack, phrasesFor } from './phrases';

const regexCache = new Map<string, RegExp>();
const re = (source: string, flags = 'i') => {
  const key = `${flags}:${source}`;
  let r = regexCache.get(key);
  if (!r) {
    r = new RegExp(source, flags);
    regexCache.set(key, r);
  }
  return r;
};

const firstClause = (s: string, max: number) => {
  const one = (s.split(/(?<=[.!?;])\s|\n/)[0] ?? '').replace(/[\s.,;:!?…]+$/u, '').trim();
  return one.length <= max ? one : '';
};

/** Lower-case a phrase's first letter unless it is "I", an acronym or a name-like capitalised pair. */
export const lowerLead = (s: string): string =>
  /^(?:I\b|I'|\p{Lu}{2}|\p{Lu}\p{Ll}*\s+\p{Lu})/u.test(s) ? s : s.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase());

/** The goal as it follows "My goal is": "to lead a team" or "a staff engineer role"; '' when unusable. */
export function goalPhrase(goals: string, lang: DraftLanguage = 'en'): string {
  const pack = phrasesFor(lang);
  const g = lowerLead(firstClause(goals, 160).replace(re(pack.goalLeads), '').trim());
  if (!g) return '';
  const first = g.split(/\s+/)[0]?.toLowerCase() ?? '';
  return pack.goalVerbs.includes(first) ? `to ${g}` : g;
}

/**
 * The offer as it follows "I'd be glad to": "help with data analysis", "review decks", "explain our API to
 * your team"; '' when unusable. A first word followed by a determiner ("explain our…") is read as a verb.
 */
export function offerPhrase(offers: string, lang: DraftLanguage = 'en'): string {
  const pack = phrasesFor(lang);
  const o = lowerLead(firstClause(offers, 160).replace(re(pack.offerLeads), '').trim());
  if (!o) return '';
  const [first = '', second = ''] = o.toLowerCase().split(/\s+/);
  const verb =
    pack.offerVerbs.includes(first) ||
    (pack.determiners.includes(second) && !/(?:ing|tion|ment|sis|ics|ness|ity)$/.test(first));
  return verb ? o : pack.offerHelpWith.replace('{x}', o);
}

/** Shorten an institution or company name for a tight note: "University of California San Diego" → "UCSD". */
export function shortName(name: string, max = 24): string {
  const n = name.replace(/,?\s+(?:inc|llc|ltd|gmbh|corp|co|plc|s\.?a)\.?$/i, '').trim();
  if (n.length <= max) return n;
  const before = /^(.+?)\s+(?:School|University|College|Institute|Business School|Graduate School)\b/.exec(n)?.[1];
  if (before && before.length <= max && !/^(?:the|of)$/i.test(before)) return before;
  const caps = n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length >= 2 && caps.length <= 6) return caps.map((w) => w[0]).join('');
  const words = n.split(/\s+/);
  let out = '';
  for (const w of words) {
    if ((out ? `${out} ${w}` : w).length > max) break;
    out = out ? `${out} ${w}` : w;
  }
  return out;
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, max: number) => (s.length <= max ? s : shortName(s, max));

/** Place items below this strength are region- or country-level ("both in California"): never a claim. */
export const WEAK_PLACE = 0.6;
/** Place items at least this strong name the same city or metro area: close enough to meet in person. */
export const SAME_METRO = 0.8;

/** Where the person's side of a place item was found. */
export type TheirPlaceSource =
  | { from: 'location' }
  | { from: 'work'; company: string }
  | { from: 'school'; school: string };
/** What the user's side of a place item is. */
export type MyPlaceSide = 'hometown' | 'live' | 'lived';

/** True when an overlap item is marked weak (region-level place), by a flag or by its strength. */
export function isWeak(item: OverlapItem): boolean {
  const flagged = (item as OverlapItem & { weak?: boolean }).weak === true;
  return flagged || (item.kind === 'hometown' && item.strength < WEAK_PLACE);
}

/** The user's side of a place item: grew up there, lives there now (first place lived), or lived there before. */
export function myPlaceSide(item: OverlapItem, me: MyProfile): MyPlaceSide {
  const mine = norm(item.mine);
  const fromEvidence = /^You \((hometown|lived)\)/.exec(item.evidence)?.[1];
  const isHome = me.hometowns.some((h) => norm(h) === mine);
  if (fromEvidence === 'hometown' || (!fromEvidence && isHome)) return 'hometown';
  const first = me.placesLived[0];
  return first && norm(first) === mine ? 'live' : 'lived';
}

/** Where the person's side of a place item comes from: their location, a job's location or a school's. */
export function theirPlaceSource(item: OverlapItem, profile: Profile): TheirPlaceSource | undefined {
  const theirs = norm(item.theirs);
  const m = /· Them \((location|worked at (.*?)|studied at (.*?)|experience)\):/.exec(item.evidence);
  if (m?.[1] === 'location') return { from: 'location' };
  if (m?.[2]) return { from: 'work', company: m[2] };
  if (m?.[3]) return { from: 'school', school: m[3] };
  if (profile.location && norm(profile.location) === theirs) return { from: 'location' };
  const job = profile.experience.find((e) => e.location && norm(e.location) === theirs && e.company);
  if (job?.company) return { from: 'work', company: job.company };
  const ed = profile.education.find((e) => e.location && norm(e.location) === theirs);
  if (ed) return { from: 'school', school: ed.school };
  return undefined;
}

/** The organisation an employer item names, as the page says it, and whether each side is there now. */
export function employerSides(item: OverlapItem, profile: Profile): { org: string; meNow: boolean; themNow: boolean } {
  const meNow = /\(current\)\s*·/.test(item.evidence);
  const themNow =
    /\((?:now|present)\)\s*$/i.test(item.theirs) || /· Them: .*\((?:now|present)\)\s*$/i.test(item.evidence);
  const theirs = norm(item.theirs);
  const companies = [profile.current?.company, ...profile.experience.map((e) => e.company)].filter(
    (c): c is string => !!c,
  );
  const org =
    companies.find((c) => theirs.includes(norm(c)) && norm(c).length > 0) ??
    /^(?:.* at )?(.+?)(?: \([^)]*\))?$/.exec(squash(item.theirs))?.[1] ??
    item.mine;
  return { org: squash(org), meNow, themNow };
}

const UNIVERSITY = /\b(?:universit\w*|universidad|universidade|hochschule|college)\b/i;

/** Their school as the page names it (without degree and year). */
function theirSchool(item: OverlapItem, profile: Profile): string {
  const theirs = norm(item.theirs);
  const ed = profile.education.find((e) => theirs.startsWith(norm(e.school)) && norm(e.school));
  return squash(
    ed?.school ??
      item.theirs.split(/,\s+(?=[^,]*(?:\d|\b(?:BA|BS|MA|MS|MBA|PhD|BSc|MSc|Bachelor|Master|Doctor)))/)[0] ??
      item.theirs,
  );
}

/** Where the person's side of an interest item was found (evidence "Them: skill “…”"). */
function interestSource(item: OverlapItem, profile: Profile): 'skill' | 'follow' | 'cause' | 'volunteer' | 'about' {
  if (/· Them \(About\)/.test(item.evidence)) return 'about';
  const how = /· Them: (skill|interest|cause|volunteer role|volunteering cause|volunteers at) “/.exec(
    item.evidence,
  )?.[1];
  if (how === 'skill') return 'skill';
  if (how === 'interest') return 'follow';
  if (how === 'cause') return 'cause';
  if (how) return 'volunteer';
  const t = norm(item.theirs);
  if (profile.skills.some((s) => norm(s) === t)) return 'skill';
  if (profile.interests.some((i) => norm(i.name) === t)) return 'follow';
  if (profile.causes.some((c) => norm(c) === t)) return 'cause';
  if (profile.volunteering.some((v) => [v.organization, v.role, v.cause].some((x) => x && norm(x) === t)))
    return 'volunteer';
  return 'about';
}

/** A claim a draft may make about what the user and the person share, with the evidence behind it. */
export interface Claim {
  /** Opener sentences without final punctuation, in rotation order. */
  openers: string[];
  /** The shortest form, for subjects and tight connection notes. */
  short: string;
  /** The overlap item's evidence: what makes the claim true. */
  evidence: string;
  /** The organisation both work at now (the internal route). */
  sharedOrg?: string;
}

const fillSlots = (text: string, slots: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (all, k: string) => (k in slots ? (slots[k] ?? '') : all));

/** The area a place item shares, as a sentence needs it ("the San Diego area", "Cologne"). */
function areaOf(item: OverlapItem, pack: PhrasePack): string {
  const label = squash(item.label ?? '') || squash(item.theirs.split(',')[0] ?? '');
  return /\barea$/i.test(label) && !/^the\s/i.test(label) ? pack.claims.area.replace('{label}', label) : label;
}

/**
 * The claim an overlap item supports, worded from its evidence and the page, or undefined when it supports
 * none worth making (a region-level place, an item without a readable side).
 */
export function claimOf(
  item: OverlapItem,
  me: MyProfile,
  profile: Profile,
  lang: DraftLanguage = 'en',
): Claim | undefined {
  const pack = phrasesFor(lang);
  const c = pack.claims;
  const mine = clip(squash(item.mine), 60);
  const make = (
    table: { openers: string[]; short: string },
    slots: Record<string, string>,
    sharedOrg?: string,
  ): Claim => ({
    openers: table.openers.map((o) => fillSlots(o, slots)),
    short: fillSlots(table.short, slots),
    evidence: item.evidence,
    ...(sharedOrg ? { sharedOrg } : {}),
  });
  if (!mine || isWeak(item)) return undefined;
  switch (item.kind) {
    case 'almaMater': {
      const school = clip(theirSchool(item, profile).replace(/^the\s+/i, ''), 60);
      if (!school) return undefined;
      // A name, not a guessed acronym ("TUTA"): short forms only drop "School of …" tails.
      const short = school.length <= 40 ? school : clip(school, 40);
      const same =
        norm(school) === norm(item.mine) ||
        shortName(school) === shortName(item.mine) ||
        norm(school).includes(norm(item.mine));
      // The matcher says both name one institution ("Kellogg" and "Northwestern University"): the
      // university-level name is true of both sides.
      const broad = UNIVERSITY.test(school) || !UNIVERSITY.test(mine) ? short : mine;
      return make(same ? c.schoolSame : c.schoolRelated, { school, short, mine, broad });
    }
    case 'employer': {
      const { org: raw, meNow, themNow } = employerSides(item, profile);
      const org = clip(raw, 60);
      if (!org) return undefined;
      if (meNow && themNow) return make(c.employerBothNow, { org }, org);
      if (meNow) return make(c.employerMeNow, { org });
      if (themNow) return make(c.employerThemNow, { org });
      return make(c.employerBothPast, { org });
    }
    case 'hometown': {
      const source = theirPlaceSource(item, profile);
      if (!source) return undefined;
      const side = myPlaceSide(item, me);
      const theirs = clip(squash(item.theirs.split(/,\s*/).slice(0, 2).join(', ')), 40);
      const area = areaOf(item, pack);
      const mySide = fillSlots(side === 'hometown' ? c.mySideGrewUp : side === 'live' ? c.mySideLive : c.mySideLived, {
        mine,
      });
      if (source.from === 'location') {
        const table = side === 'hometown' ? c.placeGrewUpHere : side === 'live' ? c.placeHere : c.placeUsedToLive;
        return make(table, { area, theirs, mine });
      }
      if (source.from === 'work')
        return make(c.placeTheirWork, { company: clip(squash(source.company), 40), theirs, mySide });
      return make(c.placeTheirSchool, { theirs, mySide });
    }
    case 'interest': {
      const src = interestSource(item, profile);
      const x = clip(squash(src === 'about' ? item.mine : item.theirs), 50);
      if (!x) return undefined;
      const table = {
        skill: c.interestSkill,
        follow: c.interestFollow,
        cause: c.interestCause,
        volunteer: c.interestVolunteer,
        about: c.interestAbout,
      }[src];
      return make(table, { x, mine: lowerLead(mine) });
    }
  }
}
