// @vitest-environment node
/**
 * Real saved LinkedIn pages (../shared/linkedin/pages, present in CI): the reader must return
 * exactly what a person sees on them. Skipped with a message on a plain clone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isPageFor, readPage } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';

const PAGES = path.resolve(__dirname, '../../../../shared/linkedin/pages');
const present = fs.existsSync(PAGES);
if (!present) console.warn(`real-pages.test.ts: ${PAGES} not found — skipping the real LinkedIn page tests.`);

const cache = new Map<string, Document>();
function page(name: string): Document {
  let doc = cache.get(name);
  if (!doc) {
    doc = new JSDOM(fs.readFileSync(path.join(PAGES, name), 'utf8')).window.document;
    cache.set(name, doc);
  }
  return doc;
}

const B = 'https://www.linkedin.com/in/austinoboyle/';
const C = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';

describe.skipIf(!present)('real page b-2022-03-other.html (pvs-2022, 3rd degree)', () => {
  const read = () => readPage(page('b-2022-03-other.html'), B);
  it('is a pvs-2022 profile and a valid Profile', () => {
    const { page: info, profile } = read();
    expect(info).toMatchObject({ kind: 'profile', generation: 'pvs-2022', slug: 'austinoboyle' });
    expect(() => Profile.parse(profile)).not.toThrow();
  });
  it('top card', () => {
    expect(read().profile).toMatchObject({
      name: "Austin O'Boyle",
      headline: 'Software Engineer at Google',
      location: 'Palo Alto, California, United States',
      degree: '3rd',
      followers: 726,
      connections: 500,
      current: { title: 'Software Engineer', company: 'Google', companyUrl: 'https://www.linkedin.com/company/1441/' },
    });
    expect(read().profile?.about).toMatch(/^I am a graduate of Queen's University/);
  });
  it('every company, title and school shown', () => {
    const { profile } = read();
    expect(profile?.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Software Engineer', 'Google', 'Dec 2019', 'Present'],
      ['Software Engineer', 'Bounced Inc.', 'Sep 2018', 'Dec 2019'],
      ['Project Manager', "QWEB, Queen's University Web Development", 'Sep 2018', 'Apr 2019'],
      ['Undergraduate Student Researcher | Controls & Navigation', "Queen's University", 'Sep 2018', 'Apr 2019'],
      ['Software Engineer - Satellite', "Queen's Space Engineering Team", 'Aug 2018', 'Apr 2019'],
    ]);
    expect(profile?.education).toEqual([
      {
        school: "Queen's University",
        schoolUrl: 'https://www.linkedin.com/company/6926/',
        degree: 'Bachelor of Science - BS',
        field: 'Physics',
        start: '2014',
        end: '2019',
      },
      { school: 'Don Mills Collegiate Institute', start: '2010', end: '2014' },
    ]);
  });
  it('visible skills, every interests tab, volunteering, causes, languages', () => {
    const { profile } = read();
    expect(profile?.skills).toEqual(['Python', 'React.js', 'Node.js']);
    expect(profile?.interests.map((i) => [i.category, i.name])).toEqual([
      ['companies', 'Bounced Inc.'],
      ['companies', 'SolarCity'],
      ['groups', 'CS50'],
      ['groups', "Alma Mater Society, Queen's University"],
      ['schools', "Queen's University"],
    ]);
    expect(profile?.volunteering).toEqual([
      { role: 'Peer Buddy', organization: 'Best Buddies Canada' },
      { role: 'Volunteer', organization: 'Gaels Care', cause: 'Education' },
    ]);
    expect(profile?.causes).toEqual(['Animal Welfare', 'Children', 'Education', 'Health', 'Science and Technology']);
    expect(profile?.languages).toEqual(['English']);
  });
  it.each([
    ['austinoboyle', true],
    ['(negative) eduardo-alvarez-nowak', false],
  ])('isPageFor %s', (slug, expected) => {
    expect(isPageFor(page('b-2022-03-other.html'), slug.replace('(negative) ', ''))).toBe(expected);
  });
});

describe.skipIf(!present)('real page b-2022-03-other-details-experience.html (details)', () => {
  it('reads all 12 roles, the grouped company as two roles', () => {
    const { page: info, profile } = readPage(
      page('b-2022-03-other-details-experience.html'),
      `${B}details/experience/`,
    );
    expect(info).toMatchObject({ kind: 'details', generation: 'details', section: 'experience' });
    expect(profile?.name).toBe("Austin O'Boyle");
    expect(profile?.experience.map((e) => [e.title, e.company])).toEqual([
      ['Software Engineer', 'Google'],
      ['Software Engineer', 'Bounced Inc.'],
      ['Project Manager', "QWEB, Queen's University Web Development"],
      ['Undergraduate Student Researcher | Controls & Navigation', "Queen's University"],
      ['Software Engineer - Satellite', "Queen's Space Engineering Team"],
      ['Software Engineer', "Queen's Centre for Advanced Computing"],
      ['Teaching Assistant | Linear Algebra', "Queen's University"],
      ['Site Supervisor', 'Pedalheads Bike Camps Inc.'],
      ['Staff Trainer', 'Pedalheads Bike Camps Inc.'],
      ['Student Teacher', 'Toronto District School Board'],
      ['Camp Counselor', 'Pedalheads Bike Camps Inc.'],
      ['Program Assistant', 'Best Buddies Canada'],
    ]);
    expect(profile?.experience[7]).toMatchObject({
      companyUrl: 'https://www.linkedin.com/company/2513242/',
      location: 'Toronto, Canada Area',
      start: 'Jun 2016',
      end: 'Aug 2016',
    });
  });
});

describe.skipIf(!present)('real page c-2024-07-other.html (pvs-2024-07, out of network)', () => {
  const read = () => readPage(page('c-2024-07-other.html'), C);
  it('top card', () => {
    const { page: info, profile } = read();
    expect(info).toMatchObject({ kind: 'profile', generation: 'pvs-2024-07' });
    expect(() => Profile.parse(profile)).not.toThrow();
    expect(profile).toMatchObject({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      location: 'Greater Stockholm Metropolitan Area',
      degree: 'out-of-network',
      followers: 594,
      connections: 500,
      current: { title: 'Tech Education Team Lead', company: 'Novare Potential' },
    });
    expect(profile?.about).toMatch(/^Tech lover since young/);
  });
  it('every company, title and school shown; grouped companies split into roles', () => {
    const { profile } = read();
    expect(profile?.experience.map((e) => [e.title, e.company])).toEqual([
      ['Tech Education Team Lead', 'Novare Potential'],
      ['Research Engineer', 'KTH Royal Institute of Technology'],
      ['Head Of Digital Media', 'CheVera Producción Sólida'],
      ['General Manager', 'Bu Multimedia'],
      ['Project Lead', 'Bu Multimedia'],
      ['Head of the Digital Media Department', 'TC Television'],
      ['Front End Lead', 'TC Television'],
    ]);
    expect(profile?.education.map((e) => [e.school, e.degree, e.field, e.start, e.end])).toEqual([
      [
        'KTH Royal Institute of Technology',
        "Master's degree",
        'Arts, Entertainment, and Media Management',
        '2019',
        '2021',
      ],
      ['Universidad de Guayaquil', "Bachelor's degree", 'Graphic Design', '2008', '2012'],
    ]);
  });
  it('visible skills, all five interests tabs, volunteering, languages', () => {
    const { profile } = read();
    expect(profile?.skills).toEqual(['Digital Marketing Media', 'Agile Project Management']);
    expect(profile?.interests.map((i) => [i.category, i.name])).toEqual([
      ['topVoices', '⚡️Dora Palfi'],
      ['topVoices', 'Simon Sinek'],
      ['companies', 'KTH Royal Institute of Technology'],
      ['companies', 'H&M'],
      ['groups', 'KTH Media Management Alumni'],
      ['groups', 'Inicio Community'],
      ['newsletters', 'CareerSesh'],
      ['schools', 'Novare Leadership Academy'],
      ['schools', 'Beetroot Academy'],
    ]);
    expect(profile?.interests.find((i) => i.name === 'Beetroot Academy')?.url).toBe(
      'https://www.linkedin.com/school/15159023/',
    );
    expect(profile?.volunteering).toEqual([
      { role: 'Mentor', organization: 'Inicio', cause: 'Science and Technology' },
    ]);
    expect(profile?.languages).toEqual(['English', 'Spanish']);
  });
});

const E2 = 'https://www.linkedin.com/in/prafful026/';

describe.skipIf(!present)(
  'real page e-2026-04-other-2nd.html (sdui-2025, another member, 2nd degree, English UI)',
  () => {
    const read = () => readPage(page('e-2026-04-other-2nd.html'), E2);
    it('is an sdui-2025 profile and a valid Profile', () => {
      const { page: info, profile } = read();
      expect(info).toMatchObject({ kind: 'profile', generation: 'sdui-2025', slug: 'prafful026' });
      expect(() => Profile.parse(profile)).not.toThrow();
    });
    it('top card: the headline is not the "· 2nd" badge, the degree is the bare paragraph', () => {
      expect(read().profile).toMatchObject({
        name: 'Prafful Agrawal',
        headline: 'Senior Software Engineer @ Mercari, Japan',
        location: 'Tokyo, Japan',
        degree: '2nd',
        followers: 3663,
        mutualConnections: 4,
        current: { company: 'Mercari, Inc.' },
      });
      // The top card shows no connection count for this member.
      expect(read().profile?.connections).toBeUndefined();
      expect(read().profile?.education).toEqual([
        { school: 'ABV-Indian Institute of Information Technology and Management' },
      ]);
      expect(read().profile?.about).toMatch(/^I’m good at figuring things out\./);
    });
    it('(negative) lazy cards still empty in this capture: no invented experience, skills or interests', () => {
      const { profile } = read();
      expect([profile?.experience, profile?.skills, profile?.interests]).toEqual([[], [], []]);
    });
  },
);

describe.skipIf(!present)('real page e-2026-05-pl-3rd.html (sdui-2025, Polish UI, <main> only, 3rd degree)', () => {
  // Saved as <main> only: no canonical link; the URL comes from the page, as `npm run inspect` finds it.
  const read = () =>
    readPage(page('e-2026-05-pl-3rd.html'), 'https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250/');
  it('names its own profile without a canonical link', () => {
    expect(isPageFor(page('e-2026-05-pl-3rd.html'), 'szymon-nędza-31a654250')).toBe(true);
  });
  it('top card, nothing shifted', () => {
    const { page: info, profile } = read();
    expect(info).toMatchObject({ kind: 'profile', generation: 'sdui-2025', slug: 'szymon-nędza-31a654250' });
    expect(() => Profile.parse(profile)).not.toThrow();
    expect(profile).toMatchObject({
      name: 'Szymon Nędza',
      headline: 'Listonsz w firmie Poczta Polska S. A.',
      location: 'Trzebownisko, Woj. Podkarpackie, Polska',
      degree: '3rd',
      followers: 28,
      connections: 26,
      current: { company: 'Poczta Polska S. A.', companyUrl: 'https://www.linkedin.com/company/21790/' },
    });
  });
  it('Experience: the grouped company’s duration line "1 rok1 mies." is not a company; each role is one of that company', () => {
    expect(read().profile?.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Pracownik ds. Masowych Nadawców', 'Poczta Polska S. A.', 'maj 2025', 'obecnie'],
      ['Listonsz', 'Poczta Polska S. A.', 'lut 2026', 'mar 2026'],
      ['Magazynier', 'FRAC Sp z o. o.', 'kwi 2023', 'mar 2025'],
      ['Kasjer-Sprzedawca', 'Stokrotka Sp. z o.o.', 'cze 2022', 'wrz 2022'],
    ]);
  });
  it('Skills without their sub-lines; Interests from the rendered tab', () => {
    const { profile } = read();
    expect(profile?.skills).toEqual(['Budowanie relacji', 'Relacje z klientami']);
    expect(profile?.interests.map((i) => [i.category, i.name])).toEqual([
      ['companies', 'Poczta Polska S. A.'],
      ['companies', 'Wolt'],
    ]);
  });
});

describe.skipIf(!present)('real negative pages', () => {
  it.each([
    ['neg-authwall.html', 'authwall'],
    ['neg-bot-check.html', 'blocked'],
    ['neg-not-found.html', 'not-found'],
  ])('%s → %s', (file, kind) => {
    const { page: info, profile } = readPage(page(file), 'https://www.linkedin.com/in/someone-test/');
    expect(info.kind).toBe(kind);
    expect(profile).toBeNull();
    expect(info.message).toMatch(/^Common Ground could not read this page: /);
  });
});
