import { describe, expect, it } from 'vitest';
import {
  charCount,
  DRAFT_KIND_LABELS,
  type DraftInput,
  draft,
  draftAll,
  fitToLimit,
  limitFor,
} from '../../../utils/outreach/drafts';
import { DraftKind, MyProfile, type OverlapItem, PersonRole } from '../../../utils/schema';
import { ANA, CYCLING, KELLOGG, SAM, SOMERVILLE, STRIPE } from './__golden__/people';

const base = (over: Partial<DraftInput> = {}): DraftInput => ({
  kind: 'first-message',
  me: SAM,
  profile: ANA,
  overlap: [KELLOGG],
  role: 'mentor',
  settings: { accountType: 'free' },
  projects: ['the payments migration'],
  ...over,
});
const withLimits = (limits: string) => MyProfile.parse({ ...SAM, limits });

const COMMON_GROUND: Record<string, OverlapItem[]> = {
  none: [],
  one: [KELLOGG],
  several: [CYCLING, STRIPE, SOMERVILLE, KELLOGG],
};
const LIMITS = ['', 'not willing to relocate', 'no evenings or weekends'];
const EASY_OUT = /no worries|no pressure|no need to reply|no reply needed|totally fine/i;

describe('limitFor', () => {
  it.each([
    ['connection-note', 'free', { body: 200 }],
    ['connection-note', 'premium', { body: 300 }],
    ['inmail', 'free', { body: 1900, subject: 200 }],
    ['first-message', 'premium', { body: 3000 }],
    ['check-in', 'free', { body: 3000 }],
  ] as const)('%s on %s → %o', (kind, account, expected) => {
    expect(limitFor(kind, account)).toEqual(expected);
  });
});

describe('charCount', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['é', 1],
    ['👍', 2], // one grapheme, two UTF-16 code units: count the larger
    ['👩🏽‍💻', 7],
    ['a\nb', 4], // a line break counts twice (CRLF), to be safe
  ])('%j → %i', (text, n) => expect(charCount(text)).toBe(n));
});

describe('DRAFT_KIND_LABELS', () => {
  it('labels every kind', () => expect(Object.keys(DRAFT_KIND_LABELS).sort()).toEqual([...DraftKind.options].sort()));
});

describe('opener from the strongest common ground', () => {
  it.each([
    [[KELLOGG], 'Fellow Kellogg alum here'],
    [[SOMERVILLE], 'I grew up in Somerville too'],
    [[STRIPE], 'We both worked at Stripe'],
    [[CYCLING], "I see you're into road cycling too"],
    [[CYCLING, KELLOGG, STRIPE], 'Fellow Kellogg alum here'],
    [[{ ...SOMERVILLE, mine: 'Boston', label: 'Boston area' }], "I see you're in the Boston area too"],
  ])('%#: %s', (overlap, opener) => {
    expect(draft(base({ overlap })).body).toContain(opener);
  });

  it('falls back to their company, then to a plain opener, without common ground', () => {
    expect(draft(base({ overlap: [] })).body).toContain("I've been following your work at Acme Pay, so I thought");
    const noCompany = { ...ANA, current: undefined };
    expect(draft(base({ overlap: [], profile: noCompany })).body).toContain('I came across your profile');
  });

  it('skips common ground the limits rule out (a city the user will not move to)', () => {
    const me = withLimits("I won't move to Somerville");
    const body = draft(base({ me, overlap: [SOMERVILLE, CYCLING] })).body;
    expect(body).not.toContain('Somerville');
    expect(body).toContain('road cycling');
  });
});

