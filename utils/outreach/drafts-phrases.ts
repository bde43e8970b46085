/**
 * The words of a draft, as data: how each kind of common ground opens a message, what each role is asked
 * for in each kind of message, the meeting formats (smallest and most informal first), sign-offs, and how a
 * user's goal and offer are turned into phrases that fit "My goal is …" and "I'd be glad to …".
 */
import type { DraftKind, MyProfile, OverlapItem, OverlapKind, PersonRole } from '../schema';

/** Common-ground phrasings; `{x}` is the shared thing ("Kellogg", "Somerville", "Stripe", "road cycling"). */
export interface CommonGroundPhrases {
  /** Sentences, without final punctuation; a draft variant picks one. */
  openers: readonly string[];
  /** The shortest form, for subjects and tight connection notes. */
  short: string;
}

/** How common ground reads, per kind; `place` is a shared current area rather than a hometown. */
export const COMMON_GROUND_PHRASES: Record<OverlapKind | 'place', CommonGroundPhrases> = {
  almaMater: {
    openers: ['Fellow {x} alum here', "I see we're both {x} alumni", 'I noticed we both studied at {x}'],
    short: 'Fellow {x} alum',
  },
  hometown: {
    openers: ['I grew up in {x} too', "I see we're both from {x}", 'We both grew up in {x}'],
    short: 'Also from {x}',
  },
  place: {
    openers: ["I see you're in {x} too", "We're both in {x}", "I'm in {x} as well"],
    short: 'Also in {x}',
  },
  employer: {
    openers: ['We both worked at {x}', "I see we've both been at {x}", 'I noticed we share {x} in our backgrounds'],
    short: 'Also {x}',
  },
  interest: {
    openers: ["I see you're into {x} too", 'Fellow {x} fan here', 'I noticed we share an interest in {x}'],
    short: 'Fellow {x} fan',
  },
};

/**
 * Meeting formats, smallest and most informal first (15–20 minutes). A variant starts at its own index and
 * the first format the user's limits allow wins; the last one needs neither a meeting nor a call.
 */
export const MEETING_FORMATS: readonly string[] = [
  'a 15-minute coffee or call',
  'a quick 20-minute call',
  'a short coffee chat',
  'a 15-minute call',
  'a couple of questions over message',
  'a quick 15-minute chat',
];

/** What a first approach asks each role for (after the meeting format: "a 15-minute call to get your advice"). */
export const ROLE_PURPOSES: Record<PersonRole, readonly string[]> = {
  mentor: ['to get your advice', "to hear how you'd approach my next step", 'to learn from your experience'],
  sponsor: [
    "to share what I'm working on and hear where I could take on a stretch project",
    'to ask how I could make my work more visible',
    "to ask whether there's a stretch project or a person you'd point me to",
  ],
  connector: [
    'about a possible introduction to someone on your team',
    "to ask if there's someone in your network you'd suggest I talk to",
    "to ask for an introduction to someone whose work you'd recommend I learn from",
  ],
  both: [
    'to get your advice now, and later maybe your view on where I could be more visible',
    'to get your advice, and down the line your thoughts on a stretch project',
    'to learn from your experience and, later on, where I could take on more',
  ],
};

/** The one concrete next step a thank-you names, per role. */
export const THANK_YOU_NEXT_STEPS: Record<PersonRole, readonly string[]> = {
  mentor: [
    "I'll try what you suggested and send you a short update in a few weeks",
    "I'll put your advice into practice this month and let you know how it goes",
    "I'll draft the plan we talked about and share it with you by the end of next week",
  ],
  sponsor: [
    "I'll send you a one-paragraph summary of the stretch project we discussed by Friday",
    "I'll write up the two projects I'd most like to take on and send them over this week",
    "I'll share a short note on my recent results that you can pass along if it helps",
  ],
  connector: [
    "I'll send you a short blurb you can forward with the introduction",
    "I'll send over a two-line summary of what I'd like to ask, to make the introduction easy",
    "I'll reach out to the person you mentioned this week and let you know how it goes",
  ],
  both: [
    "I'll try your advice and send you a short update in a few weeks",
    "I'll put your advice into practice and share a summary of my results next month",
    "I'll draft the plan we discussed and send it to you by the end of next week",
  ],
};

