/**
 * The drafting engine: pure and deterministic. From the user's profile, the person's profile, the common
 * ground, the role, the stage and the settings it drafts one kind of outreach message within LinkedIn's
 * limits. What it says about the person comes only from overlap evidence and the page; what only the user
 * knows (what was discussed, the news) comes only from the user's note; it never offers or asks for what the
 * user's limits rule out, meets in person only within one metro area, and stays easy to decline.
 * Nothing is ever sent. Every word is in the phrase pack (`phrases/<lang>.json`).
 */
import { isCurrentRole } from '../linkedin/current-role';
import { samePlace } from '../overlap/places';
import {
  type DraftKind,
  DraftKind as DraftKinds,
  type MyProfile,
  type Overlap,
  type OverlapItem,
  type PersonRole,
  type Profile,
  type Settings,
  type Status,
  type Template,
} from '../schema';
import { cleanName, firstNameOf } from './drafts-names';
import {
  type Claim,
  claimOf,
  goalPhrase,
  isWeak,
  lowerLead,
  myPlaceSide,
  offerPhrase,
  SAME_METRO,
  shortName,
  theirPlaceSource,
} from './drafts-phrases';
import { charCount, limitFor } from './limits';
import {
  type ExclusionId,
  type PersonalLimits,
  parseLimits,
  respectsLimits,
  splitGoals,
  violation,
} from './limits-personal';
import { type DraftLanguage, type PhrasePack, phrasesFor } from './phrases';
import { type BuiltInTemplate, builtInTemplates, type Importance, type PlaceholderValues } from './templates';
import {
  cleanValue,
  type DraftSentence,
  fill,
  joinSentences,
  parseTemplateBody,
  renderSentences,
  withoutSentences,
} from './templates-render';

export { DRAFT_KIND_LABELS } from './draft-kinds';
export { charCount, limitFor } from './limits';
export type { DraftSentence } from './templates-render';

/** Everything a draft is made from. `overlap` may be the full Overlap or just its items (strongest first). */
export interface DraftInput {
  kind: DraftKind;
  me: MyProfile;
  profile: Profile;
  overlap: Overlap | readonly OverlapItem[];
  role: PersonRole;
  settings: Pick<Settings, 'accountType'> & Partial<Pick<Settings, 'reevaluateDays'>>;
  /** The person's current projects, where the user could help. */
  projects?: readonly string[];
  /** Which variant (any integer; taken modulo the number of variants). Default 0. */
  variant?: number;
  /** A user template to use instead of the built-in ones. */
  template?: Template;
  /** Where the person is in the pipeline (a saved person); drives the route and the kind offered first. */
  stage?: Status;
  /** Days the person has been at `stage` (for the re-evaluation check-in). */
  daysAtStage?: number;
  /** What only the user knows, in their words: what was discussed, the news, the result. */
  note?: string;
  /** Draft language. Default English. */
  lang?: DraftLanguage;
}

/** A drafted message, with what it would take to make it fit. */
export interface Draft {
  kind: DraftKind;
  /** The variant drawn (0-based). */
  variant: number;
  /** How many variants this kind has. */
  variants: number;
  /** InMail subject. */
  subject?: string;
  body: string;
  /** Body limit in characters. */
  limit: number;
  /** Subject limit, when the kind has a subject. */
  subjectLimit?: number;
  /** `charCount(body)`. */
  length: number;
  /** Characters over the limit (0 when it fits). */
  over: number;
  /** Sentences suggested for cutting, least important first; empty when the draft fits. */
  cuts: string[];
  sentences: DraftSentence[];
  /** The kinds that fit this person now, the one the stage suggests first. */
  kinds: DraftKind[];
  /** The field this kind asks the user to fill in their own words, when it has one. */
  note?: { label: string; hint: string };
  /** Something the user should know about this draft (already connected; the note is missing). */
  notice?: string;
  /** Guidance for the user, not part of the message (the re-evaluation questions). */
  hint?: string;
  /** The evidence behind every claim the draft makes about the person. */
  evidence: string[];
}

