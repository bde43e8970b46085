// @vitest-environment jsdom
/** The per-language UI word tables (utils/linkedin/lang/) and the lookups built from them. */
import { describe, expect, it } from 'vitest';
import {
  activeLanguages,
  countKindOf,
  countWord,
  degreeWord,
  foldWord,
  interestTabOf,
  isDurationWords,
  isEmploymentWord,
  isPresentWord,
  isWorkplaceWord,
  LANGUAGES,
  needsUiWords,
  OTHER_LANGUAGES,
  sectionOfHeading,
} from '../../../utils/linkedin/lang';
import { parseDateRange } from '../../../utils/linkedin/parse';

const REQUIRED = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'tr', 'ja', 'zh'];

describe('language tables', () => {
  it('cover at least the languages the product promises, once each', () => {
    const codes = LANGUAGES.map((w) => w.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of REQUIRED) expect(codes).toContain(code);
  });

  it.each(LANGUAGES.map((w) => [w.code, w] as const))('%s: every list is filled', (_code, w) => {
    for (const list of [w.degree.first, w.degree.second, w.degree.third, w.followers, w.connections]) {
      expect(list.length).toBeGreaterThan(0);
    }
    for (const list of [w.durationUnits, w.present, w.employmentTypes, w.workplaceTypes]) {
      expect(list.length).toBeGreaterThan(0);
    }
    for (const section of ['experience', 'education', 'skills', 'interests'] as const) {
      expect(w.headings[section]?.length).toBeGreaterThan(0);
    }
    expect(Object.keys(w.interestTabs).length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.map((w) => [w.code, w] as const))('%s: each degree word reads as its own degree', (_c, w) => {
    for (const s of w.degree.first) expect(degreeWord(`· ${s}`)).toBe('1st');
    for (const s of w.degree.second) expect(degreeWord(`· ${s}`)).toBe('2nd');
    for (const s of w.degree.third) expect(degreeWord(`· ${s}`)).toBe('3rd');
  });

  it.each(LANGUAGES.map((w) => [w.code, w] as const))('%s: no word means two things', (_c, w) => {
    const follow = new Set(w.followers.map(foldWord));
    for (const c of w.connections) expect(follow.has(foldWord(c))).toBe(false);
    for (const s of w.present) expect(isEmploymentWord(s)).toBe(false);
  });

  it.each(LANGUAGES.map((w) => [w.code, w] as const))(
    '%s: every present word is an open end of a date range',
    (_c, w) => {
      for (const s of w.present) {
        expect(isPresentWord(s)).toBe(true);
        expect(parseDateRange(`2021 - ${s}`)).toMatchObject({ start: '2021', ongoing: true });
      }
    },
  );

  it.each(LANGUAGES.map((w) => [w.code, w] as const))('%s: every heading names its section', (_c, w) => {
    for (const [section, names] of Object.entries(w.headings)) {
      for (const n of names ?? []) expect(sectionOfHeading(n)).toBe(section);
    }
  });
});

describe('needsUiWords: the content script loads the other languages on a non-English page', () => {
  const doc = (lang: string | null) => {
    const d = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    if (lang !== null) d.documentElement.setAttribute('lang', lang);
    return d;
  };
  it.each([
    ['(negative) English with all tables in use', 'en', false],
    ['(negative) en-GB', 'en-GB', false],
    ['(negative) Polish, its table in use', 'pl', false],
    ['no lang (a <main>-only page)', null, true],
    ['a language without a table', 'id', true],
  ])('%s', (_label, lang, expected) => {
    expect(needsUiWords(doc(lang))).toBe(expected);
  });
  it('every table but English is in OTHER_LANGUAGES (what ui-words.js provides)', () => {
    expect(OTHER_LANGUAGES.map((w) => w.code)).toEqual(LANGUAGES.filter((w) => w.code !== 'en').map((w) => w.code));
    expect(activeLanguages()).toEqual(LANGUAGES.map((w) => w.code));
  });
});

describe('degreeWord', () => {
  it.each([
    ['· 2nd', '2nd'],
    ['· 2.', '2nd'],
    ['· 1er', '1st'],
    ['· 2:a', '2nd'],
    ['· 3次', '3rd'],
    ['· 二度', '2nd'],
    ['3rd+', '3rd'],
    ['· 2ª', '2nd'], // a language without a table: the lone digit still counts
    ['· 1.', '1st'],
  ])('%s → %s', (text, degree) => {
    expect(degreeWord(text)).toBe(degree);
  });
  it.each(['· 4th', '· 12', 'Senior Engineer', '· 2 years', '2024', '· Remote'])('(negative) %s', (text) => {
    expect(degreeWord(text)).toBeUndefined();
  });
});

describe('countWord', () => {
  it.each([
    ['followers', 'followers'],
    ['obserwujących', 'followers'],
    ['Follower:innen', 'followers'],
    ['位关注者', 'followers'],
    ['フォロワー', 'followers'],
    ['connections', 'connections'],
    ['kontaktów', 'connections'],
    ['kontakty', 'connections'],
    ['relations', 'connections'],
    ['bağlantı', 'connections'],
  ])('%s → %s', (word, kind) => {
    expect(countWord(word)).toBe(kind);
  });
  it.each(['posts', 'doświadczenia', 'years', ''])('(negative) %s', (word) => {
    expect(countWord(word)).toBeUndefined();
  });
});

describe('isDurationWords', () => {
  it.each([
    '5 yrs 11 mos',
    '6 mos',
    '1 rok1 mies.',
    '1 rok 1 mies.',
    '2 lata',
    '2 J. 3 Mon.',
    '3 ans 2 mois',
    '1 año 4 meses',
    '2 anos',
    '4 anni 1 mese',
    '3 jr 2 mnd',
    '2 år 3 mån',
    '1 yıl 2 ay',
    '2年3か月',
    '1年 4个月',
  ])('%s is a duration', (text) => {
    expect(isDurationWords(text)).toBe(true);
  });
  it.each([
    '3M',
    '1Password',
    '26 kontakty',
    '2 doświadczenia w Poczta Polska S. A. i 1 inna firma',
    'Poczta Polska S. A.',
    '7-Eleven',
    '2019',
    '',
  ])('(negative) %s is not a duration', (text) => {
    expect(isDurationWords(text)).toBe(false);
  });
});

describe('employment and workplace types', () => {
  it.each(['Full-time', 'Pełny etat', 'Umowa zlecenie/freelancing', 'Vollzeit', 'Temps plein', '正社員', 'Heltid'])(
    '%s is an employment type',
    (text) => {
      expect(isEmploymentWord(text)).toBe(true);
    },
  );
  it.each(['Google', 'Poczta Polska S. A.', 'Software Engineer'])('(negative) %s', (text) => {
    expect(isEmploymentWord(text)).toBe(false);
  });
  it.each(['Hybrid', 'Praca stacjonarna', 'À distance', 'リモート'])('%s is a workplace type', (text) => {
    expect(isWorkplaceWord(text)).toBe(true);
  });
  it.each(['Haifa, Israel', 'Rzeszów'])('(negative) %s', (text) => {
    expect(isWorkplaceWord(text)).toBe(false);
  });
});

describe('headings and tabs', () => {
  it.each([
    ['Doświadczenie', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['職歴', 'experience'],
    ['Zainteresowania', 'interests'],
    ['Umiejętności', 'skills'],
    ['Formation', 'education'],
  ])('%s → %s', (text, section) => {
    expect(sectionOfHeading(text)).toBe(section);
  });
  it.each(['Featured', 'Polecane', 'People you may know'])('(negative) heading %s', (text) => {
    expect(sectionOfHeading(text)).toBeUndefined();
  });
  it.each([
    ['Firmy', 'companies'],
    ['Biuletyny', 'newsletters'],
    ['Top Voices', 'topVoices'],
    ['Entreprises', 'companies'],
    ['学校', 'schools'],
  ])('tab %s → %s', (label, tab) => {
    expect(interestTabOf(label)).toBe(tab);
  });
  it.each(['Posts', 'Komentarze'])('(negative) tab %s', (label) => {
    expect(interestTabOf(label)).toBeUndefined();
  });
});

describe('countKindOf', () => {
  it.each([
    ['1,234 followers', 'followers'],
    ['500+ Kontakte', 'connections'],
    ['153 obserwujących', 'followers'],
    ['フォロワー1,204人', 'followers'],
    ['3 663 位关注者', 'followers'],
  ])('%s → %s', (text, kind) => {
    expect(countKindOf(text)).toBe(kind);
  });
  it.each(['12 mutual connections', '26 koneksi', 'Software Engineer'])('(negative) %s', (text) => {
    expect(countKindOf(text)).toBeUndefined();
  });
});
