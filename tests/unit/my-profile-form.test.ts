import { describe, expect, it } from 'vitest';
import { rowsFor } from '@/components/MyProfileForm';
import { fromDraft, toDraft } from '@/utils/my-profile-form';

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