/** What `fitToLimit` suggests. */
export interface FitSuggestion {
  /** Sentences to cut, least important first (ties: the later sentence first). Core sentences are never listed. */
  cuts: string[];
  /** The sentences left after those cuts, and their body. */
  sentences: DraftSentence[];
  body: string;
  length: number;
  /** Still over after every cut (0 when the cuts make it fit). */
  over: number;
}

/**
 * Suggest what to cut so a draft fits `limit`: the least important sentence first (pleasantries, then offer,
 * limits and sign-off, then the goal), until the body fits. Greeting, opener, ask and easy-out are never cut.
 */
export function fitToLimit(draft: { sentences: readonly DraftSentence[] }, limit: number): FitSuggestion {
  const order = draft.sentences
    .map((s, i) => ({ i, importance: s.importance }))
    .filter((s) => s.importance < 3)
    .sort((a, b) => a.importance - b.importance || b.i - a.i);
  const dropped = new Set<number>();
  let kept = [...draft.sentences];
  for (const { i } of order) {
    if (charCount(joinSentences(kept)) <= limit) break;
    dropped.add(i);
    kept = withoutSentences(draft.sentences, dropped);
  }
  const body = joinSentences(kept);
  const length = charCount(body);
  return {
    cuts: [...dropped].map((i) => draft.sentences[i]?.text ?? ''),
    sentences: kept,
    body,
    length,
    over: Math.max(0, length - limit),
  };
}

const itemsOf = (overlap: DraftInput['overlap']): readonly OverlapItem[] =>
  'items' in overlap ? overlap.items : overlap;
const rotate = <T>(list: readonly T[], start: number): T[] =>
  list.length ? list.map((_, i) => list[(start + i) % list.length] as T) : [];
const mod = (n: number, m: number) => ((Math.trunc(n) % m) + m) % m;

/** Stages at which the user and the person have met: relationship-first asks give way to sponsorship asks. */
const ACQUAINTED: ReadonlySet<Status> = new Set(['meeting', 'sponsoring', 'mentoring', 'thanked']);
/**
 * Where each kind starts in a phrase list, so the drafts of one sequence (same variant, every kind) word their
 * shared sentences (opener, ask, intro, limits) differently: kinds that share a sentence get different offsets.
 */
const KIND_OFFSET: Record<DraftKind, number> = {
  'connection-note': 0,
  'first-message': 1,
  inmail: 2,
  'follow-up': 1,
  'thank-you': 0,
  'decline-reply': 1,
  'progress-update': 3,
  'check-in': 2,
  're-evaluate': 1,
  'give-back': 0,
};
/** Kinds whose message mentions the user's limits (the ones that make an ask that could touch them). */
const LIMIT_KINDS: ReadonlySet<DraftKind> = new Set(['connection-note', 'first-message', 'inmail', 'progress-update']);
/** Kinds only possible before the two are connected. */
const NOT_CONNECTED_KINDS: ReadonlySet<DraftKind> = new Set(['connection-note', 'inmail']);

/** Which kinds come first at each stage; the rest follow in `DraftKind` order. */
const STAGE_FIRST: Record<Status | 'none', readonly DraftKind[]> = {
  none: ['connection-note', 'inmail', 'first-message'],
  saved: ['connection-note', 'inmail', 'first-message'],
  researching: ['connection-note', 'inmail', 'first-message'],
  drafted: ['connection-note', 'inmail', 'first-message'],
  contacted: ['follow-up'],
  replied: ['first-message', 'follow-up'],
  meeting: ['thank-you'],
  sponsoring: ['progress-update', 're-evaluate', 'check-in'],
  mentoring: ['progress-update', 're-evaluate', 'check-in'],
  declined: ['decline-reply'],
  thanked: ['progress-update', 'check-in'],
  'referral-asked': ['check-in'],
  dormant: ['check-in'],
};

/**
 * The kinds that fit this person now, the one the stage suggests first: no connection note or InMail to a
 * 1st-degree connection; the re-evaluation first once an active relationship reaches the re-evaluation cadence.
 */
