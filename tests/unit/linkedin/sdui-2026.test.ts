// @vitest-environment node
/**
 * 2026 SDUI pages of OTHER members in several UI languages (invented people mirroring the real
 * pages described in MARKUP.md "E, another member"): German 2nd degree with two degree
 * paragraphs and loaded lazy cards, French 1st degree whose buttons decide the degree, and a
 * `<main>`-only page in a language the tables lack (Indonesian), out of network.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';
import { loadFixture } from './fixture';

const KATRIN = 'https://www.linkedin.com/in/katrin-vogel-4711/';
const ELISE = 'https://fr.linkedin.com/in/elise-marchand/';
const HARUTO = 'https://www.linkedin.com/in/haruto-sato-jp/';
const read = (file: string, url: string) => readPage(loadFixture(file), url);
const katrin = () => read('sdui-2026-de-2nd-katrin-vogel.html', KATRIN);
const elise = () => read('sdui-2026-fr-1st-elise-marchand.html', ELISE);
const haruto = () => read('sdui-2026-ja-2nd-haruto-sato.html', HARUTO);
/** Saved as `<main>` only: the URL comes from the DOM (as `npm run inspect` does without --url). */
const budi = () =>
  read('sdui-2026-id-out-of-network-budi-santoso.html', 'https://www.linkedin.com/in/budi-santoso-88/');

describe('top cards of other members, any language', () => {
  it.each([
    ['de name', katrin, 'name', 'Katrin Vogel'],
    [
      'de headline (not the "· 2." badge)',
      katrin,
      'headline',
      'Leiterin Datenplattform bei Rheinwerk Energie | Mentorin für Quereinsteigerinnen',
    ],
    ['de degree: the bare paragraph, not the wrapped alternate', katrin, 'degree', '2nd'],
    ['de location', katrin, 'location', 'Köln, Nordrhein-Westfalen, Deutschland'],
    ['de followers "1.284 Follower:innen"', katrin, 'followers', 1284],
    ['de no connection count', katrin, 'connections', undefined],
    ['de mutual: two names and 5 more (network=F link)', katrin, 'mutualConnections', 7],
    ['fr degree: both wrapped, Message without Connect → 1st', elise, 'degree', '1st'],
    [
      'fr headline after pronouns and badges',
      elise,
      'headline',
      'Directrice produit chez Lumière Santé — j’aide les équipes à livrer',
    ],
    ['fr pronouns', elise, 'pronouns', 'Elle/Elle'],
    ['fr connections "500+" "relations" as two paragraphs in the link', elise, 'connections', 500],
    ['fr followers "2 045 abonnés"', elise, 'followers', 2045],
    ['fr no mutual count (the link is all connections)', elise, 'mutualConnections', undefined],
    ['ja degree "· 2次", the bare one', haruto, 'degree', '2nd'],
    ['ja headline', haruto, 'headline', '株式会社ミライ物流 シニアエンジニア｜分散システム'],
    ['ja location', haruto, 'location', '日本 東京都 渋谷区'],
    ['ja followers, word first "フォロワー1,204人"', haruto, 'followers', 1204],
    ['id name', budi, 'name', 'Budi Santoso'],
    ['id headline', budi, 'headline', 'Insinyur Perangkat Lunak di Nusantara Logistik'],
    ['id location before a contact link to "#"', budi, 'location', 'Surabaya, Jawa Timur, Indonesia'],
    ['id no badge on a card with Connect: out of network', budi, 'degree', 'out-of-network'],
    ['id connections "312" "koneksi" (unknown word)', budi, 'connections', 312],
    ['id slug from the name link (no canonical)', budi, 'slug', 'budi-santoso-88'],
  ] as const)('%s', (_label, get, field, expected) => {
    expect(get().profile?.[field]).toEqual(expected);
  });

  it.each([
    ['de', katrin],
    ['fr', elise],
    ['ja', haruto],
    ['id', budi],
  ] as const)('%s: a valid Profile of kind profile', (_l, get) => {
    const { page, profile } = get();
    expect(page).toMatchObject({ kind: 'profile', generation: 'sdui-2025' });
    expect(() => Profile.parse(profile)).not.toThrow();
  });

  it('(negative) the aside person is never read as the profile', () => {
    expect(JSON.stringify(katrin().profile)).not.toMatch(/Decoy/);
  });
});

