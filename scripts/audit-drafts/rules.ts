/**
 * The drafts audit's rules: what a career coach and a busy senior recipient would object to, checked on the
 * text of each draft against the hand-written truth of the corpus (never against the engine's own reasoning).
 * Each claim pattern names a claim a draft can make and what must be true for it; a claim with no pattern
 * that verifies it is not made by the built-in phrases, and the "never" list catches the classic inventions.
 */

import { forbidPattern, parseLimits } from '../../utils/outreach/limits-personal';
import { fold } from '../../utils/overlap/normalise';
import { samePlace } from '../../utils/overlap/places';
import type { DraftKind, Profile } from '../../utils/schema';
import type { AuditPerson, AuditUser } from './corpus';

/** The rules, in report order. */
export const RULES = [
  'unsupported-claim',
  'contradicted-limit',
  'limit-not-understood',
  'in-person-across-distance',
  'missing-goal',
  'repeated-sentence',
  'placeholder',
  'over-length',
  'wrong-name',
  'wrong-channel',
  'wrong-route',
  'missing-substance',
  'user-content',
] as const;
/** One rule id. */
export type Rule = (typeof RULES)[number];

/** One violation, with enough to find it. */
export interface Violation {
  rule: Rule;
  detail: string;
}

/** What a rule sees: the draft and the truth about both people. */
export interface Case {
  user: AuditUser;
  person: AuditPerson;
  /** The kind asked for, and the kind the engine drafted. */
  asked: DraftKind;
  kind: DraftKind;
  body: string;
  subject?: string;
  length: number;
  limit: number;
  subjectLimit?: number;
  note?: string;
}

const has = (hay: string | undefined, needle: string) => !!hay && !!fold(needle) && fold(hay).includes(fold(needle));
const eitherHas = (a: string | undefined, b: string) => has(a, b) || (!!a && has(b, a));
const place = (a: string, b: string | undefined) => {
  if (!b) return false;
  const x = a.replace(/^the\s+/i, '').replace(/\s+area$/i, '');
  return eitherHas(b, x) || samePlace(x, b).match;
};

