import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCount, draft, draftAll } from '../../../utils/outreach/drafts';
import { forbidPattern, parseLimits } from '../../../utils/outreach/limits-personal';
import { DraftKind, MyProfile, type OverlapItem, OverlapKind, PersonRole, Profile } from '../../../utils/schema';

/** Strings a user or a page could hold: empty, long, unicode, emoji, RTL, whitespace runs. */
const anyText = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ minLength: 150, maxLength: 400 }),
    fc.constantFrom(
      '',
      '   ',
      'Dr. Ana María Souza, PhD (she/her) 🚀',
      'محمد علي',
      'Madonna',
      '王伟',
      'J. Robert Smith, MBA',
      'University of California San Diego',
      '{{firstName}}',
      'a  b\n\nc',
      '👩🏽‍💻👩🏽‍💻👩🏽‍💻',
    ),
  )
  // Inputs that literally say "undefined"/"null" may legitimately be echoed; the property is about the engine.
  .filter((s) => !/undefined|null/i.test(s));

const KNOWN_LIMITS = [
  '',
  'not willing to relocate',
  'no evenings or weekends',
  'Not willing to relocate from Boston; no travel',
  "I won't move to New York or Chicago",
  'remote only, no calls',
  'No coffee, no lunches, no in-person meetings',
  'part-time only',
  "don't want to manage people",
  'Not willing to leave Stockholm. No travel. No weekend calls, no video calls.',
  'Je ne veux pas quitter Lyon. Pas de visio.',
  'Não quero me mudar. Sem ligações aos fins de semana.',
  'Keine Videoanrufe, Reisen höchstens 2 Tage im Monat',
];

const textList = fc.array(
  anyText.filter((s) => s.trim().length > 0 && s.trim().length <= 200),
  { maxLength: 3 },
);

const me = fc.record({
  name: anyText,
  schools: textList,
  hometowns: textList,
  placesLived: textList,
  employers: textList,
  interests: textList,
  goals: anyText,
  limits: fc.oneof(fc.constantFrom(...KNOWN_LIMITS), anyText),
  offers: anyText,
  seniority: anyText,
});

const profile = fc.record({
  name: anyText,
  company: fc.option(anyText, { nil: undefined }),
  title: fc.option(anyText, { nil: undefined }),
});

const item: fc.Arbitrary<OverlapItem> = fc.record({
  kind: fc.constantFrom(...OverlapKind.options),
  mine: anyText,
  theirs: anyText,
  evidence: fc.constant(''),
  strength: fc.double({ min: 0, max: 1, noNaN: true }),
  label: fc.option(anyText, { nil: undefined }),
});

const inputs = fc.record({
  me,
  profile,
  overlap: fc.array(item, { maxLength: 4 }),
  role: fc.constantFrom(...PersonRole.options),
  accountType: fc.constantFrom('free' as const, 'premium' as const),
  projects: fc.array(anyText, { maxLength: 3 }),
  variant: fc.integer({ min: -5, max: 10 }),
});

type Generated = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated) {
  // Built without validation on purpose: the engine must cope with whatever reaches it.
  const mine: MyProfile = { ...MyProfile.parse({}), ...g.me };
  const page = Profile.parse({
    url: 'https://www.linkedin.com/in/x/',
    slug: 'x',
    name: g.profile.name,
    current: { title: g.profile.title, company: g.profile.company },
  });
  return { me: mine, profile: page };
}

const BAD = [/\{\{|\}\}/, /undefined/, /null/, / {2}/, / [,.!?;:]/, /\n{3}/, /^\s|\s$/];

describe('drafts: properties over arbitrary profiles', () => {
  it('every connection note is within the limit, for any input', () => {
    fc.assert(
      fc.property(inputs, (g) => {
        const { me: mine, profile: page } = build(g);
        for (const d of draftAll({
          kind: 'connection-note',
          me: mine,
          profile: page,
          overlap: g.overlap,
          role: g.role,
          settings: { accountType: g.accountType },
          projects: g.projects,
        })) {
          expect(d.length).toBeLessThanOrEqual(g.accountType === 'free' ? 200 : 300);
          expect(charCount(d.body)).toBe(d.length);
          expect(d.over).toBe(0);
          expect(d.body.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no draft of any kind has an unfilled placeholder, undefined/null, doubled spaces or stray spacing', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...DraftKind.options), (g, kind) => {
        const { me: mine, profile: page } = build(g);
        const d = draft({
          kind,
          me: mine,
          profile: page,
          overlap: g.overlap,
          role: g.role,
          settings: { accountType: g.accountType },
          projects: g.projects,
          variant: g.variant,
        });
        for (const text of [d.body, d.subject ?? 'ok']) for (const bad of BAD) expect(text).not.toMatch(bad);
        expect(d.variant).toBeGreaterThanOrEqual(0);
        expect(d.variant).toBeLessThan(d.variants);
        if (d.subject !== undefined) expect(charCount(d.subject)).toBeLessThanOrEqual(200);
      }),
      { numRuns: 400 },
    );
  });

  it("no draft of any kind contains the user's excluded options", () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom(...KNOWN_LIMITS),
        fc.constantFrom(...DraftKind.options),
        (g, limits, kind) => {
          const { me: mine, profile: page } = build({ ...g, me: { ...g.me, limits } });
          const parsed = parseLimits(limits);
          const d = draft({
            kind,
            me: mine,
            profile: page,
            overlap: g.overlap,
            role: g.role,
            settings: { accountType: g.accountType },
            projects: g.projects,
            variant: g.variant,
          });
          for (const id of parsed.excluded) {
            for (const s of d.sentences) expect(s.text).not.toMatch(forbidPattern(id));
            if (d.subject) expect(d.subject).not.toMatch(forbidPattern(id));
          }
          for (const place of parsed.places) expect(d.body.toLowerCase()).not.toContain(place.toLowerCase());
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a user who will not relocate never sees moving or relocating, even when their goal mentions it', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...DraftKind.options), (g, kind) => {
        const { me: mine, profile: page } = build({
          ...g,
          me: { ...g.me, limits: 'not willing to relocate', goals: 'move into management, maybe relocate later' },
        });
        const d = draft({
          kind,
          me: mine,
          profile: page,
          overlap: g.overlap,
          role: g.role,
          settings: { accountType: g.accountType },
          variant: g.variant,
        });
        expect(d.body).not.toMatch(/relocat|\bmov(e|ing) (?:to|abroad|away)\b/i);
      }),
      { numRuns: 150 },
    );
  });
});