/** What a reply to a decline asks someone else for, per role (after "someone who might be open to"). */
export const DECLINE_ASKS: Record<PersonRole, readonly string[]> = {
  mentor: ['a short chat about their path', 'sharing some advice', 'a quick conversation with someone in my position'],
  sponsor: [
    'a short chat about stretch projects',
    'a quick conversation about growing into a bigger role',
    'sharing some advice',
  ],
  connector: ['a short introduction chat', 'a quick conversation about their team', 'sharing some advice'],
  both: ['sharing some advice', 'a short chat about their path', 'a quick conversation with someone in my position'],
};

/** What a progress update invites, per role (after "I'd welcome"). */
export const PROGRESS_ASKS: Record<PersonRole, readonly string[]> = {
  mentor: [
    'your take on what to focus on next',
    'any advice on the next step',
    'your thoughts on where to go from here',
  ],
  sponsor: [
    "a word on any stretch project you think I'd be ready for",
    'your view on where my work could be more visible',
    'an introduction to anyone you think I should know',
  ],
  connector: [
    'an introduction to anyone you think I should know',
    'your take on who I should talk to next',
    'any names that come to mind',
  ],
  both: [
    'your take on what to focus on next',
    'your view on where my work could be more visible',
    'any advice on the next step',
  ],
};

/** Sign-off words per kind, one per variant. */
export const SIGNOFFS: Record<DraftKind, readonly string[]> = {
  'connection-note': ['Best', 'Thanks', 'Cheers'],
  'first-message': ['Best', 'Thanks so much', 'All the best'],
  'follow-up': ['Best', 'Thanks', 'All the best'],
  'thank-you': ['Thanks again', 'With thanks', 'Gratefully'],
  'decline-reply': ['Thanks again', 'All the best', 'Best'],
  'progress-update': ['Best', 'Thanks again', 'All the best'],
  'check-in': ['Best', 'Cheers', 'Take care'],
  inmail: ['Best', 'Thank you', 'All the best'],
};