describe('the ask fits the role', () => {
  it.each([
    ['mentor', /advice/],
    ['sponsor', /stretch project/],
    ['connector', /introducing me|introduction/],
    ['both', /advice now, and later maybe your view on where I could be more visible/],
  ] as const)('%s', (role, ask) => {
    const d = draft(base({ role }));
    expect(d.body).toMatch(ask);
    expect(d.body).toContain('a 15-minute coffee or call');
  });

  it('asks for a call instead of coffee when the user rules out in-person', () => {
    const body = draft(base({ me: withLimits('no in-person meetings') })).body;
    expect(body).not.toMatch(/coffee|in person/i);
    expect(body).toMatch(/call/);
  });

  it('asks over message when calls and meetings are both ruled out', () => {
    const body = draft(base({ me: withLimits('No calls, no in-person meetings.') })).body;
    expect(body).toContain('a couple of questions over message');
  });

  it('names one concrete next step in a thank-you', () => {
    expect(draft(base({ kind: 'thank-you', role: 'sponsor' })).body).toContain(
      "As a next step, I'll send you a one-paragraph summary of the stretch project we discussed by Friday.",
    );
  });

  it('asks whether they know someone else in a decline reply', () => {
    expect(draft(base({ kind: 'decline-reply' })).body).toContain('Do you know someone else who might be open to');
  });
});

describe('goals, offers and limits', () => {
  it('offers help with their current project', () => {
    expect(draft(base()).body).toContain(
      "If it's useful for the payments migration, I'd be glad to help with user research and SQL.",
    );
    expect(draft(base({ projects: [] })).body).toContain("In return, I'd be glad to help with user research and SQL.");
  });

  it('mentions the relocation limit briefly, naming where the user is', () => {
    const body = draft(base({ me: withLimits('not willing to relocate') })).body;
    expect(body).toContain("I'm looking to grow where I am in Boston.");
    expect(body).not.toMatch(/relocat|\bmov(e|ing)\b/i);
  });

  it('drops the goal sentence when the goal itself breaks a limit', () => {
    const me = MyProfile.parse({ ...SAM, goals: 'Move to a bigger team', limits: 'not willing to relocate' });
    const body = draft(base({ me })).body;
    expect(body).not.toContain('My goal');
    expect(body).not.toMatch(/\bmove\b/i);
  });

  it('never wishes a good weekend to a user who keeps weekends free', () => {
    const texts = draftAll(base({ kind: 'check-in', me: withLimits('no evenings or weekends') })).map((d) => d.body);
    expect(texts.join('\n')).not.toMatch(/weekend|evening/i);
    expect(texts[0]).toContain('Have a great week!');
    expect(draft(base({ kind: 'check-in' })).body).toContain('Have a great weekend!');
  });
});

