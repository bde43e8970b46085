/**
 * Message templates: the placeholder set, validation of user templates at save time, and the built-in
 * templates (data, in the phrase pack of each language). Built-in templates are lists of sentences, each with an importance and alternatives:
 * the first alternative whose placeholders are all filled (and that respects the user's limits) is used,
 * and a sentence with no usable alternative is dropped. Rendering lives in `templates-render.ts`.
 */
import type { DraftKind } from '../schema';
import { type DraftLanguage, type PhrasePack, phrasesFor } from './phrases';

/**
 * Every placeholder a template may use. Values are filled by `drafts.ts`:
 * - `firstName`, `fullName`: the person ("Ana", "Ana Souza"), credentials, emoji and pronouns removed;
 * - `commonGround`: the strongest common ground as a sentence ("Fellow Kellogg alum here", "I grew up in
 *   Somerville too", "We both worked at Stripe", "I see you're into road cycling too");
 * - `commonGroundShort`: the same, shortest ("Fellow Kellogg alum"), for subjects and tight notes;
 * - `myName`: the user's name; `myGoal`: the goal, to follow "My goal is" ("to lead a team");
 * - `myOffer`: the offer, to follow "I'd be glad to" ("help with data analysis");
 * - `ask`: what this kind of message asks for, fitted to the person's role ("a 15-minute coffee or call to
 *   get your advice"); `theirCompany`, `theirTitle`: the person's current role;
 * - `project`: one of their current projects; `limit`: a brief mention of the user's limits ("I'm looking to
 *   grow where I am in Boston"); `signoff`: closing line and the user's name ("Best,\nSam Lee");
 * - `commonGround2`: a second shared item as a sentence; `mutual`: "I see we have 12 mutual connections";
 * - `myIntro`: "I'm a Senior Product Manager at Stripe"; `proud`: one thing the user is proud of, in their words;
 * - `note`: what only the user knows (what was discussed, the news, the result), in their words;
 * - `meeting`: the meeting format alone ("a 15-minute call"); `sharedOrg`: the organisation both work at now;
 * - `since`: how long the relationship has run ("about three months").
 */
export const PLACEHOLDERS = [
  'firstName',
  'fullName',
  'commonGround',
  'commonGroundShort',
  'myName',
  'myGoal',
  'myOffer',
  'ask',
  'theirCompany',
  'theirTitle',
  'project',
  'limit',
  'signoff',
  'commonGround2',
  'mutual',
  'myIntro',
  'proud',
  'note',
  'meeting',
  'sharedOrg',
  'since',
] as const;

/** One placeholder name. */
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values for a render; a missing or empty value drops the sentences that need it. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** True for a known placeholder name. */
export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * How much a sentence matters when a draft is too long. 3 core (greeting, opener, ask, easy-out — never
 * suggested for cutting), 2 context (goal), 1 detail (offer, limits, sign-off), 0 pleasantry (cut first).
 */
export type Importance = 0 | 1 | 2 | 3;

/** Named importance levels, for templates that read like prose. */
export const IMPORTANCE = { pleasantry: 0, detail: 1, context: 2, core: 3 } as const satisfies Record<
  string,
  Importance
>;

/** What separates a sentence from the one before it. */
export type SentenceBreak = ' ' | '\n' | '\n\n';

/** One sentence of a template: alternatives in order of preference, its importance, and its break. */
export interface TemplateSentence {
  text: string | readonly string[];
  importance: Importance;
  /** Break before this sentence; default a space. */
  before?: SentenceBreak;
}

/** A built-in template: one variant of one kind. */
export interface BuiltInTemplate {
  id: string;
  kind: DraftKind;
  name: string;
  /** Subject alternatives (InMail only). */
  subject?: readonly string[];
  sentences: readonly TemplateSentence[];
}

/** The result of validating a template body at save time. */
export type TemplateValidation = { ok: true } | { ok: false; error: string };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The known placeholder closest to a misspelt one, if any is close enough to be a likely typo. */
export function suggestPlaceholder(name: string): Placeholder | undefined {
  const lower = name.toLowerCase().replace(/[\s_-]/g, '');
  let best: Placeholder | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const p of PLACEHOLDERS) {
    const d = distance(lower, p.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best && bestD <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

/**
 * Check a user template before saving it: every `{{…}}` must be a known placeholder and every `{{` closed.
 * Errors read like "Unknown placeholder {{frstName}} — did you mean {{firstName}}?".
 */
export function validateTemplate(body: string): TemplateValidation {
  if (!body.trim()) return { ok: false, error: 'The template is empty.' };
  for (const m of body.matchAll(/\{\{([^{}]*)\}\}/g)) {
    const name = (m[1] ?? '').trim();
    if (!name) return { ok: false, error: 'Empty placeholder {{}} — write a name inside, such as {{firstName}}.' };
    if (!isPlaceholder(name)) {
      const hint = suggestPlaceholder(name);
      return {
        ok: false,
        error: hint
          ? `Unknown placeholder {{${name}}} — did you mean {{${hint}}}?`
          : `Unknown placeholder {{${name}}}. Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      };
    }
  }
  const rest = body.replace(/\{\{[^{}]*\}\}/g, '');
  const open = rest.indexOf('{{');
  if (open >= 0) {
    const near = rest.slice(open, open + 16).split('\n')[0];
    return { ok: false, error: `Unclosed placeholder near "${near}" — placeholders look like {{firstName}}.` };
  }
  if (rest.includes('}}')) return { ok: false, error: 'Stray "}}" without a matching "{{".' };
  const single = /(?<!\{)\{\s*(\w+)\s*\}(?!\})/.exec(rest);
  if (single?.[1] && (isPlaceholder(single[1]) || suggestPlaceholder(single[1]))) {
    const name = isPlaceholder(single[1]) ? single[1] : suggestPlaceholder(single[1]);
    return { ok: false, error: `Use double braces for placeholders: {{${name}}} instead of ${single[0]}.` };
  }
  return { ok: true };
}

const IMPORTANCE_BY_NAME = IMPORTANCE as Record<string, Importance>;

/** The built-in templates of one language, from its phrase pack, in kind and variant order. */
export function builtInTemplatesOf(lang: DraftLanguage = 'en'): BuiltInTemplate[] {
  const pack = phrasesFor(lang);
  return (Object.entries(pack.templates) as [DraftKind, PhrasePack['templates'][DraftKind]][]).flatMap(([kind, list]) =>
    list.map((t) => ({
      id: t.id,
      kind,
      name: t.name,
      ...(t.subject ? { subject: t.subject } : {}),
      sentences: t.sentences.map((s) => ({
        text: s.text,
        importance: IMPORTANCE_BY_NAME[s.importance] ?? 0,
        ...(s.before ? { before: s.before } : {}),
      })),
    })),
  );
}

/** The English built-in templates, at least three per kind; a draft's `variant` picks one (data: `phrases/en.json`). */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = builtInTemplatesOf('en');

/** The built-in templates of one kind, in variant order. */
export function builtInTemplates(kind: DraftKind, lang: DraftLanguage = 'en'): BuiltInTemplate[] {
  return (lang === 'en' ? BUILT_IN_TEMPLATES : builtInTemplatesOf(lang)).filter((t) => t.kind === kind);
}
