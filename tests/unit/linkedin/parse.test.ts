// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  companyOf,
  isDuration,
  parseDateRange,
  parseDegree,
  parseMutualCount,
  parsePronouns,
  placeOf,
  splitDegree,
} from '../../../utils/linkedin/parse';

describe('parseDateRange', () => {
  it.each([
    ['Dec 2019 - Present · 2 yrs 4 mos', { start: 'Dec 2019', end: 'Present', ongoing: true }],
    ['Jan 2014 - Dec 2017 · 4 yrs', { start: 'Jan 2014', end: 'Dec 2017', ongoing: false }],
    ['Jan 2014 to Dec 2017 · 4 yrs', { start: 'Jan 2014', end: 'Dec 2017', ongoing: false }],
    ['2014 - Jun 2019', { start: '2014', end: 'Jun 2019', ongoing: false }],
    ['Apr 2016 – Present', { start: 'Apr 2016', end: 'Present', ongoing: true }],
    ['May 2016 · 1 mo', { start: 'May 2016', end: undefined, ongoing: false }],
    ['janv. 2020 - aujourd’hui', { start: 'janv. 2020', end: 'aujourd’hui', ongoing: true }],
  ])('%s', (line, expected) => {
    expect(parseDateRange(line)).toEqual(expected);
  });
  it.each(['Kingston, ON, Canada', 'Google · Full-time', '5 yrs 11 mos', 'Class of 2019 alumni', 'Grade: 4.0/4.3'])(
    '(negative) %s is not a date range',
    (line) => {
      expect(parseDateRange(line)).toBeNull();
    },
  );
});

describe('line kinds', () => {
  it.each([
    ['5 yrs 11 mos', true],
    ['6 mos', true],
    ['1 yr', true],
    ['Guayaquil', false],
    ['Dec 2019 - Present', false],
  ])('isDuration(%s) = %s', (line, expected) => {
    expect(isDuration(line)).toBe(expected);
  });
  it.each([
    ['Google · Full-time', 'Google'],
    ['QWEB, Queen’s University Web Development', 'QWEB, Queen’s University Web Development'],
    ['Acme · Contract', 'Acme'],
  ])('companyOf(%s) = %s', (line, expected) => {
    expect(companyOf(line)).toBe(expected);
  });
  it.each([
    ['Haifa, Israel · Hybrid', 'Haifa, Israel'],
    ['Pune District, Maharashtra, India · On-site', 'Pune District, Maharashtra, India'],
    ['Remote', 'Remote'],
  ])('placeOf(%s) = %s', (line, expected) => {
    expect(placeOf(line)).toBe(expected);
  });
  it.each([
    ['Bachelor of Science - BS, Physics', { degree: 'Bachelor of Science - BS', field: 'Physics' }],
    [
      "Master's degree, Arts, Entertainment, and Media Management",
      { degree: "Master's degree", field: 'Arts, Entertainment, and Media Management' },
    ],
    ['MBA', { degree: 'MBA' }],
  ])('splitDegree(%s)', (line, expected) => {
    expect(splitDegree(line)).toEqual(expected);
  });
});

describe('top-card strings', () => {
  it.each([
    ['(She/Her)', 'She/Her'],
    ['He/Him', 'He/Him'],
    ['(they / them / theirs)', 'they/them/theirs'],
    ['Palo Alto, California', undefined],
    ['500+ connections', undefined],
  ])('parsePronouns(%s) = %s', (s, expected) => {
    expect(parsePronouns(s)).toBe(expected);
  });
  it.each([
    ['1st', '1st'],
    ['3rd degree connection', '3rd'],
    ['· 2nd', '2nd'],
    ['3rd+', '3rd'],
    ['Follow', undefined],
  ])('parseDegree(%s) = %s', (s, expected) => {
    expect(parseDegree(s)).toBe(expected);
  });
  it.each([
    ['Sudipta Dey, Mohan Krishna Raguthu, and 2 other mutual connections', undefined, 4],
    ['Ann Lee, Bo Chen, and 2 other mutual connections', 2, 4],
    ['Ann Lee is a mutual connection', undefined, 1],
    ['Ann Lee and Bo Chen are mutual connections', undefined, 2],
    ['16 Mutual Connections', undefined, 16],
    ['', undefined, undefined],
  ])('parseMutualCount(%s)', (s, names, expected) => {
    expect(parseMutualCount(s, names)).toBe(expected);
  });
});
