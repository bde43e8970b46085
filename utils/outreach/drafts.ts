/**
 * The drafting engine: pure and deterministic. From the user's profile, the person's profile, the common
 * ground, the role and the settings it drafts one kind of outreach message within LinkedIn's limits, never
 * offering or asking for what the user's limits rule out, always easy to decline. Nothing is ever sent.
 */
import { isCurrentRole } from '../linkedin/current-role';
import type { DraftKind, MyProfile, Overlap, OverlapItem, PersonRole, Profile, Settings, Template } from '../schema';
import { cleanName, firstNameOf } from './drafts-names';
import {
  DECLINE_ASKS,
  goalPhrase,
  MEETING_FORMATS,
  offerPhrase,
  PROGRESS_ASKS,
  ROLE_PURPOSES,
  SIGNOFFS,
  sharedThing,
  shortName,
  THANK_YOU_NEXT_STEPS,
} from './drafts-phrases';
import { charCount, limitFor } from './limits';
import { limitMention, type PersonalLimits, parseLimits, respectsLimits } from './limits-personal';
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
  settings: Pick<Settings, 'accountType'>;
  /** The person's current projects, where the user could help. */
  projects?: readonly string[];
  /** Which variant (any integer; taken modulo the number of variants). Default 0. */
  variant?: number;
  /** A user template to use instead of the built-in ones. */
  template?: Template;
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

const items = (overlap: DraftInput['overlap']): readonly OverlapItem[] =>
  'items' in overlap ? overlap.items : overlap;
const rotate = <T>(list: readonly T[], start: number): T[] =>
  list.length ? list.map((_, i) => list[(start + i) % list.length] as T) : [];
const mod = (n: number, m: number) => ((Math.trunc(n) % m) + m) % m;

/** Kinds whose message mentions the user's limits (the ones that make an ask that could touch them). */
const LIMIT_KINDS: ReadonlySet<DraftKind> = new Set(['connection-note', 'first-message', 'inmail', 'progress-update']);

interface Context {
  input: DraftInput;
  v: number;
  limits: PersonalLimits;
  accept: (text: string) => boolean;
}

/** The strongest common ground the limits allow, as an opener sentence and a short form. */
function commonGround(ctx: Context, maxThing: number): { opener: string; short: string } {
  const sorted = items(ctx.input.overlap)
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.strength - a.item.strength || a.i - b.i);
  for (const { item } of sorted) {
    const { x: raw, table } = sharedThing(item, ctx.input.me);
    const x = cleanValue(raw.length > maxThing ? shortName(raw, maxThing) : raw, 'commonGround');
    if (!x || !ctx.accept(x)) continue;
    const opener = rotate(table.openers, ctx.v)
      .map((o) => o.replace('{x}', x))
      .find(ctx.accept);
    const short = table.short.replace('{x}', x);
    if (opener) return { opener, short: ctx.accept(short) ? short : '' };
  }
  return { opener: '', short: '' };
}