/** Sentences of a body (a line break or sentence end). */
export function sentencesOf(body: string): string[] {
  return body
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Kinds that presuppose the two have been in touch. */
const CONTACT_KINDS: ReadonlySet<DraftKind> = new Set([
  'thank-you',
  'progress-update',
  're-evaluate',
  'check-in',
  'decline-reply',
]);
/** Stages at which the two have met. */
const MET: ReadonlySet<string> = new Set(['meeting', 'sponsoring', 'mentoring', 'thanked']);
/** First-contact kinds. */
const FIRST_CONTACT: ReadonlySet<DraftKind> = new Set(['connection-note', 'first-message', 'inmail', 'follow-up']);

const companies = (p: Profile) =>
  [p.current?.company, ...p.experience.map((e) => e.company)].filter((c): c is string => !!c);
const schools = (p: Profile) => p.education.map((e) => e.school);

type Check = (c: Case, m: RegExpExecArray) => boolean;
/** Claim patterns: a claim the text makes, and what must be true of the corpus for it. */
const CLAIMS: { name: string; re: RegExp; ok: Check }[] = [
  {
    name: 'invented familiarity, hometown or commitment',
    re: /following your work|admired? your work|read your (?:post|article)|your (?:talk|post|article|podcast)\b|\bwe met\b|as we discussed|you mentioned|you suggested|good news|\bby (?:monday|tuesday|wednesday|thursday|friday|the end of)\b|I'll send you|we both grew up|we're both from|\balso from\b|you grew up|your hometown/i,
    ok: () => false,
  },
  {
    name: 'past conversation',
    re: /\b(?:we discussed|we talked about|our conversation|talk(?:ing)? with me|since we last (?:spoke|talked)|our last conversation|thanks? (?:you )?(?:again )?for your (?:advice|support|time)|your advice (?:was|has been|helped)|working together|started talking)\b/i,
    ok: (c) => CONTACT_KINDS.has(c.kind) || MET.has(c.person.stage ?? ''),
  },
  {
    name: 'they are in a place',
    re: /\byou're (?:in|based in) (.+?)(?: too| as well|[;,]|$)/i,
    ok: (c, m) => place(m[1]!, c.person.profile.location),
  },
  {
    name: 'both in a place',
    re: /\b(?:we're both in|I'm in) (.+?)(?: too| as well|[;,]|$)/i,
    ok: (c, m) => place(m[1]!, c.person.profile.location) && place(m[1]!, c.user.me.placesLived[0]),
  },
  {
    name: 'where I grew up',
    re: /\bwhere I grew up\b/i,
    ok: (c) => c.user.me.hometowns.some((h) => place(h, c.person.profile.location)),
  },
  {
    name: 'both at an organisation now',
    re: /\b(?:we're both at|we both work at|both at) (.+?)(?:[,;]|$| so\b)/i,
    ok: (c, m) => eitherHas(c.person.profile.current?.company, m[1]!) && eitherHas(c.user.me.employers[0], m[1]!),
  },
  {
    name: 'they are at an organisation now',
    re: /\byou're (?:at|with) (.+?)(?: now|[;,]|$)/i,
    ok: (c, m) => eitherHas(c.person.profile.current?.company, m[1]!),
  },
  {
    name: 'they worked at an organisation',
    re: /\b(?:you were at|you used to work at|you've worked at|your time at) (.+?)(?: in |[;,]|$)/i,
    ok: (c, m) => companies(c.person.profile).some((x) => eitherHas(x, m[1]!)),
  },
  {
    name: 'both worked at an organisation',
    re: /\b(?:we've both worked at|we both have|we've both spent time at) (.+?)(?: in our backgrounds|[;,]|$)/i,
    ok: (c, m) =>
      companies(c.person.profile).some((x) => eitherHas(x, m[1]!)) &&
      c.user.me.employers.some((x) => eitherHas(x, m[1]!)),
  },
  {
    name: 'I work there now',
    re: /\b(?:where I work now|I'm there now|I work there now)\b/i,
    ok: (c, m) => has(m.input, c.user.me.employers[0] ?? '\u0000'),
  },
  {
    name: 'I worked there before',
    re: /\b(?:I worked there before|where I used to work|I was there too)\b/i,
    ok: (c, m) => c.user.me.employers.slice(1).some((e) => has(m.input, e)),
  },
  {
    name: 'they studied at a school',
    re: /\b(?:you studied at|you're an? |both studied at|fellow|both) ([^,;]+?) (?:alum|alumni|;|,|$)|\byou studied at ([^,;]+?)(?:[;,]|$)/i,
    ok: (c, m) => {
      const x = (m[1] ?? m[2] ?? '').replace(/^the\s+/i, '');
      return schools(c.person.profile).some((s) => eitherHas(s, x));
    },
  },
  {
    name: 'I studied at a school',
    re: /\bI (?:went to|studied at) ([^,;.]+)/i,
    ok: (c, m) => c.user.me.schools.some((s) => eitherHas(s, m[1]!)),
  },
  {
    name: 'their skill',
    re: /\b(?:you list (.+?) among your skills|I noticed (.+?) among your skills)/i,
    ok: (c, m) => c.person.profile.skills.some((s) => eitherHas(s, m[1] ?? m[2] ?? '')),
  },
  {
    name: 'something they follow',
    re: /\byou follow (.+?)(?:[;,]|$)/i,
    ok: (c, m) => c.person.profile.interests.some((i) => eitherHas(i.name, m[1]!)),
  },
  {
    name: 'a cause they care about',
    re: /\byou care about (.+?)(?:[;,]|$)|\bI noticed (.+?) among your causes/i,
    ok: (c, m) => c.person.profile.causes.some((s) => eitherHas(s, m[1] ?? m[2] ?? '')),
  },
  {
    name: 'their About section',
    re: /\bAbout section\b/i,
    ok: (c) => !!c.person.profile.about && c.user.me.interests.some((i) => has(c.person.profile.about, i)),
  },
  {
    name: 'I grew up somewhere',
    re: /\bI grew up in (.+?)(?:[;,]|$| so\b)/i,
    ok: (c, m) => c.user.me.hometowns.some((h) => eitherHas(h, m[1]!)),
  },
  {
    name: 'I live somewhere',
    re: /\bI live in (.+?)(?:[;,]|$)/i,
    ok: (c, m) => eitherHas(c.user.me.placesLived[0], m[1]!),
  },
  {
    name: 'I used to live somewhere',
    re: /\bI used to live in (.+?)(?:[;,]|$| so\b)/i,
    ok: (c, m) => c.user.me.placesLived.some((p) => eitherHas(p, m[1]!)),
  },
  {
    name: 'their title and company',
    re: /\byour (?:work|path) as (.+?) at (.+?)(?: caught| stood| is |[;,]|$)/i,
    ok: (c, m) => has(c.person.profile.current?.title, m[1]!) && has(c.person.profile.current?.company, m[2]!),
  },
  {
    name: 'their company',
    re: /\b(?:your (?:work|path) at|things (?:are going well )?at) (.+?)(?: caught| stood| is |[;,?]|$)/i,
    ok: (c, m) => has(c.person.profile.current?.company, m[1]!),
  },
  {
    name: 'mutual connections',
    re: /\bwe have (a|\d+) mutual connections?/i,
    ok: (c, m) => (m[1] === 'a' ? 1 : Number(m[1])) === (c.person.profile.mutualConnections ?? 0),
  },
  {
    name: 'who I am',
    re: /\bI'm an? (.+?) at (.+?)(?:[,;]|$)/i,
    ok: (c, m) => has(c.user.me.seniority, m[1]!) && eitherHas(c.user.me.employers[0], m[2]!),
  },
];

const IN_PERSON = /\b(?:coffee|lunch|dinner|breakfast|in person|meet up|grab a)\b/i;
const PLACEHOLDER =
  /\{\{|\}\}|\{[a-zA-Z]\w*\}|\bundefined\b|\bnull\b|\bNaN\b|\[[A-Z][\w ]*\]|<[a-z][\w ]*>|\bTODO\b|\bXXX\b/;
const SPONSOR_ASK = /\bstretch project|\bput(?:ting)? my name forward|\bsponsor(?:ship|ing)?\b/i;
const GREETING = /^(?:Hi|Hello|Hey|Dear)\s+([^,!—]+?)\s*(?:[,!]|—)/;
const NOTE_WORDS = /\bnews\b|\bdiscussed\b|\btakeaway\b|stayed with me|\bwhat's new\b|\bsince then\b|\bupdate since\b/i;

/** The violations of one draft (sequence-level repeats are counted by `repeats`). */
export function check(c: Case): Violation[] {
  const out: Violation[] = [];
  const v = (rule: Rule, detail: string) => out.push({ rule, detail });
  const texts = [...sentencesOf(c.body), ...(c.subject ? [c.subject] : [])];
  const folded = fold(c.body);

  for (const s of texts)
    for (const claim of CLAIMS) {
      const m = claim.re.exec(s);
      if (m && !claim.ok(c, m)) v('unsupported-claim', `${claim.name}: “${s}”`);
    }

  const parsed = parseLimits(c.user.me.limits);
  for (const id of c.user.limits) {
    if (!parsed.excluded.includes(id)) v('limit-not-understood', `${id} in “${c.user.me.limits}”`);
    const re = forbidPattern(id);
    for (const s of texts) if (re.test(s)) v('contradicted-limit', `${id}: “${s}”`);
  }
  for (const p of c.user.notTo ?? []) if (has(c.body, p)) v('contradicted-limit', `names ${p}`);
  if (c.user.conflictingGoal && has(c.body, c.user.conflictingGoal))
    v('contradicted-limit', `states the goal that breaks a limit (${c.user.conflictingGoal})`);

  if (c.user.metro !== c.person.metro)
    for (const s of texts)
      if (IN_PERSON.test(s)) v('in-person-across-distance', `${c.user.metro} → ${c.person.metro}: “${s}”`);

  if ((c.kind === 'first-message' || c.kind === 'inmail') && c.user.goalKey && !folded.includes(fold(c.user.goalKey)))
    v('missing-goal', `${c.kind} lacks “${c.user.goalKey}”`);

  if (PLACEHOLDER.test(c.body) || (c.subject && PLACEHOLDER.test(c.subject))) v('placeholder', c.body.slice(0, 80));
  if (c.length > c.limit) v('over-length', `${c.length}/${c.limit}`);
  if (c.subject && c.subjectLimit && c.subject.length > c.subjectLimit) v('over-length', `subject ${c.subject.length}`);

  const greeting = GREETING.exec(c.body)?.[1];
  if (greeting && greeting !== 'there' && greeting !== c.person.given)
    v('wrong-name', `“${greeting}” for ${c.person.given}`);

  const connected = c.person.profile.degree === '1st';
  if (connected && (c.kind === 'connection-note' || c.kind === 'inmail'))
    v('wrong-channel', `${c.kind} to a 1st-degree connection`);

  const met = MET.has(c.person.stage ?? '');
  if (FIRST_CONTACT.has(c.kind) && !met && SPONSOR_ASK.test(c.body))
    v('wrong-route', `sponsorship ask to a stranger: ${c.kind}`);
  const sameOrg = has(c.person.profile.current?.company, c.user.me.employers[0] ?? '\u0000');
  if (sameOrg && c.kind === 'first-message') {
    if (!/\bboth at\b|\bboth work at\b/i.test(c.body) || !/\bmanager\b/i.test(c.body))
      v('wrong-route', 'same organisation, no internal route');
  }
  if (sameOrg && /\bwe(?:'ve)? both worked at\b/i.test(c.body))
    v('wrong-route', 'past tense for a current shared employer');

  const sponsorish = c.person.role === 'sponsor' || c.person.role === 'both';
  const proud = c.user.me.proudOf[0];
  if (sponsorish && proud && (c.kind === 'first-message' || c.kind === 'inmail' || c.kind === 'progress-update')) {
    if (!c.user.me.proudOf.some((p) => folded.includes(fold(p).slice(0, 24))))
      v('missing-substance', `${c.kind} to a sponsor without a result`);
  }
  if (
    (c.person.profile.mutualConnections ?? 0) > 0 &&
    (c.kind === 'first-message' || c.kind === 'inmail') &&
    !/\bmutual\b/i.test(c.body)
  )
    v('missing-substance', 'mutual connections known but not mentioned');

  if (c.kind === 'thank-you' || c.kind === 'progress-update' || c.kind === 'follow-up' || c.kind === 're-evaluate') {
    if (c.note && !folded.includes(fold(c.note).slice(0, 30)))
      v('user-content', `${c.kind}: the user's words are missing`);
    if (!c.note && NOTE_WORDS.test(c.body)) v('user-content', `${c.kind}: speaks of content the user did not give`);
  }
  return out;
}

/** Sentences repeated across the drafts of one sequence (same user, person and variant), and within a draft. */
export function repeats(bodies: readonly { kind: DraftKind; body: string }[]): Violation[] {
  const out: Violation[] = [];
  const seen = new Map<string, DraftKind>();
  for (const { kind, body } of bodies) {
    const mine = new Set<string>();
    for (const s of sentencesOf(body)) {
      if (s.split(/\s+/).length < 5 || GREETING.test(s)) continue;
      const key = fold(s);
      if (mine.has(key)) out.push({ rule: 'repeated-sentence', detail: `twice in ${kind}: “${s}”` });
      mine.add(key);
      const before = seen.get(key);
      if (before && before !== kind) out.push({ rule: 'repeated-sentence', detail: `${before} and ${kind}: “${s}”` });
      else seen.set(key, kind);
    }
  }
  return out;
}
