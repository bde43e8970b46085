/**
 * The user's personal limits ("not willing to relocate", "no weekend calls", "Reisen höchstens 2 Tage im
 * Monat", "je ne veux pas quitter Lyon") parsed into scoped constraints, and the check every draft sentence
 * must pass: a draft never offers or asks for what a constraint rules out. How limits are written lives in
 * `data/limits-lexicon.json` (per language); how a constraint shows in a draft lives in the draft's phrase pack.
 */
import lexicon from './data/limits-lexicon.json';
import { EXCLUSION_IDS, type ExclusionId } from './exclusions';
import { type DraftLanguage, phrasesFor } from './phrases';

/** A time of the week a user can keep free. */
export type TimeSlot = 'weekends' | 'evenings' | 'mornings';
/** The time slots, in the order they are reported. */
export const TIME_SLOTS: readonly TimeSlot[] = ['weekends', 'evenings', 'mornings'];

export { EXCLUSION_IDS, type ExclusionId };

/** "Travel at most N": how much and per what. */
export interface TravelMax {
  n: number;
  unit: 'percent' | 'days' | 'weeks' | 'trips';
  per?: 'week' | 'month' | 'quarter' | 'year';
}

/** The user's limits, parsed. */
export interface PersonalLimits {
  /** Every constraint, flattened (see `ExclusionId`), in `EXCLUSION_IDS` order. */
  excluded: ExclusionId[];
  /** Places the user will not move to ("New York"); never named in a draft. */
  places: string[];
  /** Places the user will not leave ("Stockholm"); a draft may name them, never suggests leaving. */
  stayIn: string[];
  /** Where the user means to stay (the first of `stayIn`), when the limits say it. */
  home?: string;
  /** Set with `travel-limited`. */
  travelMax?: TravelMax;
}

type Lang = keyof typeof lexicon.negation;
type Topic = keyof typeof lexicon.topics;
type OnlyTime = keyof typeof lexicon.onlyTimes;
type ByLang = Partial<Record<Lang, string>>;

/** One regular expression from every language's pattern, compiled once. */
const any = (by: ByLang, flags = 'g'): RegExp =>
  new RegExp(
    Object.values(by)
      .map((s) => `(?:${s})`)
      .join('|'),
    flags,
  );
const compileAll = <K extends string>(table: Record<K, ByLang>): Record<K, RegExp> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, any(v as ByLang, '')])) as Record<K, RegExp>;

const NEGATION = any(lexicon.negation, '');
const POSITIVE = any(lexicon.positive, '');
const ONLY = any(lexicon.only, '');
const AT_MOST = any(lexicon.atMost, 'g');
const TOPICS = compileAll(lexicon.topics);
const TOPICS_G = Object.fromEntries(
  Object.entries(lexicon.topics).map(([k, v]) => [k, any(v as ByLang, 'g')]),
) as Record<Topic, RegExp>;
const TIMES = compileAll(lexicon.times);
const ONLY_TIMES = compileAll(lexicon.onlyTimes);
const UNITS = Object.entries(lexicon.units).map(([unit, s]) => [unit, new RegExp(s)] as const);
const PER = Object.entries(lexicon.per).map(([per, s]) => [per, new RegExp(s)] as const);
const STAY_AFTER = any(lexicon.stayPlaceAfter, 'g');
const STAY_BEFORE = any(lexicon.stayPlaceBefore, 'g');
const TO_AFTER = any(lexicon.toPlaceAfter, 'g');
const NOT_PLACES = new Set(lexicon.notPlaces.map((w) => w.toLowerCase()));
const CONNECTORS = new Set(lexicon.placeConnectors);
const LIST_WORDS = new Set(lexicon.placeListWords);

/**
 * Lower-case and remove accents letter by letter, so the folded text keeps every character's position
 * (a place found in the folded text is read from the original at the same offsets). ’ becomes '.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '’' || c === '‘' || c === '`') {
      out += "'";
      continue;
    }
    const base = c.normalize('NFD')[0] ?? c;
    const lower = base.toLowerCase();
    out += lower.length === 1 ? lower : base;
  }
  return out;
}

/** Split the limits into clauses: sentences, then commas and contrast words ("but", "aber", "mais", "pero", "mas"). */
function clauses(limits: string): { text: string; start: number }[][] {
  const out: { text: string; start: number }[][] = [];
  const sentenceRe = /[^.;!?\n•]+/g;
  for (const s of limits.matchAll(sentenceRe)) {
    const parts: { text: string; start: number }[] = [];
    const clauseRe =
      /(?:[^,]|,(?=\d))+?(?=,|\s(?:but|however|though|except|aber|jedoch|mais|pero|sin embargo|mas|porem)\s|$)/gi;
    const body = s[0];
    for (const c of body.matchAll(clauseRe)) {
      const raw = c[0];
      const lead =
        raw.match(/^[\s,]*(?:(?:but|however|though|except|aber|jedoch|mais|pero|sin embargo|mas|porem)\s+)?/i)?.[0] ??
        '';
      const text = raw.slice(lead.length).trim();
      if (text) parts.push({ text, start: (s.index ?? 0) + (c.index ?? 0) + lead.length });
    }
    if (parts.length) out.push(parts);
  }
  return out;
}

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u;
const isCapital = (w: string) => /^\p{Lu}/u.test(w);

