import { describe, expect, it } from 'vitest';
import { rowsFor } from '@/components/MyProfileForm';
import { fromDraft, limitsReport, splitPageLink, toDraft } from '@/utils/my-profile-form';

const empty = toDraft(null);

describe('My profile form', () => {
  it('turns one entry per line into lists, dropping blank lines and trimming', () => {
    const r = fromDraft({
      ...empty,
      name: ' Rosa ',
      schools: 'UCSD\n\n  Kellogg School of Management  \n',
      limits: 'No relocation',
    });
    expect(r).toEqual({
      ok: true,
      me: expect.objectContaining({
        name: 'Rosa',
        schools: ['UCSD', 'Kellogg School of Management'],
        limits: 'No relocation',
        hometowns: [],
      }),
    });
  });

  it('round-trips a stored profile through the form', () => {
    const r = fromDraft({ ...empty, interests: 'Road cycling\nk8s', employers: 'Acme' });
    if (!r.ok) throw new Error('expected ok');
    expect(fromDraft(toDraft(r.me))).toEqual(r);
  });

  it.each([
    ['a number as a school', { schools: 'UCSD\n12345' }, 'schools', '“12345”: Must contain a letter'],
    ['an over-long employer', { employers: 'x'.repeat(201) }, 'employers', 'Too long'],
    ['an over-long name', { name: 'n'.repeat(201) }, 'name', 'Too long'],
  ])('rejects %s with an inline error on that field', (_label, change, field, message) => {
    const r = fromDraft({ ...empty, ...change });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field as keyof typeof r.errors]).toContain(message);
  });
});

describe('list fields grow with their entries', () => {
  it.each([
    ['empty', '', 3],
    ['one entry', 'UCSD', 3],
    ['four entries and a line for the next', 'a\nb\nc\nd', 5],
    ['at most 30 rows (then it scrolls)', Array.from({ length: 50 }, (_, i) => `School ${i}`).join('\n'), 30],
  ])('%s', (_label, value, rows) => {
    expect(rowsFor(value)).toBe(rows);
  });
});

describe('limits report on save', () => {
  it('shows what the limits mean and a goal they rule out, never dropping it silently', () => {
    const r = fromDraft({
      ...empty,
      goals: 'Relocate to London for a bigger role\nMove into a product leadership role',
      limits: 'Not willing to relocate. No weekend calls.',
      proudOf: 'Cut checkout latency by 40%\n\nLed the billing migration',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.me.proudOf).toEqual(['Cut checkout latency by 40%', 'Led the billing migration']);
    const report = limitsReport(r.me);
    expect(report.understood).toEqual(['No relocation', 'No calls at weekends']);
    expect(report.conflicts).toEqual([
      'Your goal “Relocate to London for a bigger role” conflicts with your limit “No relocation”. Drafts leave this goal out until you change one of them.',
    ]);
  });

  it('(negative) a goal that only says "move into" is no conflict', () => {
    const r = fromDraft({ ...empty, goals: 'Move into a product leadership role', limits: 'not willing to relocate' });
    if (!r.ok) throw new Error('expected ok');
    expect(limitsReport(r.me).conflicts).toEqual([]);
  });
});

describe('LinkedIn pages after a bar', () => {
  it.each([
    ['Stanford University', { name: 'Stanford University' }],
    [
      'Stanford University | https://www.linkedin.com/school/stanford-university/',
      { name: 'Stanford University', page: 'https://www.linkedin.com/school/stanford-university/' },
    ],
    ['Acme|linkedin.com/company/77?trk=x', { name: 'Acme', page: 'https://www.linkedin.com/company/77/' }],
    // negatives: a bar without a LinkedIn link is part of the name; a LinkedIn link that is no school or company
    ['Arts | Crafts', { name: 'Arts | Crafts' }],
    [
      'Acme | https://www.linkedin.com/in/rosa/',
      { name: 'Acme', error: '“https://www.linkedin.com/in/rosa/” is not a LinkedIn school or company page' },
    ],
  ])('%s', (line, out) => {
    expect(splitPageLink(line)).toEqual(out);
  });

  it('keeps the pages beside plain entries and round-trips them', () => {
    const r = fromDraft({
      ...empty,
      schools: 'UCSD | https://www.linkedin.com/school/2842/\nKellogg School of Management',
      employers: 'Acme | https://www.linkedin.com/company/acme/',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.me.schools).toEqual(['UCSD', 'Kellogg School of Management']);
    expect(r.me.schoolPages).toEqual({ UCSD: 'https://www.linkedin.com/school/2842/' });
    expect(r.me.employerPages).toEqual({ Acme: 'https://www.linkedin.com/company/acme/' });
    expect(toDraft(r.me).schools).toBe('UCSD | https://www.linkedin.com/school/2842/\nKellogg School of Management');
    expect(fromDraft(toDraft(r.me))).toEqual(r);
  });

  it('shows a bad link on its list', () => {
    const r = fromDraft({ ...empty, employers: 'Acme | https://www.linkedin.com/feed/' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.employers).toContain('not a LinkedIn school or company page');
  });
});
