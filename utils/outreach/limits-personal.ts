/**
 * The user's personal limits ("not willing to relocate", "no evenings or weekends") turned into excluded
 * options, and the check every draft sentence must pass: a draft never offers or asks for an excluded option.
 * Knowledge lives in the tables below; the functions only apply them.
 */

/** An option a user can rule out in their limits. */
export type ExclusionId =
  | 'relocation'
  | 'travel'
  | 'weekends'
  | 'evenings'
  | 'mornings'
  | 'full-time'
  | 'part-time'
  | 'in-person'
  | 'remote'
  | 'calls'
  | 'coffee'
  | 'meals'
  | 'management';

/** One row of the exclusion table. */
export interface ExclusionRule {
  id: ExclusionId;
  /** Finds the option in a clause of the user's limits. */
  detect: RegExp;
  /** Finds a draft sentence that offers or asks for the option (conservative: any mention). */
  forbid: RegExp;
  /** A brief, positive way to mention the limit in a message; never itself matches `forbid`. */
  mention?: string;
}

/**
 * What each option looks like in the user's limits and in a draft. `forbid` is broad on purpose: a user who
 * won't relocate never sees "move" in a draft, even in "move into management".
 */
export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    id: 'relocation',
    detect: /\brelocat\w*|\bmov(?:e|es|ed|ing)\b|\bleav(?:e|ing) (?:my |the )?(?:city|town|area|home)\b/i,
    forbid: /\brelocat\w*|\bmov(?:e|es|ed|ing)\b|\bnew city\b/i,
    mention: "I'm looking to grow where I am{{in home}}",
  },
  {
    id: 'travel',
    detect: /\btravel\w*|\btrips?\b|\bfly(?:ing)?\b/i,
    forbid: /\btravel\w*|\btrips?\b|\bfly(?:ing)?\b|\bflights?\b/i,
    mention: "I'm staying close to home these days",
  },
  {
    id: 'weekends',
    detect: /\bweekends?\b|\bsaturdays?\b|\bsundays?\b/i,
    forbid: /\bweekends?\b|\bsaturdays?\b|\bsundays?\b/i,
    mention: 'weekdays work best for me',
  },
  {
    id: 'evenings',
    detect: /\bevenings?\b|\bnights?\b|\bafter[- ]hours\b|\bafter work\b/i,
    forbid: /\bevenings?\b|\bnights?\b|\btonight\b|\bafter[- ]hours\b|\bafter work\b|\bdinners?\b|\bdrinks\b/i,
    mention: 'daytime works best for me',
  },
  {
    id: 'mornings',
    detect: /\bmornings?\b|\bbefore work\b/i,
    forbid: /\bmornings?\b|\bbefore work\b|\bbreakfast\b/i,
    mention: 'afternoons work best for me',
  },
  {
    id: 'full-time',
    detect: /\bfull[- ]?time\b/i,
    forbid: /\bfull[- ]?time\b/i,
  },
  {
    id: 'part-time',
    detect: /\bpart[- ]?time\b/i,
    forbid: /\bpart[- ]?time\b/i,
  },
  {
    id: 'in-person',
    detect: /\bin[- ]person\b|\bon[- ]?site\b|\b(?:the |an )?office\b|\bcommut\w*|\bface[- ]to[- ]face\b/i,
    forbid:
      /\bin[- ]person\b|\bon[- ]?site\b|\bin the office\b|\bface[- ]to[- ]face\b|\bcoffee\b|\blunch\b|\bmeet up\b/i,
    mention: 'calls work best for me',
  },
  {
    id: 'remote',
    detect: /\bremote(?:ly)?\b|\bwork(?:ing)? from home\b|\bwfh\b|\bvirtual\b/i,
    forbid: /\bremote(?:ly)?\b|\bwork(?:ing)? from home\b|\bvirtual\w*\b|\bzoom\b|\bvideo\b/i,
    mention: 'I do my best work in person',
  },
  {
    id: 'calls',
    detect: /\b(?:phone |video )?calls?\b|\bphone\b|\bzoom\b/i,
    forbid: /\bcalls?\b|\bphone\b|\bzoom\b|\bvideo\b/i,
    mention: 'messages work best for me',
  },
  { id: 'coffee', detect: /\bcoffee\b/i, forbid: /\bcoffee\b/i },
  {
    id: 'meals',
    detect: /\blunch(?:es)?\b|\bdinners?\b|\bmeals?\b|\bbreakfast\b/i,
    forbid: /\blunch(?:es)?\b|\bdinners?\b|\bmeals?\b|\bbreakfast\b/i,
  },
  {
    id: 'management',
    detect: /\bmanag(?:e|ing|ement)\b(?: people| a team)?|\bpeople manager\b/i,
    forbid: /\bmanag(?:e|er|ers|ing|ement)\b|\blead(?:ing)? a team\b|\bteam lead\b/i,
  },
];

