/**
 * Message templates: the placeholder set, validation of user templates at save time, and the built-in
 * templates (data). Built-in templates are lists of sentences, each with an importance and alternatives:
 * the first alternative whose placeholders are all filled (and that respects the user's limits) is used,
 * and a sentence with no usable alternative is dropped. Rendering lives in `templates-render.ts`.
 */
import type { DraftKind } from '../schema';

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
 *   grow where I am in Boston"); `signoff`: closing line and the user's name ("Best,\nSam Lee").
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

const core = IMPORTANCE.core;
const context = IMPORTANCE.context;
const detail = IMPORTANCE.detail;
const pleasantry = IMPORTANCE.pleasantry;

const GREETING: TemplateSentence = { text: ['Hi {{firstName}},', 'Hi there,'], importance: core };
const SIGNOFF: TemplateSentence = { text: '{{signoff}}', importance: detail, before: '\n\n' };
const NO_COMMON_GROUND = [
  "I've been following your work at {{theirCompany}}",
  'I came across your profile and your path stood out to me',
];
/** Offer sentence alternatives: with their project, without it, or the project alone. */
const OFFER = [
  "If it's useful for {{project}}, I'd be glad to {{myOffer}}.",
  "In return, I'd be glad to {{myOffer}}.",
  "I'd be glad to help with {{project}} if that's ever useful.",
];