describe('lazy cards of other members', () => {
  it('de: a grouped company gives one role each; its duration line "3 J.2 Mon." is not a company', () => {
    expect(katrin().profile?.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Leiterin Datenplattform', 'Rheinwerk Energie', 'Jan. 2024', 'heute'],
      ['Data Engineer', 'Rheinwerk Energie', 'Mai 2022', 'Dez. 2023'],
      ['Werkstudentin Analytics', 'Stadtwerke Lindenau', 'Okt. 2019', 'Apr. 2022'],
    ]);
    expect(katrin().profile?.experience[0]).toMatchObject({
      companyUrl: 'https://www.linkedin.com/company/90210/',
      location: 'Köln, Nordrhein-Westfalen, Deutschland',
    });
    expect(katrin().profile?.current).toMatchObject({ title: 'Leiterin Datenplattform', company: 'Rheinwerk Energie' });
  });
  it('de: schools with their links and degrees', () => {
    expect(katrin().profile?.education.map((e) => [e.school, e.schoolUrl, e.degree, e.field, e.start, e.end])).toEqual([
      [
        'Technische Universität München',
        'https://www.linkedin.com/school/15090/',
        'Master of Science - MS',
        'Informatik',
        '2017',
        '2019',
      ],
      ['Universität zu Köln', undefined, 'Bachelor of Science - BS', 'Wirtschaftsinformatik', '2013', '2017'],
    ]);
  });
  it('de: skills without their sub-lines ("2 Erfahrungen bei …", "Von 3 Personen bestätigt")', () => {
    expect(katrin().profile?.skills).toEqual(['Datenmodellierung', 'Apache Kafka']);
  });
  it('de: interests card with a random key, found by its /details/interests/ link; categories from the links', () => {
    expect(katrin().profile?.interests).toEqual([
      { name: 'Rheinwerk Energie', category: 'companies', url: 'https://www.linkedin.com/company/rheinwerk-energie/' },
      { name: 'Open Data Köln', category: 'companies', url: 'https://www.linkedin.com/company/open-data-koeln/' },
    ]);
  });
  it('fr: employment types ("CDI", "Temps plein") are not part of the company', () => {
    expect(elise().profile?.experience.map((e) => [e.title, e.company])).toEqual([
      ['Directrice produit', 'Lumière Santé'],
      ['Cheffe de produit', 'Banque Rhodanienne'],
    ]);
  });
  it('ja: CJK dates and durations, Japanese employment types, a grouped company', () => {
    expect(haruto().profile?.experience.map((e) => [e.title, e.company, e.start, e.end, e.current])).toEqual([
      ['シニアエンジニア', '株式会社ミライ物流', '2021年4月', '現在', true],
      ['エンジニア', '株式会社ミライ物流', '2019年10月', '2021年3月', undefined],
      ['インターン', 'さくらデータ株式会社', '2018年7月', '2018年9月', undefined],
    ]);
    expect(haruto().profile?.education).toEqual([
      {
        school: '東京大学',
        schoolUrl: 'https://www.linkedin.com/school/12345/',
        degree: '修士',
        field: '情報理工学',
        start: '2017',
        end: '2019',
      },
    ]);
  });
  it('id (no table): companies, roles and schools by structure; the total "3 thn 2 bln" is no place', () => {
    const { profile } = budi();
    expect(profile?.experience.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Insinyur Perangkat Lunak', 'Nusantara Logistik', 'Surabaya, Jawa Timur, Indonesia'],
      ['Analis Data', 'Nusantara Logistik', undefined],
      ['Pengembang Web', 'Kopi Kita', undefined],
    ]);
    expect(profile?.education.map((e) => e.school)).toEqual(['Institut Teknologi Sepuluh Nopember']);
  });
});

describe('one definition of the current role: the reader marks it', () => {
  it.each([
    ['de "heute"', katrin, ['Leiterin Datenplattform']],
    ['fr "aujourd’hui"', elise, ['Directrice produit']],
    ['id "Saat ini" (no table)', budi, ['Insinyur Perangkat Lunak']],
  ] as const)('%s', (_label, get, titles) => {
    const experience = get().profile?.experience ?? [];
    expect(experience.filter((e) => e.current).map((e) => e.title)).toEqual(titles);
    // (negative) ended roles carry no mark
    expect(experience.filter((e) => !e.current).every((e) => e.current === undefined)).toBe(true);
  });
});
