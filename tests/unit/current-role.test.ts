// @vitest-environment node
/** `isCurrentRole` (utils/linkedin/current-role.ts): the one definition matching, fit and drafts read. */
import { describe, expect, it } from 'vitest';
import { isCurrentRole } from '../../utils/linkedin/current-role';

describe('isCurrentRole', () => {
  it.each([
    ['the reader’s mark', { title: 'CTO', current: true }, true],
    ['an unmarked stored role ending "Present"', { end: 'Present' }, true],
    ['an unmarked stored role ending "obecnie"', { end: 'obecnie' }, true],
    ['an unmarked stored role ending "現在"', { end: '現在' }, true],
    ['(negative) a role ending in a date', { end: 'Dec 2019' }, false],
    ['(negative) a role ending "2019年3月"', { end: '2019年3月' }, false],
    ['(negative) a role with no end', { title: 'Founder' }, false],
    ['(negative) the mark says no, whatever the end word', { end: 'Present', current: false }, false],
  ])('%s → %s', (_label, role, expected) => {
    expect(isCurrentRole(role)).toBe(expected);
  });
});
