/**
 * Phrase packs: every word a draft is made of, one JSON file per language (`en.json` first). A language is
 * added by adding a file that passes `PhrasePack` and registering it in `PACKS`; no drafting code changes.
 * Placeholders inside templates use `{{name}}` (see `templates.ts`); inside phrase lists `{x}`-style slots
 * named in each table's comment.
 */
import { z } from 'zod';
import { DraftKind, PersonRole } from '../../schema';
import { EXCLUSION_IDS } from '../exclusions';
import en from './en.json';

const Text = z.string().min(1);
const Texts = z.array(Text).min(1);
const Importance = z.enum(['core', 'context', 'detail', 'pleasantry']);
const Break = z.enum([' ', '\n', '\n\n']);

/** One sentence of a built-in template: alternatives in order of preference. */
const SentenceData = z.object({ text: z.union([Text, Texts]), importance: Importance, before: Break.optional() });
/** One built-in template (one variant of one kind). */
const TemplateData = z.object({
  id: Text,
  name: Text,
  subject: Texts.optional(),
  sentences: z.array(SentenceData).min(2),
});

/** Claim phrasings with `{…}` slots; each a list a draft rotates through. */
const Claim = z.object({ openers: Texts, short: Text });

/** One `t` for each of `keys`: a pack must word every kind, role and exclusion. */
const byKey = <K extends string, T extends z.ZodType>(keys: readonly K[], t: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, t])) as Record<K, T>);
const byKind = <T extends z.ZodType>(t: T) => byKey(DraftKind.options, t);
const byRole = <T extends z.ZodType>(t: T) => byKey(PersonRole.options, t);
const byExclusion = <T extends z.ZodType>(t: T) => byKey(EXCLUSION_IDS, t);

/** The shape every language's phrase pack must have. */
export const PhrasePack = z.object({
  lang: Text,
  /** The field each kind asks the user to fill in their own words. */
  kinds: byKind(z.object({ note: z.object({ label: Text, hint: Text }).optional(), hint: Text.optional() })),
  /** Built-in templates per kind, at least three each. */
  templates: byKind(z.array(TemplateData).min(3)),
  /** What the person shares with the user, worded from the overlap item's evidence. */
  claims: z.object({
    schoolSame: Claim,
    schoolRelated: Claim,
    employerBothNow: Claim,
    employerMeNow: Claim,
    employerThemNow: Claim,
    employerBothPast: Claim,
    placeHere: Claim,
    placeGrewUpHere: Claim,
    placeUsedToLive: Claim,
    placeTheirWork: Claim,
    placeTheirSchool: Claim,
    interestSkill: Claim,
    interestFollow: Claim,
    interestCause: Claim,
    interestVolunteer: Claim,
    interestAbout: Claim,
    mySideGrewUp: Text,
    mySideLive: Text,
    mySideLived: Text,
    area: Text,
  }),
  /** Second shared item, as a short clause after the opener. */
  alsoShared: Texts,
  /** The meeting formats: in person only in the same metro; calls unless excluded; messages always. */
  meetings: z.object({
    inPerson: Texts,
    coffee: Texts,
    meal: Texts,
    call: Texts,
    phoneCall: Texts,
    messages: Texts,
    orJoin: Text,
  }),
  /** What the ask is for: relationship first with strangers, sponsorship once there is a relationship. */
  purposes: z.object({
    stranger: byRole(Texts),
    acquainted: byRole(Texts),
    internal: byRole(Texts),
  }),
  /** What a decline reply and a progress update ask for, per role. */
  declineAsks: byRole(Texts),
  progressAsks: byRole(Texts),
  /** Sign-off words, per kind. */
  signoffs: byKind(Texts),
  /** How the user's own sentences are framed: intro, proud, offers, mutual connections, periods. */
  me: z.object({
    intro: Texts,
    introNoOrg: Texts,
    articleAn: z.string(),
    mutualOne: Texts,
    mutualMany: Texts,
    period: z.record(z.string(), Text),
    periodDays: Text,
  }),
  /** Words around goals and offers (`drafts-phrases.ts`). */
  goalLeads: Text,
  goalVerbs: Texts,
  offerLeads: Text,
  offerVerbs: Texts,
  offerHelpWith: Text,
  determiners: Texts,
  /** How each constraint shows in a draft of this language (regular expression sources, case-insensitive). */
  forbid: byExclusion(Text),
  /** A short, positive mention of a constraint ("weekdays work best for me"); `{home}` where the user stays. */
  limitMentions: z.object({
    relocation: Texts,
    relocationHome: Texts,
    travel: Texts,
    'calls-weekends': Texts,
    'calls-evenings': Texts,
    'calls-mornings': Texts,
    weekends: Texts,
    evenings: Texts,
    mornings: Texts,
    weekdayDaytime: Texts,
    join: Text,
  }),
  /** Constraint labels for My profile. */
  limitLabels: z.object({
    ids: byExclusion(Text),
    travelMax: Text,
    units: z.object({ percent: Text, days: Text, weeks: Text, trips: Text }),
    per: z.object({ week: Text, month: Text, quarter: Text, year: Text }),
    stayIn: Text,
    notTo: Text,
    conflict: Text,
  }),
  /** Notes the composer shows with a draft. */
  notices: z.object({ alreadyConnected: Text, noteMissing: Text }),
  /** Last-resort connection notes, tried in order; the final one always fits. */
  fallbackNotes: Texts,
});
/** A language's phrase pack. */
export type PhrasePack = z.infer<typeof PhrasePack>;

/** Languages drafts can be written in. */
export type DraftLanguage = 'en';

/** Every registered pack, validated on first use. */
const PACKS: Record<DraftLanguage, unknown> = { en };
const parsed = new Map<DraftLanguage, PhrasePack>();

/** The phrase pack of a language (English when the language has none). */
export function phrasesFor(lang: DraftLanguage = 'en'): PhrasePack {
  let pack = parsed.get(lang);
  if (!pack) {
    pack = PhrasePack.parse(PACKS[lang] ?? PACKS.en);
    parsed.set(lang, pack);
  }
  return pack;
}

/** The languages with a phrase pack. */
export const DRAFT_LANGUAGES = Object.keys(PACKS) as DraftLanguage[];
