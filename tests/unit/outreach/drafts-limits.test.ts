import { describe, expect, it } from 'vitest';
import { cleanName, firstNameOf, fixCase } from '../../../utils/outreach/drafts-names';
import { goalPhrase, offerPhrase, shortName } from '../../../utils/outreach/drafts-phrases';
import {
  describeLimits,
  EXCLUSION_IDS,
  forbidPattern,
  goalConflicts,
  parseLimits,
  respectsLimits,
} from '../../../utils/outreach/limits-personal';
import { phrasesFor } from '../../../utils/outreach/phrases';

describe('parseLimits: scoped constraints in en, de, fr, es, pt-BR', () => {
  it.each([
    // English
    ['', [], [], []],
    ['not willing to relocate', ['relocation'], [], []],
    ['Relocation', ['relocation'], [], []],
    ['no evenings or weekends', ['weekends', 'evenings'], [], []],
    ['No weekend calls', ['calls-weekends'], [], []],
    ['No video calls', ['video'], [], []],
    ['no phone or video calls', ['calls', 'video'], [], []],
    ['no calls after 6pm', ['calls-evenings'], [], []],
    ['calls only on weekdays', ['calls-weekends'], [], []],
    ['No travel', ['travel'], [], []],
    ['Travel at most 2 days a month', ['travel-limited'], [], []],
    ['Not willing to leave Stockholm', ['relocation'], [], ['Stockholm']],
    ['Not willing to relocate from Boston; no travel', ['relocation', 'travel'], [], ['Boston']],
    ["I won't move to New York, Chicago or SF", ['relocation'], ['New York', 'Chicago', 'SF'], []],
    ["happy to work in Austin, but won't move to Dallas", ['relocation'], ['Dallas'], []],
    ['weekdays only', ['weekends'], [], []],
    ['business hours only', ['weekends', 'evenings'], [], []],
    ['remote only, no calls', ['relocation', 'calls', 'in-person'], [], []],
    ['part-time only', ['full-time'], [], []],
    ['No coffee, no lunches', ['coffee', 'meals'], [], []],
    ["don't want to manage people", ['management'], [], []],
    // German
    ['Ich ziehe nicht um. Keine Anrufe am Wochenende.', ['relocation', 'calls-weekends'], [], []],
    ['Keine Videoanrufe', ['video'], [], []],
    ['Keine Abendtermine.', ['evenings'], [], []],
    ['Ich will München nicht verlassen', ['relocation'], [], ['München']],
    ['Reisen höchstens 2 Tage im Monat', ['travel-limited'], [], []],
    // French
    ["Je ne veux pas déménager. Pas d'appels le soir.", ['relocation', 'calls-evenings'], [], []],
    ['Je ne veux pas quitter Lyon', ['relocation'], [], ['Lyon']],
    ['Pas de visio', ['video'], [], []],
    ['Pas de déplacements', ['travel'], [], []],
    // Spanish
    ['No quiero mudarme. Nada de llamadas los fines de semana.', ['relocation', 'calls-weekends'], [], []],
    ['No quiero dejar Madrid', ['relocation'], [], ['Madrid']],
    ['Sin videollamadas', ['video'], [], []],
    ['Sin viajes', ['travel'], [], []],
    // Portuguese (Brazil)
    ['Não quero me mudar. Sem ligações aos fins de semana.', ['relocation', 'calls-weekends'], [], []],
    ['Não quero sair de São Paulo', ['relocation'], [], ['São Paulo']],
    ['Viagens no máximo 10% do tempo', ['travel-limited'], [], []],
    // Negatives: positive clauses, goals in the limits field, other meanings of "move".
    ['(negative) happy to travel', [], [], []],
    ['(negative) I love mornings', [], [], []],
    ["(negative) I won't move into management", ['management'], [], []],
    ['(negative) Gerne Reisen', [], [], []],
  ])('%j', (text, excluded, places, stayIn) => {
    const parsed = parseLimits(text.replace('(negative) ', ''));
    expect(parsed.excluded).toEqual(excluded);
    expect(parsed.places).toEqual(places);
    expect(parsed.stayIn).toEqual(stayIn);
  });

  it('reads how much travel is allowed', () => {
    expect(parseLimits('Travel at most 2 days a month').travelMax).toEqual({ n: 2, unit: 'days', per: 'month' });
    expect(parseLimits('Viagens no máximo 10% do tempo').travelMax).toEqual({ n: 10, unit: 'percent' });
  });

  it('describes what it understood, for My profile', () => {
    expect(
      describeLimits(parseLimits('Not willing to leave Stockholm. No weekend calls, travel at most 2 trips a year')),
    ).toEqual(['No relocation', 'Travel at most 2 trips a year', 'No calls at weekends', 'Stays in Stockholm']);
  });
});

describe('forbid table (how a constraint shows in an English draft)', () => {
  it('has a pattern and a label for every constraint', () => {
    const pack = phrasesFor('en');
    for (const id of EXCLUSION_IDS) {
      expect(pack.forbid[id], id).toBeTruthy();
      expect(pack.limitLabels.ids[id], id).toBeTruthy();
    }
  });

  it('every limit mention respects its own constraint', () => {
    const lm = phrasesFor('en').limitMentions;
    for (const id of [
      'relocation',
      'travel',
      'calls-weekends',
      'calls-evenings',
      'calls-mornings',
      'weekends',
      'evenings',
      'mornings',
    ] as const)
      for (const text of lm[id]) expect(text, id).not.toMatch(forbidPattern(id));
  });

  it.each([
    ['not willing to relocate', "Open to relocating if there's a role", false],
    ['not willing to relocate', 'I moved to the platform team', true],
    ['not willing to relocate', 'Would you be open to a call?', true],
    ['No weekend calls', 'Could we talk on Saturday?', false],
    ['No weekend calls', 'Have a great weekend!', true],
    ['No video calls', 'a quick video call', false],
    ['No video calls', 'a 15-minute phone call', true],
    ['No video calls', 'a 15-minute call', false],
    ['no evenings or weekends', 'How about drinks after work?', false],
    ['No travel', "I could come to you next time I'm in town", false],
    ["I won't move to New York", 'Our team in New York is growing', false],
    ["I won't move to New York", 'Our team in Newark is growing', true],
  ])('%j: %j → %s', (limits, text, ok) => expect(respectsLimits(text, parseLimits(limits))).toBe(ok));
});