/** One mention for exclusions that read better together ("weekday daytime" rather than two sentences). */
export const COMBINED_MENTIONS: readonly { ids: readonly ExclusionId[]; mention: string }[] = [
  { ids: ['evenings', 'weekends'], mention: 'weekday daytime works best for me' },
  { ids: ['in-person', 'calls'], mention: 'messages work best for me' },
];

/** "X only" clauses: the option named is the only one acceptable, so these others are excluded. */
export const ONLY_RULES: readonly { detect: RegExp; excludes: readonly ExclusionId[] }[] = [
  { detect: /\bremote\b|\bwork(?:ing)? from home\b|\bvirtual\b/i, excludes: ['in-person', 'relocation'] },
  { detect: /\bin[- ]person\b|\bon[- ]?site\b|\boffice\b/i, excludes: ['remote'] },
  { detect: /\bfull[- ]?time\b/i, excludes: ['part-time'] },
  { detect: /\bpart[- ]?time\b/i, excludes: ['full-time'] },
  {
    detect: /\bweekdays?\b|\bbusiness hours\b|\bworking hours\b|\b9(?:am)?[- ]to[- ]5\b/i,
    excludes: ['weekends', 'evenings'],
  },
  { detect: /\bdaytime\b|\bdays\b/i, excludes: ['evenings'] },
  { detect: /\bcalls?\b|\bphone\b/i, excludes: ['in-person'] },
  { detect: /\bmessages?\b|\bemail\b|\bwritten\b|\basync\w*/i, excludes: ['in-person', 'calls'] },
];

/** Words that make a clause of the limits negative ("no", "not willing", "won't"). */
const NEGATION =
  /\b(?:no|not|never|none|nothing|won'?t|wont|don'?t|dont|can'?t|cant|cannot|unable|avoid|without|unwilling|rather not|prefer not|isn'?t|aren'?t|off[- ]limits|out of the question)\b|n't\b/i;
/** Words that make a clause positive ("happy to travel") when no negation is present. */
const POSITIVE = /\b(?:happy|open|willing|glad|fine|ok|okay|can|love|enjoy|prefer|like|keen|eager|able)\b/i;
const ONLY = /\bonly\b|\bexclusively\b|\bstrictly\b/i;
/** Place names after "to"/"in" in a negative clause about relocation or work location ("won't move to New York"). */
const PLACE_AFTER =
  /\b(?:to|in|for)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*(?:,|or|and|\/)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*)/gu;
/** Where the user is ("from Boston", "outside Boston", "stay in Boston", "based in Boston"). */
const HOME_AFTER =
  /\b(?:from|outside(?: of)?|beyond|leave|leaving|stay(?:ing)? in|based in|live in|living in|where I am in|here in)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;
/** Capitalised words that are not places. */
const NOT_PLACES = new Set([
  'i',
  'the',
  'a',
  'an',
  'my',
  'any',
  'another',
  'other',
  'new',
  'a new',
  'mondays',
  'fridays',
]);

/** The user's limits, parsed: excluded options, excluded places, and where they are (for "grow where I am"). */
export interface PersonalLimits {
  excluded: ExclusionId[];
  /** Specific places the user rules out ("New York"); never named in a draft. */
  places: string[];
  /** Where the user means to stay, when the limits say it ("from Boston"). */
  home?: string;
}