/** Places named from `at` on: capitalised words, with connectors ("São Paulo", "Rio de Janeiro") and lists. */
function placesFrom(text: string, at: number): string[] {
  const found: string[] = [];
  let i = at;
  let current: string[] = [];
  const flush = () => {
    const name = current.join(' ').replace(/[.'’-]+$/, '');
    if (name.length >= 2 && !NOT_PLACES.has(name.toLowerCase())) found.push(name);
    current = [];
  };
  for (;;) {
    const space = /^[\s]*/.exec(text.slice(i))?.[0] ?? '';
    const rest = text.slice(i + space.length);
    const word = WORD.exec(rest)?.[0];
    const sep = /^(?:,|\/|&)\s*/.exec(rest)?.[0];
    if (sep && current.length) {
      flush();
      i += space.length + sep.length;
      continue;
    }
    if (!word) break;
    const lower = word.toLowerCase();
    if (isCapital(word) && !(current.length === 0 && /^the$/i.test(word))) {
      current.push(word);
    } else if (current.length === 0 && found.length === 0 && /^(?:the|la|le|el|o|a)$/i.test(word)) {
      // An article before the first place ("the Bay Area").
    } else if (
      CONNECTORS.has(lower) &&
      current.length &&
      isCapital(WORD.exec(rest.slice(word.length).trimStart())?.[0] ?? '')
    ) {
      current.push(word);
    } else if (LIST_WORDS.has(lower) && (current.length || found.length)) {
      if (current.length) flush();
    } else break;
    i += space.length + word.length;
  }
  if (current.length) flush();
  return found;
}

/** The place just before `end` (German "München nicht verlassen"). */
function placeBefore(text: string, end: number): string | undefined {
  const words = text.slice(0, end).trimEnd().split(/\s+/);
  const name: string[] = [];
  while (words.length) {
    const w = words[words.length - 1]!;
    if (isCapital(w) || (name.length && CONNECTORS.has(w.toLowerCase()))) {
      name.unshift(w);
      words.pop();
    } else break;
  }
  while (name.length && CONNECTORS.has(name[0]!.toLowerCase())) name.shift();
  if (name.length > 1 && words.length === 0 && NOT_PLACES.has(name[0]!.toLowerCase())) name.shift();
  const joined = name.join(' ');
  return joined && !NOT_PLACES.has(joined.toLowerCase()) ? joined : undefined;
}

function travelMaxIn(folded: string): TravelMax | undefined {
  for (const m of folded.matchAll(AT_MOST)) {
    const n = Number(m.slice(1).find((g) => g !== undefined));
    if (!Number.isFinite(n)) continue;
    const after = folded.slice((m.index ?? 0) + m[0].length);
    const unit = (UNITS.find(([, re]) => re.test(after))?.[0] ?? 'trips') as TravelMax['unit'];
    const per = PER.find(([, re]) => re.test(after))?.[0] as TravelMax['per'] | undefined;
    return per ? { n, unit, per } : { n, unit };
  }
  const pct = /(\d+)\s*(?:%|percent|prozent)/.exec(folded);
  return pct ? { n: Number(pct[1]), unit: 'percent' } : undefined;
}

/** Topics a clause talks about. "video calls" is about video only; "phone or video calls" about both. */
function topicsOf(folded: string): Set<Topic> {
  const found = new Set<Topic>();
  for (const t of Object.keys(TOPICS) as Topic[]) if (TOPICS[t].test(folded)) found.add(t);
  if (found.has('video') && found.has('calls')) {
    const withoutVideo = folded.replace(TOPICS_G.video, ' ');
    if (!TOPICS.calls.test(withoutVideo)) found.delete('calls');
  }
  return found;
}

/** Parse free-text limits (any of en, de, fr, es, pt) into constraints. Deterministic; unknown text excludes nothing. */
export function parseLimits(limits: string): PersonalLimits {
  const ex = new Set<ExclusionId>();
  const places: string[] = [];
  const stayIn: string[] = [];
  let travelMax: TravelMax | undefined;
  const add = (list: string[], p: string) => {
    if (!list.some((q) => q.toLowerCase() === p.toLowerCase())) list.push(p);
  };
  for (const sentence of clauses(limits)) {
    sentence.forEach(({ text: clause }, ci) => {
      const folded = foldAligned(clause);
      const negative = NEGATION.test(folded);
      const only = ONLY.test(folded) && !negative;
      const topics = topicsOf(folded);
      const times = TIME_SLOTS.filter((t) => TIMES[t].test(folded));
      const onlyTimes = (Object.keys(ONLY_TIMES) as OnlyTime[]).filter((t) => ONLY_TIMES[t].test(folded));
      const aboutCalls = topics.has('calls') || topics.has('video');

      // Places the user will not leave ("not willing to leave Stockholm", "quedarme en Madrid").
      for (const m of folded.matchAll(STAY_AFTER)) {
        const found = placesFrom(clause, (m.index ?? 0) + m[0].length);
        const staying = /stay|remain|bleib|rester|quedar|permanecer|ficar/.test(m[0]);
        if (found.length && (negative || staying || topics.has('relocation'))) {
          for (const p of found) add(stayIn, p);
          ex.add('relocation');
        }
      }
      for (const m of folded.matchAll(STAY_BEFORE)) {
        const p = placeBefore(clause, m.index ?? 0);
        if (p) {
          add(stayIn, p);
          ex.add('relocation');
        }
      }

      const max = topics.has('travel') ? travelMaxIn(folded) : undefined;
      if (max && !(negative && !/\d/.test(folded))) {
        travelMax ??= max;
        ex.add('travel-limited');
        return;
      }
      if (only) {
        // "X only": what X names is the one acceptable option.
        const slots = new Set<TimeSlot>();
        if (onlyTimes.includes('weekdays')) slots.add('weekends');
        if (onlyTimes.includes('workHours')) for (const t of ['weekends', 'evenings'] as const) slots.add(t);
        if (onlyTimes.includes('daytime')) slots.add('evenings');
        for (const t of slots) ex.add(aboutCalls ? (`calls-${t}` as ExclusionId) : t);
        if (slots.size) return;
        if (topics.has('remote')) for (const id of ['in-person', 'relocation'] as const) ex.add(id);
        if (topics.has('messages')) for (const id of ['in-person', 'calls'] as const) ex.add(id);
        if (topics.has('calls') && !topics.has('messages')) ex.add('in-person');
        if (topics.has('video') && !topics.has('calls')) ex.add('in-person');
        if (topics.has('inPerson')) ex.add('remote');
        if (topics.has('fullTime')) ex.add('part-time');
        if (topics.has('partTime')) ex.add('full-time');
        return;
      }
      // The field holds what the user will not do, so a bare keyword ("relocation") is a limit too;
      // only a clearly positive clause ("happy to travel") is not.
      if (!negative && POSITIVE.test(folded)) return;
      if (times.length && aboutCalls) {
        for (const t of times) ex.add(`calls-${t}` as ExclusionId);
      } else if (times.length) {
        for (const t of times) ex.add(t);
      } else {
        if (topics.has('video')) ex.add('video');
        if (topics.has('calls')) ex.add('calls');
      }
      if (topics.has('relocation')) ex.add('relocation');
      if (topics.has('travel')) ex.add('travel');
      if (topics.has('inPerson')) ex.add('in-person');
      if (topics.has('coffee')) ex.add('coffee');
      if (topics.has('meals')) ex.add('meals');
      if (topics.has('remote')) ex.add('remote');
      if (topics.has('management')) ex.add('management');
      if (topics.has('fullTime')) ex.add('full-time');
      if (topics.has('partTime')) ex.add('part-time');
      // Places the user will not move to ("won't move to New York, Chicago or SF").
      if (negative && topics.has('relocation')) {
        for (const m of folded.matchAll(TO_AFTER)) {
          for (const p of placesFrom(clause, (m.index ?? 0) + m[0].length))
            if (!stayIn.some((s) => s.toLowerCase() === p.toLowerCase())) add(places, p);
        }
        // A list continued in the next clauses ("…to New York, Chicago or SF").
        for (const next of sentence.slice(ci + 1)) {
          const more = placesFrom(next.text, 0);
          if (
            !more.length ||
            more.join(' ').length <
              next.text.replace(/\b(?:or|and|oder|und|ou|et|o|y|e)\b/g, '').replace(/[\s,]/g, '').length - 2
          )
            break;
          for (const p of more) add(places, p);
        }
      }
    });
  }
  if (ex.has('travel')) ex.delete('travel-limited');
  if (ex.has('calls')) for (const t of TIME_SLOTS) ex.delete(`calls-${t}` as ExclusionId);
  for (const t of TIME_SLOTS) if (ex.has(t)) ex.delete(`calls-${t}` as ExclusionId);
  const out: PersonalLimits = { excluded: EXCLUSION_IDS.filter((id) => ex.has(id)), places, stayIn };
  if (stayIn[0]) out.home = stayIn[0];
  if (travelMax && out.excluded.includes('travel-limited')) out.travelMax = travelMax;
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forbidCache = new Map<string, RegExp>();

/** How an exclusion shows in a draft written in `lang` (the phrase pack's `forbid` table). */
export function forbidPattern(id: ExclusionId, lang: DraftLanguage = 'en'): RegExp {
  const key = `${lang}:${id}`;
  let re = forbidCache.get(key);
  if (!re) {
    re = new RegExp(phrasesFor(lang).forbid[id], 'iu');
    forbidCache.set(key, re);
  }
  return re;
}

/** Why `text` breaks the limits (an exclusion id or a place), or undefined when it respects them. */
export function violation(text: string, limits: PersonalLimits, lang: DraftLanguage = 'en'): string | undefined {
  for (const id of limits.excluded) if (forbidPattern(id, lang).test(text)) return id;
  for (const place of limits.places) {
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) return place;
  }
  return undefined;
}

/** True when `text` offers or asks for nothing the user ruled out. */
export function respectsLimits(text: string, limits: PersonalLimits, lang: DraftLanguage = 'en'): boolean {
  return violation(text, limits, lang) === undefined;
}

/** What the parser understood, as short labels for My profile ("No relocation", "Stays in Stockholm"). */
export function describeLimits(limits: PersonalLimits, lang: DraftLanguage = 'en'): string[] {
  const labels = phrasesFor(lang).limitLabels;
  const out = limits.excluded.map((id) => {
    if (id === 'travel-limited' && limits.travelMax) {
      const t = limits.travelMax;
      return labels.travelMax
        .replace('{n}', String(t.n))
        .replace('{unit}', labels.units[t.unit])
        .replace('{per}', t.per ? labels.per[t.per] : '')
        .replace(/\s+$/, '');
    }
    return labels.ids[id];
  });
  for (const p of limits.stayIn) out.push(labels.stayIn.replace('{place}', p));
  for (const p of limits.places) out.push(labels.notTo.replace('{place}', p));
  return out;
}

/** A goal that a limit rules out, and which limit. */
export interface GoalConflict {
  goal: string;
  /** The exclusion id or place the goal breaks. */
  breaks: string;
  /** The limit as My profile shows it ("No relocation"). */
  label: string;
}

/** The user's goals, one per line or sentence. */
export function splitGoals(goals: string): string[] {
  return goals
    .split(/\n+|(?<=[.!?;])\s+/)
    .map((g) => g.replace(/^[\s\-–•*]+/, '').trim())
    .filter((g) => /\p{L}/u.test(g));
}

/** Goals that conflict with the limits: My profile shows them when saved; drafts leave them out. */
export function goalConflicts(goals: string, limitsText: string, lang: DraftLanguage = 'en'): GoalConflict[] {
  const limits = parseLimits(limitsText);
  const out: GoalConflict[] = [];
  for (const goal of splitGoals(goals)) {
    const folded = foldAligned(goal);
    // A goal is read with the limits lexicon, so "relocate to London" conflicts with "not willing to relocate"
    // in any language, and with the draft language's own words too.
    const topics = topicsOf(folded);
    const asLimit = parseLimits(goal.replace(NEGATION, ''));
    let breaks = violation(goal, limits, lang);
    if (!breaks && topics.has('relocation') && limits.excluded.includes('relocation')) breaks = 'relocation';
    if (!breaks && topics.has('travel') && limits.excluded.includes('travel')) breaks = 'travel';
    if (!breaks && topics.has('management') && limits.excluded.includes('management')) breaks = 'management';
    if (!breaks) for (const p of asLimit.places) if (limits.places.includes(p)) breaks = p;
    if (!breaks) continue;
    const isId = (EXCLUSION_IDS as readonly string[]).includes(breaks);
    const label = isId
      ? (describeLimits({ ...limits, excluded: [breaks as ExclusionId], stayIn: [], places: [] })[0] ?? breaks)
      : phrasesFor(lang).limitLabels.notTo.replace('{place}', breaks);
    out.push({ goal, breaks, label });
  }
  return out;
}