/** Words before a goal that "My goal is" replaces ("I want to", "I'd like to"). */
const GOAL_LEADS =
  /^(?:my (?:main |current )?goal (?:is|:)\s*|i (?:want|would like|'d like|hope|am hoping|'m hoping|plan|aim|intend) to\s+|i'm (?:looking|trying|aiming) to\s+|i am (?:looking|trying|aiming) to\s+|goal:\s*|to\s+)/i;
/** First words that make a goal a verb phrase ("become a staff engineer" → "to become a staff engineer"). */
export const GOAL_VERBS: ReadonlySet<string> = new Set([
  'become',
  'grow',
  'lead',
  'get',
  'land',
  'build',
  'learn',
  'transition',
  'take',
  'step',
  'earn',
  'join',
  'switch',
  'make',
  'find',
  'develop',
  'improve',
  'reach',
  'be',
  'start',
  'launch',
  'own',
  'run',
  'manage',
  'break',
  'pivot',
  'advance',
  'gain',
  'work',
  'help',
  'move',
  'go',
  'shift',
  'expand',
  'deepen',
  'strengthen',
  'secure',
  'earn',
]);
/** Words before an offer that "I'd be glad to" replaces ("I can", "happy to"). */
const OFFER_LEADS =
  /^(?:i (?:can|could|am happy to|'m happy to|would be happy to|'d be happy to|would love to|'d love to|offer to|offer)\s+|happy to\s+|glad to\s+|can\s+|to\s+)/i;
/** First words that make an offer a verb phrase; otherwise it becomes "help with …". */
export const OFFER_VERBS: ReadonlySet<string> = new Set([
  'help',
  'review',
  'share',
  'introduce',
  'give',
  'mentor',
  'support',
  'pair',
  'build',
  'write',
  'run',
  'analyse',
  'analyze',
  'design',
  'test',
  'edit',
  'proofread',
  'contribute',
  'volunteer',
  'teach',
  'cover',
  'lend',
  'do',
  'make',
  'code',
  'prototype',
  'research',
  'organize',
  'organise',
  'host',
  'speak',
  'present',
  'translate',
  'coach',
  'connect',
  'draft',
  'sketch',
  'audit',
  'benchmark',
  'document',
  'tutor',
  'advise',
  'brainstorm',
  'offer',
  'put',
]);

const firstClause = (s: string, max: number) => {
  const one = (s.split(/(?<=[.!?;])\s|\n/)[0] ?? '').replace(/[\s.,;:!?…]+$/u, '').trim();
  return one.length <= max ? one : '';
};
const lowerLead = (s: string) =>
  /^(?:I\b|\p{Lu}{2})/u.test(s) ? s : s.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase());

/** The goal as it follows "My goal is": "to lead a team" or "a staff engineer role"; '' when unusable. */
export function goalPhrase(goals: string): string {
  const g = lowerLead(firstClause(goals, 160).replace(GOAL_LEADS, '').trim());
  if (!g) return '';
  const first = g.split(/\s+/)[0]?.toLowerCase() ?? '';
  return GOAL_VERBS.has(first) ? `to ${g}` : g;
}

/** The offer as it follows "I'd be glad to": "help with data analysis", "review decks"; '' when unusable. */
export function offerPhrase(offers: string): string {
  const o = lowerLead(firstClause(offers, 160).replace(OFFER_LEADS, '').trim());
  if (!o) return '';
  const first = o.split(/\s+/)[0]?.toLowerCase() ?? '';
  return OFFER_VERBS.has(first) ? o : `help with ${o}`;
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

const ALUM_SUFFIX = /\s+(?:alum|alumna|alumnus|alumni|alumnae|grad|graduate)s?$/i;
const clip = (s: string, max: number) => (s.length <= max ? s : shortName(s, max));

/** The shared thing an item names ("Kellogg", "Somerville", "Stripe", "road cycling") and its phrase table. */
export function sharedThing(item: OverlapItem, me: MyProfile): { x: string; table: CommonGroundPhrases } {
  const mine = item.mine.replace(/\s+/g, ' ').trim();
  const label = item.label?.replace(/\s+/g, ' ').trim() ?? '';
  switch (item.kind) {
    case 'almaMater': {
      const fromLabel = ALUM_SUFFIX.test(label) ? label.replace(ALUM_SUFFIX, '') : '';
      return { x: clip(fromLabel || mine, 60), table: COMMON_GROUND_PHRASES.almaMater };
    }
    case 'hometown': {
      const grewUp = me.hometowns.some((h) => h.toLowerCase() === mine.toLowerCase());
      if (grewUp) return { x: clip(mine, 60), table: COMMON_GROUND_PHRASES.hometown };
      const area = label || mine;
      const x = /\barea$/i.test(area) && !/^the\s/i.test(area) ? `the ${area}` : area;
      return { x: clip(x, 60), table: COMMON_GROUND_PHRASES.place };
    }
    case 'employer':
      return { x: clip(mine || label, 60), table: COMMON_GROUND_PHRASES.employer };
    case 'interest': {
      const theirs = item.theirs.replace(/\s+/g, ' ').trim();
      let x = mine || theirs;
      if (mine && theirs.toLowerCase().includes(mine.toLowerCase()) && theirs.length <= 40) {
        x = mine === mine.toLowerCase() ? theirs.toLowerCase() : theirs;
      }
      return { x: clip(x, 60), table: COMMON_GROUND_PHRASES.interest };
    }
  }
}
