/** The drafts audit (npm run audit:drafts): zero violations, and every rule catches the drafts it exists for. */
import { describe, expect, it } from 'vitest';
import { PEOPLE, USERS } from '../../../scripts/audit-drafts/corpus';
import { SECOND_PEOPLE, SECOND_USERS } from '../../../scripts/audit-drafts/corpus-second';
import { type Case, check, RULES, repeats } from '../../../scripts/audit-drafts/rules';
import { runAudit } from '../../../scripts/audit-drafts/run';
import { DraftKind } from '../../../utils/schema';

describe('drafts audit', () => {
  it('finds no violation in any draft of the corpus', () => {
    const report = runAudit();
    expect(report.drafts).toBeGreaterThan(2000);
    expect(report.violations.slice(0, 10)).toEqual([]);
    for (const rule of RULES) expect(report.counts[rule], rule).toBe(0);
  }, 60_000);

  it('finds none in the second corpus either (written after the rules, never tuned to)', () => {
    const report = runAudit(undefined, DraftKind.options, { users: SECOND_USERS, people: SECOND_PEOPLE });
    expect(report.drafts).toBeGreaterThan(500);
    expect(report.violations.slice(0, 10)).toEqual([]);
  }, 60_000);
});

describe('audit rules catch what they are for', () => {
  const user = (id: string) => USERS.find((u) => u.id === id)!;
  const person = (id: string) => PEOPLE.find((p) => p.id === id)!;
  const base = (over: Partial<Case>): Case => ({
    user: user('junior-engineer'),
    person: person('vietnamese-order'),
    asked: 'first-message',
    kind: 'first-message',
    body: 'Hi An,\n\nMy goal is to become a senior backend engineer. Would you be open to a short call? No worries if not.',
    length: 100,
    limit: 3000,
    ...over,
  });
  it.each([
    ['(positive control) a clean draft', base({}), []],
    [
      'a hometown claim LinkedIn cannot back',
      base({ body: 'Hi An, we both grew up in Hanoi. My goal is to become a senior backend engineer.' }),
      ['unsupported-claim'],
    ],
    [
      'invented familiarity',
      base({ body: "Hi An, I've been following your work at VNG. My goal is to become a senior backend engineer." }),
      ['unsupported-claim'],
    ],
    [
      'a place they are not in',
      base({ body: "Hi An, I see you're in Boston too. My goal is to become a senior backend engineer." }),
      ['unsupported-claim'],
    ],
    [
      'coffee across distance',
      base({
        person: person('german-titles'),
        body: 'Hi Jürgen, my goal is to become a senior backend engineer. Coffee sometime?',
      }),
      ['in-person-across-distance'],
    ],
    [
      'the wrong given name',
      base({ person: person('german-titles'), body: 'Hi Dr.-Ing, my goal is to become a senior backend engineer.' }),
      ['wrong-name'],
    ],
    ['a missing goal', base({ body: 'Hi An, would you be open to a short call?' }), ['missing-goal']],
    [
      'a contradicted limit',
      base({
        user: user('stays-home'),
        person: person('same-org-stockholm'),
        body: 'Hi Emma, I could travel to you. My goal is to grow into a staff engineer role. Are we both at Spotify? I can ask my manager.',
      }),
      ['contradicted-limit'],
    ],
    [
      'a connection note to a 1st-degree connection',
      base({ kind: 'connection-note', body: 'Hi An! Would you be open to a call?' }),
      ['wrong-channel'],
    ],
    [
      'a placeholder',
      base({ body: 'Hi An, my goal is to become a senior backend engineer. {{ask}}' }),
      ['placeholder'],
    ],
    [
      'invented news',
      base({ kind: 'progress-update', body: 'Hi An, some good news to share since we last spoke.' }),
      ['unsupported-claim', 'user-content'],
    ],
  ])('%s', (_label, c, rules) => {
    expect([...new Set(check(c).map((v) => v.rule))].sort()).toEqual([...rules].sort());
  });

  it('counts a sentence repeated across a sequence', () => {
    const offer = "In return, I'd be glad to review pull requests.";
    expect(
      repeats([
        { kind: 'first-message', body: `Hi. ${offer}` },
        { kind: 'follow-up', body: `Hello. ${offer}` },
      ]),
    ).toHaveLength(1);
    expect(
      repeats([
        { kind: 'first-message', body: `Hi. ${offer}` },
        { kind: 'follow-up', body: 'Hello. Something else entirely here.' },
      ]),
    ).toEqual([]);
  });
});