/** Split the limits text into sentences, and each sentence into clauses that can each be negative or positive. */
function clauses(limits: string): string[][] {
  return limits
    .split(/[.;!?\n•]+/)
    .map((sentence) =>
      sentence
        .split(/,|\bbut\b|\bhowever\b|\bthough\b|\bexcept\b/i)
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .filter((s) => s.length > 0);
}

/** A clause that only continues a list of places ("Chicago or SF" after "won't move to New York,"). */
const PLACE_LIST = /^(?:(?:or|and)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:or|and)\s+)?\p{Lu}[\p{L}'’.-]*)*$/u;

/** Split "New York, Chicago or SF" into places, dropping words that are not places. */
function splitPlaces(list: string): string[] {
  return list
    .split(/\s*(?:,|\bor\b|\band\b|\/)\s*/)
    .map((p) =>
      p
        .replace(/^the\s+/i, '')
        .replace(/[.'’-]+$/, '')
        .trim(),
    )
    .filter((p) => p.length >= 2 && !NOT_PLACES.has(p.toLowerCase()));
}

/** Parse free-text limits into excluded options. Deterministic; unknown text excludes nothing. */
export function parseLimits(limits: string): PersonalLimits {
  const excluded = new Set<ExclusionId>();
  const places: string[] = [];
  let home: string | undefined;
  for (const sentence of clauses(limits)) {
    sentence.forEach((clause, ci) => {
      const negative = NEGATION.test(clause);
      const only = ONLY.test(clause);
      const homeMatch = HOME_AFTER.exec(clause);
      if (homeMatch?.[1] && !home) home = splitPlaces(homeMatch[1])[0];
      if (only && !negative) {
        for (const rule of ONLY_RULES) if (rule.detect.test(clause)) for (const id of rule.excludes) excluded.add(id);
        return;
      }
      // The field holds what the user will not do, so a bare keyword ("relocation") is a limit too;
      // only a clearly positive clause ("happy to travel") is not.
      if (!negative && POSITIVE.test(clause)) return;
      for (const rule of EXCLUSION_RULES) if (rule.detect.test(clause)) excluded.add(rule.id);
      const aboutPlace = /\brelocat|\bmov(?:e|ing)\b|\bwork(?:ing)?\b|\blive\b|\bliving\b|\bbased\b/i.test(clause);
      if (!negative || !aboutPlace) return;
      const found = [...clause.matchAll(PLACE_AFTER)].flatMap((m) => splitPlaces(m[1] ?? ''));
      if (found.length)
        for (const next of sentence.slice(ci + 1)) {
          if (!PLACE_LIST.test(next)) break;
          found.push(...splitPlaces(next));
        }
      for (const p of found) if (p !== home && !places.includes(p)) places.push(p);
    });
  }
  const ordered = EXCLUSION_RULES.map((r) => r.id).filter((id) => excluded.has(id));
  return home ? { excluded: ordered, places, home } : { excluded: ordered, places };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Why `text` breaks the limits (an exclusion id or a place), or undefined when it respects them. */
export function violation(text: string, limits: PersonalLimits): string | undefined {
  for (const id of limits.excluded) {
    const rule = EXCLUSION_RULES.find((r) => r.id === id);
    if (rule?.forbid.test(text)) return id;
  }
  for (const place of limits.places) {
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) return place;
  }
  return undefined;
}

/** True when `text` offers or asks for nothing the user ruled out. */
export function respectsLimits(text: string, limits: PersonalLimits): boolean {
  return violation(text, limits) === undefined;
}

/**
 * A brief mention of the limits for a message ("I'm looking to grow where I am in Boston, and weekdays work
 * best for me"), at most two of them, or '' when nothing worth mentioning. `home` falls back to `fallbackHome`.
 */
export function limitMention(limits: PersonalLimits, fallbackHome?: string): string {
  const home = limits.home ?? fallbackHome;
  const parts: string[] = [];
  for (const id of limits.excluded) {
    if (parts.length === 2) break;
    const combo = COMBINED_MENTIONS.find((c) => c.ids.includes(id) && c.ids.every((i) => limits.excluded.includes(i)));
    const rule = EXCLUSION_RULES.find((r) => r.id === id);
    const inHome = home && respectsLimits(home, limits) ? ` in ${home}` : '';
    const text = combo ? combo.mention : rule?.mention?.replace('{{in home}}', inHome);
    if (text && !parts.includes(text) && respectsLimits(text, limits)) parts.push(text);
  }
  return parts.join(', and ');
}