/**
 * The built-in templates, at least three per kind; a draft's `variant` picks one. Connection notes are one
 * paragraph written to fit 200 characters with typical values; the generator still enforces the limit.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  // Connection note (200 free / 300 Premium).
  {
    id: 'connection-note-1',
    kind: 'connection-note',
    name: 'Common ground + advice',
    sentences: [
      { text: ['Hi {{firstName}}!', 'Hi!'], importance: core },
      { text: ['{{commonGround}}.', 'I admire your work at {{theirCompany}}.'], importance: core },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: ['Would you be open to {{ask}}?'], importance: core },
      { text: ['No worries if not!'], importance: core },
      { text: '– {{myName}}', importance: detail },
    ],
  },
  {
    id: 'connection-note-2',
    kind: 'connection-note',
    name: 'Short and direct',
    sentences: [
      {
        text: ['Hi {{firstName}} — {{commonGround}}.', 'Hi {{firstName}}!', '{{commonGround}}.', 'Hi!'],
        importance: core,
      },
      { text: "I'd love to connect.", importance: pleasantry },
      { text: ['Open to {{ask}} sometime?'], importance: core },
      { text: 'No pressure at all.', importance: core },
      { text: '– {{myName}}', importance: detail },
    ],
  },
  {
    id: 'connection-note-3',
    kind: 'connection-note',
    name: 'Goal first',
    sentences: [
      { text: ['Hi {{firstName}}!', 'Hello!'], importance: core },
      {
        text: ['{{commonGround}}, so I wanted to reach out.', 'Your path at {{theirCompany}} stood out to me.'],
        importance: core,
      },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: ['Would you have time for {{ask}}?'], importance: core },
      { text: 'Totally fine if the timing is wrong.', importance: core },
      { text: 'Thanks, {{myName}}', importance: detail },
    ],
  },
  // First message with a coffee or call ask.
  {
    id: 'first-message-1',
    kind: 'first-message',
    name: 'Common ground, goal, small ask',
    sentences: [
      GREETING,
      {
        text: [
          '{{commonGround}}, so I thought I would reach out.',
          ...NO_COMMON_GROUND.map((s) => `${s}, so I thought I would reach out.`),
        ],
        importance: core,
        before: '\n\n',
      },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: 'Would you be open to {{ask}}?', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: 'No worries at all if you are busy.', importance: core },
      { text: 'I hope your week is going well.', importance: pleasantry },
      SIGNOFF,
    ],
  },
  {
    id: 'first-message-2',
    kind: 'first-message',
    name: 'Admiration, then the ask',
    sentences: [
      GREETING,
      {
        text: ['{{commonGround}}!', "I hope you don't mind a message out of the blue."],
        importance: core,
        before: '\n\n',
      },
      {
        text: [
          "I've admired your work as {{theirTitle}} at {{theirCompany}}.",
          "I've admired your work at {{theirCompany}}.",
        ],
        importance: pleasantry,
      },
      { text: "My goal is {{myGoal}}, and I'd value your perspective.", importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: 'Would you have time for {{ask}} in the next few weeks?', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: "And if now isn't a good time, no worries at all.", importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'first-message-3',
    kind: 'first-message',
    name: 'Brief and warm',
    sentences: [
      GREETING,
      {
        text: ["{{commonGround}} — it's always nice to find that.", ...NO_COMMON_GROUND.map((s) => `${s}.`)],
        importance: core,
        before: '\n\n',
      },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: "I'd be grateful for {{ask}}.", importance: core },
      { text: '{{limit}}.', importance: detail },
      { text: OFFER, importance: detail },
      { text: "No worries at all if you're busy.", importance: core },
      { text: 'Thanks for reading this far!', importance: pleasantry },
      SIGNOFF,
    ],
  },
  // Follow-up after a week.
  {
    id: 'follow-up-1',
    kind: 'follow-up',
    name: 'Gentle nudge',
    sentences: [
      GREETING,
      { text: 'Just bumping my note from last week in case it got buried.', importance: core, before: '\n\n' },
      { text: ["{{commonGround}}, and I'd still love {{ask}}.", "I'd still love {{ask}}."], importance: core },
      { text: OFFER, importance: detail },
      { text: "No worries at all if you're busy — I understand.", importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'follow-up-2',
    kind: 'follow-up',
    name: 'Short follow-up',
    sentences: [
      GREETING,
      { text: 'Following up on my message from last week.', importance: core, before: '\n\n' },
      { text: 'Would you be open to {{ask}}?', importance: core },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: "If the timing isn't right, no worries at all.", importance: core },
      { text: "Hope you're having a good week.", importance: pleasantry },
      SIGNOFF,
    ],
  },
  {
    id: 'follow-up-3',
    kind: 'follow-up',
    name: 'Follow-up with an offer',
    sentences: [
      GREETING,
      { text: 'I wanted to follow up on my note from last week.', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: "And if you have time for {{ask}}, I'd be grateful.", importance: core },
      { text: 'No worries at all if not.', importance: core },
      SIGNOFF,
    ],
  },
  // Thank-you after a meeting, with one concrete next step.
  {
    id: 'thank-you-1',
    kind: 'thank-you',
    name: 'Thanks + next step',
    sentences: [
      GREETING,
      { text: 'Thank you for taking the time to talk with me — it meant a lot.', importance: core, before: '\n\n' },
      { text: 'As a next step, {{ask}}.', importance: core },
      { text: OFFER, importance: detail },
      { text: 'No need to reply to this one.', importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'thank-you-2',
    kind: 'thank-you',
    name: 'Specific thanks',
    sentences: [
      GREETING,
      { text: 'Thanks again for your time and your candid advice.', importance: core, before: '\n\n' },
      { text: 'My next step: {{ask}}.', importance: core },
      { text: OFFER, importance: detail },
      { text: 'No need to reply — I just wanted to say thank you.', importance: core },
      { text: 'Enjoy the rest of your week!', importance: pleasantry },
      SIGNOFF,
    ],
  },
  {
    id: 'thank-you-3',
    kind: 'thank-you',
    name: 'Short thanks',
    sentences: [
      GREETING,
      { text: 'I really appreciated our conversation.', importance: core, before: '\n\n' },
      { text: 'Following your advice, {{ask}}.', importance: core },
      { text: OFFER, importance: detail },
      { text: 'No reply needed.', importance: core },
      SIGNOFF,
    ],
  },
  // Reply to a decline: thanks + "do you know someone else?".
  {
    id: 'decline-reply-1',
    kind: 'decline-reply',
    name: 'Gracious + referral',
    sentences: [
      GREETING,
      { text: 'Thank you for letting me know — I completely understand.', importance: core, before: '\n\n' },
      { text: 'Do you know someone else who might be open to {{ask}}?', importance: core },
      { text: 'No worries at all if no one comes to mind.', importance: core },
      { text: 'I hope we cross paths again.', importance: pleasantry },
      SIGNOFF,
    ],
  },
  {
    id: 'decline-reply-2',
    kind: 'decline-reply',
    name: 'Short referral ask',
    sentences: [
      GREETING,
      { text: 'Thanks so much for the quick reply, and no problem at all.', importance: core, before: '\n\n' },
      { text: "Is there anyone you'd suggest I reach out to for {{ask}}?", importance: core },
      { text: 'Totally fine if not — thanks again.', importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'decline-reply-3',
    kind: 'decline-reply',
    name: 'Keep the door open',
    sentences: [
      GREETING,
      { text: 'I appreciate you getting back to me.', importance: core, before: '\n\n' },
      { text: "If someone comes to mind who might be open to {{ask}}, I'd be grateful for a name.", importance: core },
      { text: OFFER, importance: detail },
      { text: 'No worries at all either way.', importance: core },
      SIGNOFF,
    ],
  },
  // Progress update to a sponsor.
  {
    id: 'progress-update-1',
    kind: 'progress-update',
    name: 'Quick update',
    sentences: [
      GREETING,
      { text: 'A quick update since we last spoke.', importance: core, before: '\n\n' },
      { text: "I've been working toward my goal, which is {{myGoal}}.", importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: "When you have a minute, I'd welcome {{ask}}.", importance: core },
      { text: OFFER, importance: detail },
      { text: 'No need to reply — I just wanted to keep you posted.', importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'progress-update-2',
    kind: 'progress-update',
    name: 'Update with thanks',
    sentences: [
      GREETING,
      {
        text: 'Thanks again for your support — I wanted to share where things stand.',
        importance: core,
        before: '\n\n',
      },
      { text: "My goal is still {{myGoal}}, and I'm making progress.", importance: context },
      { text: "If you see an opening, I'd be grateful for {{ask}}.", importance: core },
      { text: OFFER, importance: detail },
      { text: 'No pressure at all, of course.', importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'progress-update-3',
    kind: 'progress-update',
    name: 'Short progress note',
    sentences: [
      GREETING,
      { text: 'Some good news to share since we last talked.', importance: core, before: '\n\n' },
      { text: "I'd love {{ask}} whenever suits you.", importance: core },
      { text: '{{limit}}.', importance: detail },
      { text: "No need to reply if you're swamped.", importance: core },
      { text: 'Hope all is well on your side!', importance: pleasantry },
      SIGNOFF,
    ],
  },
  // Periodic check-in.
  {
    id: 'check-in-1',
    kind: 'check-in',
    name: 'Friendly check-in',
    sentences: [
      GREETING,
      {
        text: "It's been a little while, so I wanted to check in and see how things are going.",
        importance: core,
        before: '\n\n',
      },
      { text: ['How is {{project}} going?', 'How are things at {{theirCompany}}?'], importance: pleasantry },
      { text: 'Would you be up for {{ask}} to catch up sometime?', importance: core },
      { text: "No worries at all if you're busy.", importance: core },
      { text: ['Have a great weekend!', 'Have a great week!'], importance: pleasantry },
      SIGNOFF,
    ],
  },
  {
    id: 'check-in-2',
    kind: 'check-in',
    name: 'Check-in with an offer',
    sentences: [
      GREETING,
      { text: 'I was thinking of our last conversation and wanted to say hello.', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: "If you're up for {{ask}}, I'd love that.", importance: core },
      { text: 'No pressure at all.', importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'check-in-3',
    kind: 'check-in',
    name: 'Short hello',
    sentences: [
      GREETING,
      {
        text: [
          'Just checking in — I hope things are going well at {{theirCompany}}.',
          'Just checking in — I hope all is well.',
        ],
        importance: core,
        before: '\n\n',
      },
      { text: 'Happy to catch up with {{ask}} whenever suits you.', importance: core },
      { text: "No need to reply if you're swamped.", importance: core },
      SIGNOFF,
    ],
  },
  // InMail (subject ≤ 200, body ≤ 1,900).
  {
    id: 'inmail-1',
    kind: 'inmail',
    name: 'InMail: common ground + ask',
    subject: [
      '{{commonGroundShort}} — a quick question',
      'A quick question about your path at {{theirCompany}}',
      'A quick question',
    ],
    sentences: [
      GREETING,
      {
        text: [
          "{{commonGround}}, so I hope you don't mind a note.",
          ...NO_COMMON_GROUND.map((s) => `${s}, so I hope you don't mind a note.`),
        ],
        importance: core,
        before: '\n\n',
      },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: 'Would you be open to {{ask}}?', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: "No worries at all if you're busy.", importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'inmail-2',
    kind: 'inmail',
    name: 'InMail: admiration',
    subject: ['{{commonGroundShort}} reaching out', 'Admiring your work at {{theirCompany}}', 'Reaching out'],
    sentences: [
      GREETING,
      {
        text: ['{{commonGround}}!', "I hope you don't mind a message out of the blue."],
        importance: core,
        before: '\n\n',
      },
      {
        text: [
          "I've admired your work as {{theirTitle}} at {{theirCompany}}.",
          "I've admired your work at {{theirCompany}}.",
        ],
        importance: pleasantry,
      },
      { text: "My goal is {{myGoal}}, and I'd value your perspective.", importance: context },
      { text: '{{limit}}.', importance: detail },
      { text: 'Would you have time for {{ask}}?', importance: core, before: '\n\n' },
      { text: OFFER, importance: detail },
      { text: "If now isn't a good time, no worries at all.", importance: core },
      SIGNOFF,
    ],
  },
  {
    id: 'inmail-3',
    kind: 'inmail',
    name: 'InMail: brief',
    subject: ['{{commonGroundShort}} — 15 minutes of advice?', 'A short request', 'Hello'],
    sentences: [
      GREETING,
      {
        text: ["{{commonGround}} — it's always nice to find that.", ...NO_COMMON_GROUND.map((s) => `${s}.`)],
        importance: core,
        before: '\n\n',
      },
      { text: 'My goal is {{myGoal}}.', importance: context },
      { text: "I'd be grateful for {{ask}}.", importance: core },
      { text: OFFER, importance: detail },
      { text: "No worries at all if you're busy.", importance: core },
      SIGNOFF,
    ],
  },
];

/** The built-in templates of one kind, in variant order. */
export function builtInTemplates(kind: DraftKind): BuiltInTemplate[] {
  return BUILT_IN_TEMPLATES.filter((t) => t.kind === kind);
}
