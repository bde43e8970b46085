import { describe, expect, it } from 'vitest';
import { cleanName, firstNameOf } from '../../../utils/outreach/drafts-names';
import { goalPhrase, offerPhrase, shortName } from '../../../utils/outreach/drafts-phrases';
import { EXCLUSION_RULES, limitMention, parseLimits, respectsLimits } from '../../../utils/outreach/limits-personal';

describe('parseLimits', () => {
  it.each([
    ['', [], []],
    ['not willing to relocate', ['relocation'], []],
    ['no evenings or weekends', ['weekends', 'evenings'], []],
    ['Relocation', ['relocation'], []],
    ['happy to travel but not willing to relocate', ['relocation'], []],
    ['Not willing to relocate from Boston; no travel', ['relocation', 'travel'], []],
    ["I won't move to New York, Chicago or SF", ['relocation'], ['New York', 'Chicago', 'SF']],
    ["happy to work in Austin, but won't move to Dallas", ['relocation'], ['Dallas']],
    ['weekdays only', ['weekends', 'evenings'], []],
    ['remote only, no calls', ['relocation', 'in-person', 'calls'], []],
    ['part-time only', ['full-time'], []],
    ['no full-time roles', ['full-time'], []],
    ['No coffee, no lunches', ['coffee', 'meals'], []],
    ["don't want to manage people", ['management'], []],
    ['I love mornings', [], []],
  ])('%j', (limits, excluded, places) => {
    const parsed = parseLimits(limits);
    expect(parsed.excluded).toEqual(excluded);
    expect(parsed.places).toEqual(places);
  });

  it('remembers where the user is', () => {
    expect(parseLimits('not willing to relocate from Boston').home).toBe('Boston');
    expect(parseLimits('I want to stay in Greater Boston').home).toBe('Greater Boston');
  });
});

describe('exclusion table', () => {
  it('every mention respects its own exclusion', () => {
    for (const rule of EXCLUSION_RULES) if (rule.mention) expect(rule.mention, rule.id).not.toMatch(rule.forbid);
  });

  it.each([
    ['not willing to relocate', "Open to relocating if there's a role", false],
    ['not willing to relocate', 'Would you be open to a call?', true],
    ['no evenings or weekends', 'Have a great weekend!', false],
    ['no evenings or weekends', 'How about drinks after work?', false],
    ["I won't move to New York", 'Our team in New York is growing', false],
    ["I won't move to New York", 'Our team in Newark is growing', true],
  ])('%j: %j → %s', (limits, text, ok) => expect(respectsLimits(text, parseLimits(limits))).toBe(ok));

  it('mentions limits briefly', () => {
    expect(limitMention(parseLimits('not willing to relocate'), 'Boston')).toBe(
      "I'm looking to grow where I am in Boston",
    );
    expect(limitMention(parseLimits('not willing to relocate'))).toBe("I'm looking to grow where I am");
    expect(limitMention(parseLimits('no evenings or weekends'))).toBe('weekday daytime works best for me');
    expect(limitMention(parseLimits('no relocation, no evenings or weekends'), 'Boston')).toBe(
      "I'm looking to grow where I am in Boston, and weekday daytime works best for me",
    );
    expect(limitMention(parseLimits(''))).toBe('');
  });
});

describe('names', () => {
  it.each([
    ['Ana Souza', 'Ana', 'Ana Souza'],
    ['Dr. Ana Souza, PhD (she/her) 🚀', 'Ana', 'Ana Souza'],
    ['Jane Doe MBA CPA', 'Jane', 'Jane Doe'],
    ['J. Robert Smith', 'Robert', 'J. Robert Smith'],
    ['Madonna', 'Madonna', 'Madonna'],
    ['🌟 Priya Patel 🌟', 'Priya', 'Priya Patel'],
    ['\u200fمحمد علي\u200f', 'محمد', 'محمد علي'],
    ['דוד לוי (he/him)', 'דוד', 'דוד לוי'],
    ['王伟', '王伟', '王伟'],
    ['Chris Lee | Hiring!', 'Chris', 'Chris Lee'],
    ['', '', ''],
    ['🚀', '', ''],
  ])('%j → %j', (name, first, full) => {
    expect(firstNameOf(name)).toBe(first);
    expect(cleanName(name)).toBe(full);
  });
});

describe('goal, offer and short names', () => {
  it.each([
    ['I want to grow into a product leadership role.', 'to grow into a product leadership role'],
    ['Become a staff engineer', 'to become a staff engineer'],
    ['A staff engineer role within two years', 'a staff engineer role within two years'],
    ['My goal is to lead a team. Also other things.', 'to lead a team'],
    ['', ''],
  ])('goal %j → %j', (goal, phrase) => expect(goalPhrase(goal)).toBe(phrase));

  it.each([
    ['I can help with user research and SQL', 'help with user research and SQL'],
    ['Happy to review decks', 'review decks'],
    ['Data analysis, Python', 'help with data analysis, Python'],
    ['', ''],
  ])('offer %j → %j', (offer, phrase) => expect(offerPhrase(offer)).toBe(phrase));

  it.each([
    ['Kellogg School of Management', 'Kellogg'],
    ['University of California San Diego', 'UCSD'],
    ['Stripe, Inc.', 'Stripe'],
  ])('short name %j → %j', (name, short) => expect(shortName(name)).toBe(short));
});