/** The ask for this kind and role, the first combination the limits allow. */
function ask(ctx: Context, brief: boolean): string {
  const { kind, role } = ctx.input;
  const pick = (list: readonly string[]) => rotate(list, ctx.v).find(ctx.accept) ?? '';
  if (kind === 'thank-you') return pick(THANK_YOU_NEXT_STEPS[role]);
  if (kind === 'decline-reply') return pick(DECLINE_ASKS[role]);
  if (kind === 'progress-update') return pick(PROGRESS_ASKS[role]);
  const meetings = [...rotate(MEETING_FORMATS.slice(0, 3), ctx.v), ...MEETING_FORMATS.slice(3)].filter(ctx.accept);
  if (kind === 'check-in' || brief) return meetings[0] ?? '';
  for (const meeting of meetings)
    for (const purpose of rotate(ROLE_PURPOSES[role], ctx.v)) {
      const text = `${meeting} ${purpose}`;
      if (ctx.accept(text)) return text;
    }
  return meetings[0] ?? '';
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

/** Every placeholder value for one draft. `brief` shortens the common ground and the ask (tight notes). */
function placeholderValues(ctx: Context, brief: boolean): PlaceholderValues {
  const { input, v } = ctx;
  const { me, profile, kind } = input;
  const cg = commonGround(ctx, brief ? 24 : 60);
  const projects = (input.projects ?? []).map((p) => cleanValue(p, 'project')).filter((p) => p && p.length <= 80);
  const project = rotate(projects, v).find(ctx.accept) ?? '';
  const { company, title } = currentRole(profile);
  const myName = cleanValue(me.name, 'myName');
  const signWord = rotate(SIGNOFFS[kind], v)[0] ?? 'Best';
  return {
    firstName: firstNameOf(profile.name),
    fullName: cleanName(profile.name),
    commonGround: brief ? cg.short || cg.opener : cg.opener,
    commonGroundShort: cg.short,
    myName,
    myGoal: goalPhrase(me.goals),
    myOffer: offerPhrase(me.offers),
    ask: ask(ctx, brief),
    theirCompany: company,
    theirTitle: title,
    project,
    limit: LIMIT_KINDS.has(kind) ? limitMention(ctx.limits, me.placesLived[0]) : '',
    signoff: myName && ctx.accept(myName) ? `${signWord},\n${myName}` : signWord,
  };
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

/** Last-resort connection notes, tried in order; the final one always fits. */
const FALLBACK_NOTES = [
  "Hi {{firstName}}, I'd love to connect. No worries if not!",
  "Hi! I'd love to connect. No worries if not!",
];
const LAST_RESORT_NOTE = "I'd love to connect.";

/** Make a connection note fit: cut, then shorten the common ground and the ask, then a short fallback note. */
function fitNote(ctx: Context, template: BuiltInTemplate, full: DraftSentence[], limit: number): DraftSentence[] {
  const fits = (s: readonly DraftSentence[]) => charCount(joinSentences(s)) <= limit;
  if (fits(full)) return full;
  const cut = fitToLimit({ sentences: full }, limit);
  if (cut.over === 0) return cut.sentences;
  const brief = renderSentences(template.sentences, placeholderValues(ctx, true), ctx.accept);
  const briefCut = fitToLimit({ sentences: brief }, limit);
  if (briefCut.over === 0) return briefCut.sentences;
  const values = placeholderValues(ctx, true);
  for (const note of FALLBACK_NOTES) {
    const text = fill(note, values);
    if (text && ctx.accept(text) && charCount(text) <= limit) return [{ text, importance: 3, before: ' ' }];
  }
  return [{ text: LAST_RESORT_NOTE, importance: 3 as Importance, before: ' ' }];
}

/** Draft one variant of one kind of message. */
export function draft(input: DraftInput): Draft {
  const templates = input.template ? [fromUserTemplate(input.template)] : builtInTemplates(input.kind);
  const variants = templates.length;
  const v = mod(input.variant ?? 0, variants);
  const template = templates[v]!;
  const limits = parseLimits(input.me.limits);
  const ctx: Context = { input, v, limits, accept: (t) => respectsLimits(t, limits) };
  const limit = limitFor(input.kind, input.settings.accountType);
  const values = placeholderValues(ctx, false);
  let sentences = renderSentences(template.sentences, values, ctx.accept);
  if (input.kind === 'connection-note') sentences = fitNote(ctx, template, sentences, limit.body);
  const body = joinSentences(sentences);
  const length = charCount(body);
  const out: Draft = {
    kind: input.kind,
    variant: v,
    variants,
    body,
    limit: limit.body,
    length,
    over: Math.max(0, length - limit.body),
    cuts: fitToLimit({ sentences }, limit.body).cuts,
    sentences,
  };
  if (limit.subject !== undefined) {
    out.subjectLimit = limit.subject;
    const max = limit.subject;
    const subjects = [...(template.subject ?? []), 'A quick question'];
    out.subject =
      subjects.map((s) => fill(s, values)).find((s) => s && ctx.accept(s) && charCount(s) <= max) ?? 'Hello';
  }
  return out;
}

/** Every variant of one kind, in order. */
export function draftAll(input: Omit<DraftInput, 'variant'>): Draft[] {
  const n = input.template ? 1 : builtInTemplates(input.kind).length;
  return Array.from({ length: n }, (_, variant) => draft({ ...input, variant }));
}
