import { describe, expect, it } from 'vitest';
import {
  charCount,
  DRAFT_KIND_LABELS,
  type DraftInput,
  draft,
  draftAll,
  fitToLimit,
  limitFor,
  offeredKinds,
} from '../../../utils/outreach/drafts';
import { DraftKind, MyProfile, type OverlapItem, PersonRole, Profile } from '../../../utils/schema';
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
const withMe = (over: Partial<MyProfile>) => MyProfile.parse({ ...SAM, ...over });
const withLimits = (limits: string) => withMe({ limits });
const far = Profile.parse({ ...ANA, location: 'San Diego, California, United States' });

const COMMON_GROUND: Record<string, OverlapItem[]> = {
  none: [],
  one: [KELLOGG],
  several: [CYCLING, STRIPE, SOMERVILLE, KELLOGG],
};
const LIMITS = ['', 'not willing to relocate', 'no evenings or weekends'];
const EASY_OUT =
  /no worries|no pressure|no need to reply|no reply needed|totally fine|understand|that's fine|fine if|feel free to pass|no problem|either way|completely fine|plenty|say no|if not|not useful right now/i;

describe('limitFor', () => {
  it.each([
    ['connection-note', 'free', { body: 200 }],
    ['connection-note', 'premium', { body: 300 }],
    ['inmail', 'free', { body: 1900, subject: 200 }],
    ['first-message', 'premium', { body: 3000 }],
    ['give-back', 'free', { body: 3000 }],
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

describe('claims about the person come from the evidence, worded from their side', () => {
  it.each([
    [
      'related school',
      [KELLOGG],
      'I see you studied at Northwestern University; I went to Kellogg School of Management',
    ],
    ['their location, my hometown', [SOMERVILLE], "I see you're in Greater Boston; I grew up in Somerville"],
    ['their past job, my current one', [STRIPE], 'I see you were at Stripe, where I work now'],
    ['their skill', [CYCLING], "I see you list Road Cycling among your skills; it's one of my interests too"],
    ['strongest first', [CYCLING, KELLOGG, STRIPE], 'I see you studied at Northwestern University'],
    [
      'where I live now',
      [
        {
          ...SOMERVILLE,
          mine: 'Boston',
          evidence: 'You (lived): Boston · Them (location): Greater Boston',
          strength: 0.8,
        },
      ],
      "I see you're in the Boston area too",
    ],
  ])('%s', (_label, overlap, opener) => {
    // Variant 3 of a first message starts at the first phrasing of each list.
    const d = draft(base({ overlap, variant: 2 }));
    expect(d.body).toContain(opener);
    expect(d.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a region-level place (same state only)',
      { ...SOMERVILLE, theirs: 'Worcester, Massachusetts', label: 'Massachusetts', strength: 0.5 },
      /Massachusetts|Worcester|grew up/,
    ],
    [
      'a past job in my hometown is not their hometown',
      {
        kind: 'hometown' as const,
        mine: 'Guayaquil',
        theirs: 'Guayaquil, Ecuador',
        evidence: 'You (hometown): Guayaquil · Them (worked at Bu Multimedia): Guayaquil, Ecuador',
        strength: 0.85,
        label: 'Guayaquil',
      },
      /we're both from|we both grew up|you grew up/i,
    ],
  ])('(negative) %s', (_label, item, forbidden) => {
    const me = withMe({ hometowns: ['Guayaquil'], placesLived: ['Boston'] });
    expect(draft(base({ me, overlap: [item] })).body).not.toMatch(forbidden);
  });

  it('says "you were at Bu Multimedia in Guayaquil" for a past job there', () => {
    const me = withMe({ hometowns: ['Guayaquil, Ecuador'] });
    const item: OverlapItem = {
      kind: 'hometown',
      mine: 'Guayaquil, Ecuador',
      theirs: 'Guayaquil, Ecuador',
      evidence: 'You (hometown): Guayaquil, Ecuador · Them (worked at Bu Multimedia): Guayaquil, Ecuador',
      strength: 0.85,
      label: 'Guayaquil',
    };
    expect(draft(base({ me, overlap: [item], variant: 2 })).body).toContain(
      "I see you've worked at Bu Multimedia in Guayaquil, Ecuador; I grew up in Guayaquil, Ecuador",
    );
  });

  it('uses the present tense and the internal route for a current shared employer', () => {
    const colleague = Profile.parse({ ...ANA, current: { title: 'VP Product', company: 'Stripe' } });
    const item: OverlapItem = {
      ...STRIPE,
      theirs: 'VP Product at Stripe (now)',
      evidence: 'You: Stripe (current) · Them: VP Product at Stripe (now)',
      strength: 1,
    };
    const body = draft(base({ profile: colleague, overlap: [item], role: 'sponsor', variant: 2 })).body;
    expect(body).toContain("I see we're both at Stripe");
    expect(body).toMatch(/through my manager/);
    expect(body).not.toMatch(/we both worked|we've both worked/);
  });

  it('never invents familiarity without common ground', () => {
    for (const d of DraftKind.options.flatMap((kind) => draftAll(base({ kind, overlap: [] }))))
      expect(d.body).not.toMatch(/following your work|admired your work|your (?:post|talk)/i);
    expect(draft(base({ overlap: [] })).body).toContain('Your work as VP Product at Acme Pay caught my eye');
  });

  it('mentions mutual connections when the page shows them', () => {
    const profile = Profile.parse({ ...ANA, mutualConnections: 12 });
    expect(draft(base({ profile })).body).toContain('12 mutual connections');
    expect(draft(base()).body).not.toContain('mutual');
  });
});

describe('what only the user knows comes from the user', () => {
  it.each(['thank-you', 'progress-update'] as const)('%s uses the note, or says less and asks for it', (kind) => {
    const withNote = draft(base({ kind, note: 'how to prepare for the promotion panel' }));
    expect(withNote.body).toContain('how to prepare for the promotion panel');
    expect(withNote.notice).toBeUndefined();
    for (const d of draftAll(base({ kind }))) {
      expect(d.body).not.toMatch(/good news|we discussed|by friday|summary of|the news/i);
      expect(d.notice).toMatch(/Add “/);
      expect(d.note?.label).toBeTruthy();
    }
  });
});

describe('channel: distance, limits and connection', () => {
  it.each([
    ['same metro: coffee or a call', base(), /coffee|lunch/, undefined],
    ['(negative) another city: a call, never coffee', base({ profile: far }), /call/, /coffee|lunch|in person/],
    [
      'no video: a phone call',
      base({ profile: far, me: withLimits('No video calls') }),
      /phone call/,
      /video|(?<!phone )\bcall\b/,
    ],
    [
      'no calls, far away: messages',
      base({ profile: far, me: withLimits('No calls') }),
      /over message|in messages/,
      /call|coffee/,
    ],
    [
      '(negative) no in-person: no coffee nearby',
      base({ me: withLimits('no in-person meetings') }),
      /call/,
      /coffee|lunch/,
    ],
    [
      '(negative) no weekend calls: never a weekend',
      base({ kind: 'check-in', me: withLimits('No weekend calls') }),
      /./,
      /call[^.!?]*weekend|weekend[^.!?]*call/i,
    ],
  ])('%s', (_label, input, wanted, forbidden) => {
    const body = draft(input).body;
    expect(body).toMatch(wanted);
    if (forbidden) expect(body).not.toMatch(forbidden);
  });

  it('drafts a message, not a connection note or InMail, to a 1st-degree connection', () => {
    const connected = Profile.parse({ ...ANA, degree: '1st' });
    for (const kind of ['connection-note', 'inmail'] as const) {
      const d = draft(base({ kind, profile: connected }));
      expect(d.kind).toBe('first-message');
      expect(d.notice).toMatch(/already connected/);
      expect(d.kinds).not.toContain(kind);
    }
  });

  it.each([
    [undefined, '2nd', 'connection-note'],
    [undefined, '1st', 'first-message'],
    ['contacted', '2nd', 'follow-up'],
    ['meeting', '1st', 'thank-you'],
    ['declined', '2nd', 'decline-reply'],
    ['sponsoring', '1st', 'progress-update'],
    ['dormant', '1st', 'check-in'],
  ] as const)('stage %s, %s degree → %s first', (stage, degree, first) => {
    expect(offeredKinds({ degree }, stage)[0]).toBe(first);
  });

  it('offers the re-evaluation first once an active relationship reaches the cadence', () => {
    expect(offeredKinds({ degree: '1st' }, 'mentoring', { daysAtStage: 95, reevaluateDays: 90 })[0]).toBe(
      're-evaluate',
    );
    expect(offeredKinds({ degree: '1st' }, 'mentoring', { daysAtStage: 30, reevaluateDays: 90 })[0]).toBe(
      'progress-update',
    );
  });
});

describe('route and substance', () => {
  it('asks a senior stranger for advice first, and for sponsorship once they have met', () => {
    const stranger = draftAll(base({ role: 'sponsor' })).map((d) => d.body);
    for (const body of stranger) expect(body).not.toMatch(/stretch project|name forward/);
    const met = draftAll(base({ role: 'sponsor', stage: 'thanked' })).map((d) => d.body);
    expect(met.some((b) => /stretch project|more visible|name forward/.test(b))).toBe(true);
  });

  it('carries what the user is proud of to a sponsor, and states the goal', () => {
    for (const d of draftAll(base({ role: 'sponsor' }))) {
      expect(d.body).toContain('cut checkout latency by 40%');
      expect(d.body).toContain('to grow into a product leadership role');
    }
  });

  it('offers help and asks how to help, in different words across kinds', () => {
    const bodies = (['first-message', 'follow-up', 'thank-you', 'check-in'] as const).map(
      (kind) => draft(base({ kind })).body,
    );
    const offers = bodies.map((b) => b.split(/(?<=[.!?])\s+/).find((s) => s.includes('user research and SQL')));
    expect(new Set(offers.filter(Boolean)).size).toBe(offers.filter(Boolean).length);
    expect(bodies[0]).toMatch(/anything I could help with/);
  });

  it('keeps a goal that only mentions "move into", and leaves out one that breaks a limit', () => {
    const keep = withMe({ goals: 'Move into an engineering manager role', limits: 'not willing to relocate' });
    expect(draft(base({ me: keep })).body).toContain('to move into an engineering manager role');
    const conflict = withMe({ goals: 'Relocate to London.\nLead a product team', limits: 'not willing to relocate' });
    const body = draft(base({ me: conflict })).body;
    expect(body).toContain('to lead a product team');
    expect(body).not.toMatch(/London|relocat/);
  });
});

describe('new kinds', () => {
  it('re-evaluation names the period and asks whether it still works', () => {
    const d = draft(base({ kind: 're-evaluate', stage: 'mentoring', daysAtStage: 92 }));
    expect(d.body).toContain('about three months');
    expect(d.hint).toMatch(/still moving you toward your goal/);
  });

  it('give-back offers the user’s help with no ask in return', () => {
    const d = draft(base({ kind: 'give-back' }));
    expect(d.body).toMatch(/offer some of my time|pay forward/);
    expect(d.body).toContain('help with user research and SQL');
  });
});

describe('connection notes', () => {
  it('fit 200 characters on free and may use 300 on Premium', () => {
    const several = COMMON_GROUND.several!;
    for (const role of PersonRole.options) {
      for (const d of draftAll(base({ kind: 'connection-note', role, overlap: several })))
        expect(d.length).toBeLessThanOrEqual(200);
      for (const d of draftAll(base({ kind: 'connection-note', role, settings: { accountType: 'premium' } })))
        expect(d.length).toBeLessThanOrEqual(300);
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
    expect(d.subject).toBe('Fellow Northwestern University alum — a quick question');
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

  it('cuts the sign-off only after pleasantries', () => {
    const d = draft(base({ kind: 'first-message', variant: 2 }));
    const tight = fitToLimit(d, d.length - 20);
    expect(tight.cuts[0]).toBe('Thanks for reading this far!');
  });
});

describe('golden drafts', () => {
  const scenarios: {
    name: string;
    overlap: keyof typeof COMMON_GROUND;
    role: PersonRole;
    account: 'free' | 'premium';
    limits: string;
    far?: boolean;
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
      name: 'one (Kellogg), mentor, free, far away, no video',
      overlap: 'one',
      role: 'mentor',
      account: 'free',
      limits: 'No video calls',
      far: true,
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
          ...(s.far ? { profile: far } : {}),
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