export function offeredKinds(
  profile: Pick<Profile, 'degree'>,
  stage?: Status,
  opts: { daysAtStage?: number; reevaluateDays?: number } = {},
): DraftKind[] {
  const connected = profile.degree === '1st';
  let first = [...STAGE_FIRST[stage ?? 'none']];
  const active = stage === 'sponsoring' || stage === 'mentoring';
  if (active && (opts.daysAtStage ?? 0) >= (opts.reevaluateDays ?? 90))
    first = ['re-evaluate', ...first.filter((k) => k !== 're-evaluate')];
  const all = [...first, ...DraftKinds.options.filter((k) => !first.includes(k))];
  return all.filter((k) => !(connected && NOT_CONNECTED_KINDS.has(k)));
}

interface Context {
  input: DraftInput;
  pack: PhrasePack;
  kind: DraftKind;
  v: number;
  /** Rotation for phrase lists: variant and kind, so one sequence does not repeat itself. */
  r: number;
  limits: PersonalLimits;
  accept: (text: string) => boolean;
  claims: Claim[];
  sameMetro: boolean;
  sharedOrg?: string;
}

/** Whether the user (first place lived = where they live now) and the person are in the same city or metro area. */
export function inSameMetro(me: MyProfile, profile: Profile, items: readonly OverlapItem[]): boolean {
  for (const item of items) {
    if (item.kind !== 'hometown' || isWeak(item) || item.strength < SAME_METRO) continue;
    if (myPlaceSide(item, me) === 'live' && theirPlaceSource(item, profile)?.from === 'location') return true;
  }
  const here = me.placesLived[0];
  if (!here || !profile.location) return false;
  const m = samePlace(here, profile.location);
  return m.match && m.strength >= SAME_METRO;
}

