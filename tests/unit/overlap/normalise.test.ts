/** The one normaliser: matching, tracker search and self import fold text the same way. */
import { describe, expect, it } from 'vitest';
import { fold as trackerFold } from '../../../utils/outreach/tracker';
import { fold } from '../../../utils/overlap/normalise';

describe('fold', () => {
  it.each([
    ['Ørsted', 'orsted'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Æon Ærø', 'aeon aero'],
    ['Hawaiʻi', 'hawaii'],
    ['São Paulo', 'sao paulo'],
    ['ﬁnance', 'finance'],
    ['Ｔｏｋｙｏ', 'tokyo'],
    ['İstanbul', 'istanbul'],
    ['King’s College', 'kings college'],
    ['AT&T', 'at and t'],
  ])('%s → %s', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });
  it('is the tracker search normaliser too', () => {
    expect(trackerFold).toBe(fold);
  });
});