describe('connection notes', () => {
  it('fit 200 characters on free and may use 300 on Premium', () => {
    const several = COMMON_GROUND.several!;
    for (const role of PersonRole.options) {
      for (const d of draftAll(base({ kind: 'connection-note', role, overlap: several }))) {
        expect(d.length).toBeLessThanOrEqual(200);
      }
      for (const d of draftAll(base({ kind: 'connection-note', role, settings: { accountType: 'premium' } }))) {
        expect(d.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('shortens, then falls back to a short note, however long the inputs', () => {
    const long = 'x'.repeat(500);
    const me = MyProfile.parse({ ...SAM, name: 'S'.repeat(190), goals: long, offers: long });
    const profile = { ...ANA, name: `${'A'.repeat(190)} B` };
    const overlap = [{ ...KELLOGG, label: undefined, mine: `University of ${'Very '.repeat(30)}Long Name` }];
    for (const d of draftAll(base({ kind: 'connection-note', me, profile, overlap }))) {
      expect(d.length).toBeLessThanOrEqual(200);
      expect(d.over).toBe(0);
    }
  });
});

describe('every draft', () => {
  it.each(DraftKind.options)('%s: at least three variants, each easy to decline and deterministic', (kind) => {
    const all = draftAll(base({ kind, overlap: COMMON_GROUND.several! }));
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((d) => d.body)).size).toBe(all.length);
    for (const d of all) {
      expect(d.variants).toBe(all.length);
      expect(d.body).toMatch(EASY_OUT);
      expect(d.over).toBe(0);
      expect(d.cuts).toEqual([]);
      expect(draft(base({ kind, overlap: COMMON_GROUND.several!, variant: d.variant })).body).toBe(d.body);
    }
    expect(draft(base({ kind, variant: all.length })).body).toBe(draft(base({ kind, variant: 0 })).body);
  });

  it('gives InMail a subject within 200 characters', () => {
    const d = draft(base({ kind: 'inmail' }));
    expect(d.subject).toBe('Fellow Kellogg alum — a quick question');
    expect(d.subjectLimit).toBe(200);
    expect(draft(base({ kind: 'inmail', overlap: [] })).subject).toBe('A quick question about your path at Acme Pay');
  });
});

describe('fitToLimit', () => {
  const sentences = [
    { text: 'Hi Ana,', importance: 3 as const, before: ' ' as const },
    { text: 'Fellow Kellogg alum here.', importance: 3 as const, before: '\n\n' as const },
    { text: 'I hope your week is going well.', importance: 0 as const, before: ' ' as const },
    { text: "In return, I'd be glad to help.", importance: 1 as const, before: ' ' as const },
    { text: 'My goal is to lead a team.', importance: 2 as const, before: ' ' as const },
    { text: 'Would you be open to a call?', importance: 3 as const, before: ' ' as const },
  ];

  it('suggests the least important sentence first, and only as many as needed', () => {
    const full = charCount(
      "Hi Ana,\n\nFellow Kellogg alum here. I hope your week is going well. In return, I'd be glad to help. My goal is to lead a team. Would you be open to a call?",
    );
    expect(fitToLimit({ sentences }, full).cuts).toEqual([]);
    const fit = fitToLimit({ sentences }, full - 10);
    expect(fit.cuts).toEqual(['I hope your week is going well.']);
    expect(fit.over).toBe(0);
    expect(fit.body).toBe(
      "Hi Ana,\n\nFellow Kellogg alum here. In return, I'd be glad to help. My goal is to lead a team. Would you be open to a call?",
    );
  });

  it('never suggests core sentences, and reports what is still over', () => {
    const fit = fitToLimit({ sentences }, 10);
    expect(fit.cuts).toEqual([
      'I hope your week is going well.',
      "In return, I'd be glad to help.",
      'My goal is to lead a team.',
    ]);
    expect(fit.over).toBeGreaterThan(0);
  });

  it('lists cuts on a draft that is over its limit', () => {
    const me = MyProfile.parse({ ...SAM, goals: `to ${'grow '.repeat(30)}`.trim() });
    const d = draft(base({ me, projects: ['p'.repeat(80)] }));
    expect(d.over).toBe(0);
    const tight = fitToLimit(d, d.length - 20);
    expect(tight.cuts[0]).toBe('I hope your week is going well.');
  });
});

describe('golden drafts', () => {
  const scenarios: {
    name: string;
    overlap: keyof typeof COMMON_GROUND;
    role: PersonRole;
    account: 'free' | 'premium';
    limits: string;
  }[] = [
    { name: 'no common ground, mentor, free, no limits', overlap: 'none', role: 'mentor', account: 'free', limits: '' },
    {
      name: 'one (Kellogg), sponsor, premium, will not relocate',
      overlap: 'one',
      role: 'sponsor',
      account: 'premium',
      limits: LIMITS[1]!,
    },
    {
      name: 'several, both, free, no evenings or weekends',
      overlap: 'several',
      role: 'both',
      account: 'free',
      limits: LIMITS[2]!,
    },
    {
      name: 'several, connector, premium, no limits',
      overlap: 'several',
      role: 'connector',
      account: 'premium',
      limits: '',
    },
    {
      name: 'one (Kellogg), mentor, free, will not relocate',
      overlap: 'one',
      role: 'mentor',
      account: 'free',
      limits: LIMITS[1]!,
    },
    {
      name: 'no common ground, sponsor, premium, no evenings or weekends',
      overlap: 'none',
      role: 'sponsor',
      account: 'premium',
      limits: LIMITS[2]!,
    },
  ];

  it.each(DraftKind.options)('%s', async (kind) => {
    const out: string[] = [];
    for (const s of scenarios) {
      for (const d of draftAll(
        base({
          kind,
          role: s.role,
          overlap: COMMON_GROUND[s.overlap]!,
          settings: { accountType: s.account },
          me: withLimits(s.limits),
        }),
      )) {
        out.push(`### ${s.name} — variant ${d.variant + 1}/${d.variants} (${d.length}/${d.limit})`);
        if (d.subject) out.push(`Subject: ${d.subject}`);
        out.push(d.body, '');
      }
    }
    await expect(out.join('\n')).toMatchFileSnapshot(`./__golden__/${kind}.txt`);
  });
});