describe('goalConflicts', () => {
  it.each([
    ['Relocate to London for a bigger role', 'not willing to relocate', ['No relocation']],
    ['Move into an engineering manager role', 'not willing to relocate', []],
    ['Become an engineering manager', "I don't want to manage people", ['No people management']],
    ['Lead a team in Berlin', "won't move to Berlin", ['Will not move to Berlin']],
    ['(negative) Grow into a staff role', 'No travel', []],
  ])('%j with %j', (goal, limits, labels) => {
    expect(goalConflicts(goal.replace('(negative) ', ''), limits).map((c) => c.label)).toEqual(labels);
  });
});

describe('names: given name in the culture’s order, no titles, no shouting', () => {
  it.each([
    ['Ana Souza', 'Ana', 'Ana Souza'],
    ['Dr. Ana Souza, PhD (she/her) 🚀', 'Ana', 'Ana Souza'],
    ['Prof. Dr.-Ing. Jürgen Müller', 'Jürgen', 'Jürgen Müller'],
    ['Dipl.-Ing. Mag. Eva Gruber', 'Eva', 'Eva Gruber'],
    ['Jane Doe MBA CPA', 'Jane', 'Jane Doe'],
    ['J. Robert Smith', 'Robert', 'J. Robert Smith'],
    ['MARY-JANE O’NEIL', 'Mary-Jane', 'Mary-Jane O’Neil'],
    ['mary smith', 'Mary', 'Mary Smith'],
    ['Nguyễn Văn An', 'An', 'Nguyễn Văn An'],
    ['Trần Thị Mai', 'Mai', 'Trần Thị Mai'],
    ['Kim Min-jun', 'Min-jun', 'Kim Min-jun'],
    ['김민준', '민준', '김민준'],
    ['Nagy Péter', 'Péter', 'Nagy Péter'],
    ['Zhang Xiaoming', 'Xiaoming', 'Zhang Xiaoming'],
    ['Zhang Wei', 'Wei', 'Zhang Wei'],
    ['Pham Minh Chau', 'Chau', 'Pham Minh Chau'],
    ['Kim Minjun', 'Minjun', 'Kim Minjun'],
    ['Kovács Anna', 'Anna', 'Kovács Anna'],
    ['Robert "Bob" Smith', 'Bob', 'Robert "Bob" Smith'],
    ['Sir David Attenborough', 'David', 'David Attenborough'],
    ['Dr. med. Anna Schmidt', 'Anna', 'Anna Schmidt'],
    ['(negative) Wei Wang', 'Wei', 'Wei Wang'],
    ['(negative) Jin Park', 'Jin', 'Jin Park'],
    ['(negative) Lam Nguyen', 'Lam', 'Lam Nguyen'],
    ['(negative) Anna Kim', 'Anna', 'Anna Kim'],
    ['(negative) Mai Anh Nguyen', 'Mai', 'Mai Anh Nguyen'],
    ['Madonna', 'Madonna', 'Madonna'],
    ['\u200fمحمد علي\u200f', 'محمد', 'محمد علي'],
    ['王伟', '王伟', '王伟'],
    ['Chris Lee | Hiring!', 'Chris', 'Chris Lee'],
    // Negatives: Western order kept.
    ['(negative) Linh Tran', 'Linh', 'Linh Tran'],
    ['(negative) Lee Smith', 'Lee', 'Lee Smith'],
    ['(negative) Péter Nagy', 'Péter', 'Péter Nagy'],
    ['(negative) Mai Smith', 'Mai', 'Mai Smith'],
    ['(negative) JP Morgan', 'JP', 'JP Morgan'],
    ['(negative) DeShawn McDonald', 'DeShawn', 'DeShawn McDonald'],
    ['', '', ''],
    ['🚀', '', ''],
  ])('%j → %j', (raw, first, full) => {
    const name = raw.replace('(negative) ', '');
    expect(firstNameOf(name)).toBe(first);
    expect(cleanName(name)).toBe(full);
  });

  it.each([
    ['MARY', 'Mary'],
    ["O'NEIL", "O'Neil"],
    ['(negative) McDonald', 'McDonald'],
    ['(negative) AJ', 'AJ'],
  ])('fixCase %j → %j', (w, out) => expect(fixCase(w.replace('(negative) ', ''))).toBe(out));
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
    ['Explain our API to your team', 'explain our API to your team'],
    ['Data analysis, Python', 'help with data analysis, Python'],
    ['(negative: a noun, not a verb) Hiring for your team', 'help with hiring for your team'],
    ['', ''],
  ])('offer %j → %j', (offer, phrase) => expect(offerPhrase(offer.replace(/^\(negative[^)]*\) /, ''))).toBe(phrase));

  it.each([
    ['Kellogg School of Management', 'Kellogg'],
    ['University of California San Diego', 'UCSD'],
    ['Stripe, Inc.', 'Stripe'],
  ])('short name %j → %j', (name, short) => expect(shortName(name)).toBe(short));
});