/** Claims in strength order, the ones the limits allow. */
function claimsFor(input: DraftInput, accept: (t: string) => boolean, lang: DraftLanguage): Claim[] {
  const sorted = itemsOf(input.overlap)
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.strength - a.item.strength || a.i - b.i);
  const out: Claim[] = [];
  const seen = new Set<string>();
  for (const { item } of sorted) {
    const claim = claimOf(item, input.me, input.profile, lang);
    if (!claim) continue;
    const openers = claim.openers.map((o) => cleanValue(o, 'commonGround')).filter((o) => o && accept(o));
    if (!openers.length) continue;
    const key = `${item.kind}:${openers[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...claim, openers, short: accept(claim.short) ? cleanValue(claim.short, 'commonGroundShort') : '' });
  }
  return out;
}

const has = (ctx: Context, id: ExclusionId) => ctx.limits.excluded.includes(id);

/** The meeting formats this user can offer this person, smallest and most informal first. */
function meetings(ctx: Context): { text: string; live: boolean }[] {
  const m = ctx.pack.meetings;
  const pick = (list: readonly string[]) => rotate(list, ctx.r).find(ctx.accept);
  const inPerson: string[] = [];
  if (ctx.sameMetro && !has(ctx, 'in-person')) {
    for (const f of [pick(m.coffee), pick(m.meal), pick(m.inPerson)]) if (f) inPerson.push(f);
  }
  const calls = has(ctx, 'video') ? m.phoneCall : m.call;
  // Offset by one so "a quick coffee or a quick call" does not repeat its adjective.
  const call = has(ctx, 'calls') ? undefined : rotate(calls, ctx.r + 1).find(ctx.accept);
  const out: { text: string; live: boolean }[] = [];
  if (inPerson[0] && call && ctx.accept(`${inPerson[0]}${m.orJoin}${call}`))
    out.push({ text: `${inPerson[0]}${m.orJoin}${call}`, live: true });
  for (const f of inPerson) out.push({ text: f, live: true });
  if (call) out.push({ text: call, live: true });
  const messages = pick(m.messages);
  if (messages) out.push({ text: messages, live: false });
  return out;
}

/** The route: inside the same organisation, with someone already met, or with a stranger. */
function route(ctx: Context): 'internal' | 'acquainted' | 'stranger' {
  if (ctx.sharedOrg) return 'internal';
  return ctx.input.stage && ACQUAINTED.has(ctx.input.stage) ? 'acquainted' : 'stranger';
}

/** The ask for this kind, role and route, the first combination the limits allow. */
function ask(ctx: Context, brief: boolean): { ask: string; meeting: string; live: boolean } {
  const { role } = ctx.input;
  const pick = (list: readonly string[]) => rotate(list, ctx.r).find(ctx.accept) ?? '';
  const formats = meetings(ctx);
  const first = formats[0] ?? { text: '', live: false };
  const meeting = { meeting: first.text, live: first.live };
  if (ctx.kind === 'decline-reply') return { ask: pick(ctx.pack.declineAsks[role]), ...meeting };
  if (ctx.kind === 'progress-update') return { ask: pick(ctx.pack.progressAsks[role]), ...meeting };
  if (ctx.kind === 'check-in' || ctx.kind === 'follow-up' || brief) return { ask: first.text, ...meeting };
  const purposes = ctx.pack.purposes[route(ctx)][role];
  for (const f of formats)
    for (const purpose of rotate(purposes, ctx.r)) {
      const text = `${f.text} ${purpose}`;
      if (ctx.accept(text)) return { ask: text, meeting: f.text, live: f.live };
    }
  return { ask: first.text, ...meeting };
}

/** The person's current company and title. */
function currentRole(profile: Profile): { company: string; title: string } {
  const ongoing = profile.experience.find(isCurrentRole);
  const company = profile.current?.company ?? ongoing?.company ?? '';
  const title = profile.current?.title ?? ongoing?.title ?? '';
  return {
    company: company.length > 60 ? shortName(company, 40) : company,
    title: title.length > 60 ? '' : title,
  };
}

/** The user's first goal that no limit rules out, as it follows "My goal is". */
export function usableGoal(me: MyProfile, limits: PersonalLimits, lang: DraftLanguage = 'en'): string {
  for (const goal of splitGoals(me.goals)) {
    if (violation(goal, limits, lang)) continue;
    const phrase = goalPhrase(goal, lang);
    if (phrase && respectsLimits(phrase, limits, lang)) return phrase;
  }
  return '';
}

/** A brief, positive mention of the limits that touch this ask ("I'm looking to grow where I am, in Boston"). */
function limitMention(ctx: Context, live: boolean): string {
  const lm = ctx.pack.limitMentions;
  const one = (list: readonly string[]) => rotate(list, ctx.r)[0] ?? '';
  const parts: string[] = [];
  const where = ctx.limits.home ?? ctx.input.me.placesLived[0];
  const home = where?.split(',')[0]?.trim();
  if (has(ctx, 'relocation'))
    parts.push(home && ctx.accept(home) ? one(lm.relocationHome).replace('{home}', home) : one(lm.relocation));
  if (has(ctx, 'travel')) parts.push(one(lm.travel));
  if (live) {
    if (has(ctx, 'weekends') && has(ctx, 'evenings')) parts.push(one(lm.weekdayDaytime));
    else
      for (const t of ['weekends', 'evenings', 'mornings'] as const) {
        if (has(ctx, t)) parts.push(one(lm[t]));
        else if (has(ctx, `calls-${t}`) && !has(ctx, 'calls')) parts.push(one(lm[`calls-${t}`]));
      }
  }
  return parts
    .filter((p) => p && ctx.accept(p))
    .slice(0, 2)
    .join(lm.join);
}

const upperFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase());

/** "I'm a Senior Product Manager at Stripe" (or without the organisation when it is the one both work at). */
function introOf(ctx: Context): string {
  const { me } = ctx.input;
  const seniority = cleanValue(me.seniority, 'myIntro');
  if (!seniority || seniority.length > 80) return '';
  const article = new RegExp(ctx.pack.me.articleAn).test(seniority) ? 'an' : 'a';
  const org = cleanValue(me.employers[0], 'myIntro');
  const useOrg = org && org.length <= 60 && !ctx.sharedOrg;
  const text = (rotate(useOrg ? ctx.pack.me.intro : ctx.pack.me.introNoOrg, ctx.r)[0] ?? '')
    .replace('{article}', article)
    .replace('{seniority}', seniority)
    .replace('{org}', org);
  return ctx.accept(text) ? text : '';
}

/** One line of the user's own text, rotated by kind so a sequence does not repeat itself. */
function oneOf(ctx: Context, lines: readonly string[], max: number): string {
  const usable = lines.map((l) => cleanValue(l, 'proud')).filter((l) => l && l.length <= max && ctx.accept(l));
  return rotate(usable, ctx.r)[0] ?? '';
}

/** How long the relationship has run, in words ("about three months"). */
function sinceText(ctx: Context): string {
  const days = ctx.input.daysAtStage ?? ctx.input.settings.reevaluateDays ?? 90;
  if (!Number.isFinite(days) || days < 1) return '';
  const months = Math.round(days / 30);
  return ctx.pack.me.period[String(months)] ?? ctx.pack.me.periodDays.replace('{n}', String(Math.round(days)));
}

/** Every placeholder value for one draft. `brief` shortens the common ground and the ask (tight notes). */
function placeholderValues(ctx: Context, brief: boolean): { values: PlaceholderValues; evidence: string[] } {
  const { input, pack, v } = ctx;
  const { me, profile, kind } = input;
  const [first, second] = ctx.claims;
  const opener = first ? (rotate(first.openers, ctx.r)[0] ?? '') : '';
  let also = '';
  if (second && !brief) {
    const o = rotate(second.openers, ctx.r + 1)[0] ?? '';
    const frame = rotate(pack.alsoShared, ctx.r)[0] ?? '{opener}';
    const text = frame.replace('{opener}', lowerLead(o));
    if (o && ctx.accept(text)) also = text;
  }
  const short = first?.short ?? '';
  const evidence = [first, brief ? undefined : second]
    .filter((c): c is Claim => !!c && !!c.openers.length)
    .map((c) => c.evidence);
  const projects = (input.projects ?? []).map((p) => cleanValue(p, 'project')).filter((p) => p && p.length <= 80);
  const project = rotate(projects, v).find(ctx.accept) ?? '';
  const { company, title } = currentRole(profile);
  const myName = cleanValue(me.name, 'myName');
  const signWord = rotate(pack.signoffs[kind], v)[0] ?? 'Best';
  const a = ask(ctx, brief);
  const offers = me.offers
    .split(/\n+/)
    .map((o) => offerPhrase(o, input.lang))
    .filter(Boolean);
  const mutualN = profile.mutualConnections ?? 0;
  const mutualList = mutualN === 1 ? pack.me.mutualOne : mutualN > 1 ? pack.me.mutualMany : [];
  const mutual = (rotate(mutualList, ctx.r)[0] ?? '').replace('{n}', String(mutualN));
  const note = cleanValue(input.note?.trim().slice(0, 400), 'note');
  const values: PlaceholderValues = {
    firstName: firstNameOf(profile.name),
    fullName: cleanName(profile.name),
    commonGround: brief ? short || opener : opener,
    commonGroundShort: short,
    commonGround2: also,
    myName,
    myGoal: usableGoal(me, ctx.limits, input.lang),
    myOffer: oneOf(ctx, offers, 160),
    ask: a.ask,
    meeting: a.meeting,
    theirCompany: company,
    theirTitle: title,
    project,
    limit: LIMIT_KINDS.has(kind) ? limitMention(ctx, a.live) : '',
    signoff: myName && ctx.accept(myName) ? `${signWord},\n${myName}` : signWord,
    myIntro: introOf(ctx),
    proud: lowerLead(oneOf(ctx, me.proudOf ?? [], 200)),
    mutual,
    note: note ? lowerLead(note) : '',
    sharedOrg: ctx.sharedOrg ?? '',
    since: sinceText(ctx),
  };
  return { values, evidence: values.commonGround ? evidence : [] };
}

/** A user template as a one-variant template. */
function fromUserTemplate(t: Template): BuiltInTemplate {
  return {
    id: t.id,
    kind: t.kind,
    name: t.name,
    ...(t.subject ? { subject: [t.subject] } : {}),
    sentences: parseTemplateBody(t.body),
  };
}

/** Make a connection note fit: cut, then shorten the common ground and the ask, then a short fallback note. */
function fitNote(ctx: Context, template: BuiltInTemplate, full: DraftSentence[], limit: number): DraftSentence[] {
  const fits = (s: readonly DraftSentence[]) => charCount(joinSentences(s)) <= limit;
  if (fits(full)) return full;
  const cut = fitToLimit({ sentences: full }, limit);
  if (cut.over === 0) return cut.sentences;
  const { values } = placeholderValues(ctx, true);
  const brief = renderSentences(template.sentences, values, ctx.accept);
  const briefCut = fitToLimit({ sentences: brief }, limit);
  if (briefCut.over === 0) return briefCut.sentences;
  const notes = ctx.pack.fallbackNotes;
  for (const note of notes.slice(0, -1)) {
    const text = fill(note, values);
    if (text && ctx.accept(text) && charCount(text) <= limit) return [{ text, importance: 3, before: ' ' }];
  }
  return [{ text: notes[notes.length - 1] ?? '', importance: 3 as Importance, before: ' ' }];
}

/** The evidence of the claims whose words made it into the body. */
function usedEvidence(claims: readonly Claim[], evidence: readonly string[], body: string): string[] {
  const lower = body.toLowerCase();
  return claims
    .filter((c) => evidence.includes(c.evidence))
    .filter((c) => [...c.openers, c.short].some((o) => o && lower.includes(o.toLowerCase())))
    .map((c) => c.evidence);
}

/** Draft one variant of one kind of message. */
export function draft(input: DraftInput): Draft {
  const lang = input.lang ?? 'en';
  const pack = phrasesFor(lang);
  const kinds = offeredKinds(input.profile, input.stage, {
    daysAtStage: input.daysAtStage,
    reevaluateDays: input.settings.reevaluateDays,
  });
  // A connection note or InMail to a 1st-degree connection cannot be sent: draft a message instead.
  const kind: DraftKind = kinds.includes(input.kind) ? input.kind : 'first-message';
  const userTemplate = input.template && input.template.kind === kind ? input.template : undefined;
  const templates = userTemplate ? [fromUserTemplate(userTemplate)] : builtInTemplates(kind, lang);
  const variants = templates.length;
  const v = mod(input.variant ?? 0, variants);
  const template = templates[v]!;
  const limits = parseLimits(input.me.limits);
  const accept = (t: string) => respectsLimits(t, limits, lang);
  const items = itemsOf(input.overlap);
  const claims = claimsFor(input, accept, lang);
  const ctx: Context = {
    input: { ...input, kind },
    pack,
    kind,
    v,
    r: v + KIND_OFFSET[kind],
    limits,
    accept,
    claims,
    sameMetro: inSameMetro(input.me, input.profile, items),
    sharedOrg: claims.find((c) => c.sharedOrg)?.sharedOrg,
  };
  const limit = limitFor(kind, input.settings.accountType);
  const { values, evidence } = placeholderValues(ctx, false);
  let sentences = renderSentences(template.sentences, values, accept);
  if (kind === 'connection-note') sentences = fitNote(ctx, template, sentences, limit.body);
  const body = joinSentences(sentences);
  const length = charCount(body);
  const kindText = pack.kinds[kind];
  const out: Draft = {
    kind,
    variant: v,
    variants,
    body,
    limit: limit.body,
    length,
    over: Math.max(0, length - limit.body),
    cuts: fitToLimit({ sentences }, limit.body).cuts,
    sentences,
    kinds,
    evidence: usedEvidence(claims, evidence, body),
  };
  if (kindText.note) out.note = kindText.note;
  if (kindText.hint) out.hint = kindText.hint;
  if (kind !== input.kind) out.notice = pack.notices.alreadyConnected;
  else if (kindText.note && !values.note && kind !== 'follow-up' && kind !== 're-evaluate')
    out.notice = pack.notices.noteMissing.replace('{label}', kindText.note.label);
  if (limit.subject !== undefined) {
    out.subjectLimit = limit.subject;
    const max = limit.subject;
    const subjects = [...(template.subject ?? []), ...(pack.templates.inmail[0]?.subject?.slice(-1) ?? [])];
    out.subject = upperFirst(
      subjects.map((s) => fill(s, values)).find((s) => s && accept(s) && charCount(s) <= max) ?? 'Hello',
    );
  }
  return out;
}

/** Every variant of one kind, in order. */
export function draftAll(input: Omit<DraftInput, 'variant'>): Draft[] {
  const first = draft({ ...input, variant: 0 });
  return Array.from({ length: first.variants }, (_, variant) => (variant === 0 ? first : draft({ ...input, variant })));
}
