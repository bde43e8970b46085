import { describe, expect, it } from 'vitest';
import { suggestCuts } from '@/utils/outreach/cuts';

const sentences = [
  { text: 'Hi Ada!', importance: 3 },
  { text: 'Fellow Kellogg alum here.', importance: 3 },
  { text: 'I hope your week is going well.', importance: 0 },
  { text: 'I could help with your hiring push.', importance: 1 },
  { text: 'My goal is to lead a team.', importance: 2 },
  { text: 'Would you have 15 minutes for a call?', importance: 3 },
];
const text = sentences.map((s) => s.text).join(' ');

describe('suggestCuts', () => {
  it('suggests nothing when the text fits', () => {
    expect(suggestCuts(text, sentences, 500)).toEqual([]);
  });

  it.each([
    [text.length - 10, ['I hope your week is going well.']],
    [text.length - 40, ['I hope your week is going well.', 'I could help with your hiring push.']],
    [
      text.length - 80,
      ['I hope your week is going well.', 'I could help with your hiring push.', 'My goal is to lead a team.'],
    ],
  ])('to fit %i characters cuts the least important first', (limit, cuts) => {
    expect(suggestCuts(text, sentences, limit)).toEqual(cuts);
  });

  it('never suggests the greeting, opener or ask, and skips sentences the user already removed', () => {
    const edited = text.replace('I hope your week is going well. ', '');
    expect(suggestCuts(edited, sentences, 10)).toEqual([
      'I could help with your hiring push.',
      'My goal is to lead a team.',
    ]);
  });
});
