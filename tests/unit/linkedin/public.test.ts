// @vitest-environment node
/**
 * The logged-out public-page reader on hand-made fixtures of invented people
 * (tests/fixtures/linkedin/public-*.html) and on the real f-2024-03-public.html when ../shared is present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ldDate, publicReader } from '../../../utils/linkedin/generations/public';
import { isMasked, readLdPerson, splitAlumniOf, unmasked } from '../../../utils/linkedin/json-ld';
import { PUBLIC_SELECTORS } from '../../../utils/linkedin/selectors/public';
import { Profile } from '../../../utils/schema';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/linkedin');
const PAGES = path.resolve(ROOT, '../shared/linkedin/pages');

function load(file: string, url: string): Document {
  return new JSDOM(fs.readFileSync(file, 'utf8'), { url }).window.document;
}
const fixture = (name: string, url: string) => load(path.join(FIXTURES, name), url);

const SOFIA = 'https://es.linkedin.com/in/sofia-marquez-ux';
const LARS = 'https://dk.linkedin.com/in/lars-holm-dk';

describe('publicReader on a public page (public-sofia-marquez)', () => {
  const doc = fixture('public-sofia-marquez.html', SOFIA);
  const { profile, isSelf } = publicReader.read(doc, SOFIA);

  it('reads DOM and JSON-LD; grouped roles are separate roles; broken JSON-LD and the aside are ignored', () => {
    expect(isSelf).toBe(false);
    expect(profile).toEqual(
      Profile.parse({
        url: 'https://www.linkedin.com/in/sofia-marquez-ux/',
        slug: 'sofia-marquez-ux',
        name: 'Sofía Márquez',
        headline: 'Head of Product at Brightwave Health · ex-Tessera',
        location: 'Madrid, Community of Madrid, Spain',
        followers: 1873,
        connections: 500,
        about: 'I turn clinical workflows into products people like to use.\nRunner, amateur ceramicist.',
        current: {
          title: 'Head of Product',
          company: 'Brightwave Health',
          companyUrl: 'https://www.linkedin.com/company/brightwave-health/',
        },
        experience: [
          {
            title: 'Head of Product',
            company: 'Brightwave Health',
            companyUrl: 'https://www.linkedin.com/company/brightwave-health/',
            location: 'Madrid, Community of Madrid, Spain',
            start: 'Jan 2023',
            end: 'Present',
          },
          {
            title: 'Senior Product Manager',
            company: 'Brightwave Health',
            companyUrl: 'https://www.linkedin.com/company/brightwave-health/',
            start: 'Mar 2021',
            end: 'Dec 2022',
          },
          { title: 'UX Designer', company: 'Tessera Labs', location: 'Barcelona', start: 'Jan 2016', end: 'Feb 2021' },
        ],
        education: [
          {
            school: 'Universidad Complutense de Madrid',
            schoolUrl: 'https://www.linkedin.com/school/universidad-complutense-de-madrid/',
            degree: "Bachelor's degree",
            field: 'Psychology',
            start: '2008',
            end: '2013',
          },
          { school: 'Escuela de Cerámica de La Moncloa', field: 'Ceramics', end: '2019' },
        ],
        volunteering: [{ role: 'Organizer', organization: 'Madrid Product Meetup', cause: 'Education' }],
        languages: ['Spanish', 'English', 'Catalan'],
      }),
    );
  });

  it('never reads the sign-in modal inside the top card or the people-also-viewed aside', () => {
    expect(JSON.stringify(profile)).not.toMatch(/Email or phone|Sign in|Decoy|Contact Info/);
  });

  it('leaves the degree undefined: a logged-out visitor has none', () => expect(profile.degree).toBeUndefined());
});

describe('publicReader on a masked 2025-26 page (public-lars-holm-masked)', () => {
  const doc = fixture('public-lars-holm-masked.html', LARS);
  const { profile } = publicReader.read(doc, LARS);

  it('leaves masked titles out, keeps companies, dates and the surviving headline', () => {
    expect(profile).toEqual(
      Profile.parse({
        url: 'https://www.linkedin.com/in/lars-holm-dk/',
        slug: 'lars-holm-dk',
        name: 'Lars Holm',
        headline: 'Wind turbine engineer who likes spreadsheets',
        location: 'Aarhus, Central Denmark Region, Denmark',
        followers: 96,
        connections: 87,
        current: { company: 'Fjordlys', companyUrl: 'https://www.linkedin.com/company/fjordlys/' },
        experience: [
          {
            company: 'Fjordlys',
            companyUrl: 'https://www.linkedin.com/company/fjordlys/',
            start: 'maj 2020',
            end: 'nu',
          },
          {
            company: 'Vindkraft A/S',
            companyUrl: 'https://www.linkedin.com/company/vindkraft/',
            location: 'Esbjerg',
            start: 'sep. 2014',
            end: 'apr. 2020',
          },
        ],
        // No Education section: the schools of JSON-LD alumniOf (EducationalOrganization), not its employers.
        education: [
          {
            school: 'Aarhus University',
            schoolUrl: 'https://www.linkedin.com/school/aarhus-university/',
            start: '2009',
            end: '2014',
          },
          { school: 'Aarhus Katedralskole', end: '2009' },
        ],
      }),
    );
  });

  it('falls back to JSON-LD worksFor + alumniOf employers when the DOM has no Experience section', () => {
    const copy = fixture('public-lars-holm-masked.html', LARS);
    copy.querySelector(PUBLIC_SELECTORS.experience)?.remove();
    const read = publicReader.read(copy, LARS).profile;
    expect(read.experience).toEqual([
      {
        company: 'Fjordlys',
        companyUrl: 'https://www.linkedin.com/company/fjordlys/',
        start: 'May 2020',
        end: 'Present',
      },
      {
        company: 'Vindkraft A/S',
        companyUrl: 'https://www.linkedin.com/company/vindkraft/',
        location: 'Esbjerg',
        start: 'Sep 2014',
        end: 'Apr 2020',
      },
    ]);
    expect(read.current).toEqual({ company: 'Fjordlys', companyUrl: 'https://www.linkedin.com/company/fjordlys/' });
    expect(JSON.stringify(read)).not.toContain('*');
  });

  it('never outputs an asterisk run anywhere', () => expect(JSON.stringify(profile)).not.toContain('**'));
});

describe('publicReader with the JSON-LD only, or the DOM only', () => {
  it('reads name, location, followers, languages and about from JSON-LD when the DOM is empty', () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'public-sofia-marquez.html'), 'utf8');
    const headOnly = html.replace(/<body>[\s\S]*<\/body>/, '<body></body>');
    const doc = new JSDOM(headOnly, { url: SOFIA }).window.document;
    expect(publicReader.detect(doc, SOFIA)).toBe(true);
    expect(publicReader.read(doc, SOFIA).profile).toMatchObject({
      name: 'Sofía Márquez',
      location: 'Madrid, Community of Madrid, Spain',
      followers: 1873,
      about: 'Product lead in digital health.\nRunner, amateur ceramicist.',
      languages: ['Spanish', 'English'],
      current: {
        title: 'Head of Product',
        company: 'Brightwave Health',
        companyUrl: 'https://www.linkedin.com/company/brightwave-health/',
      },
      education: [
        {
          school: 'Universidad Complutense de Madrid',
          schoolUrl: 'https://www.linkedin.com/school/universidad-complutense-de-madrid/',
          start: '2008',
          end: '2013',
        },
      ],
    });
  });

  it('reads the DOM when every JSON-LD block fails to parse', () => {
    const html = fs
      .readFileSync(path.join(FIXTURES, 'public-sofia-marquez.html'), 'utf8')
      .replace(/"@graph":\[/, '"@graph":[,');
    const doc = new JSDOM(html, { url: SOFIA }).window.document;
    expect(readLdPerson(doc.querySelectorAll(PUBLIC_SELECTORS.jsonLd))).toBeNull();
    const { profile } = publicReader.read(doc, SOFIA);
    expect(profile.name).toBe('Sofía Márquez');
    expect(profile.experience).toHaveLength(3);
    // Without JSON-LD's follower count, the English words tell the counts apart.
    expect([profile.followers, profile.connections]).toEqual([1873, 500]);
  });
});

describe('JSON-LD helpers', () => {
  it.each([
    ['masked run', '*********', true],
    ['masked inside text', 'Head of ***** at Acme', true],
    ['not: plain title', 'Head of Product', false],
    ['not: a single footnote asterisk', 'Engineer*', false],
    ['not: empty', '', false],
  ])('isMasked %s', (_label, text, expected) => expect(isMasked(text)).toBe(expected));

  it.each([
    ['keeps a plain string', 'Head of Product', 'Head of Product'],
    ['drops a masked string', '*****', undefined],
    ['drops a non-string', { name: 'x' }, undefined],
    ['reads a number as text', 2019, '2019'],
  ])('unmasked %s', (_label, value, expected) => expect(unmasked(value)).toBe(expected));

  it.each([
    ['year-month', '2021-07', 'Jul 2021'],
    ['integer year', 2019, '2019'],
    ['not: garbage', 'soon', undefined],
    ['not: missing', undefined, undefined],
  ])('ldDate %s', (_label, value, expected) => expect(ldDate(value)).toBe(expected));

  it('splits alumniOf by @type into schools and employers', () => {
    const { schools, employers } = splitAlumniOf({
      alumniOf: [
        { '@type': 'Organization', name: 'Acme' },
        { '@type': 'EducationalOrganization', name: 'Uni' },
      ],
    });
    expect(schools.map((s) => s.name)).toEqual(['Uni']);
    expect(employers.map((s) => s.name)).toEqual(['Acme']);
  });
});

const OTHER_GENERATIONS = [
  'b-2022-03-other.html',
  'b-2022-03-other-details-experience.html',
  'c-2024-07-other.html',
  'e-2026-self.html',
  'neg-authwall.html',
  'neg-bot-check.html',
  'neg-not-found.html',
];

describe('publicReader.detect', () => {
  it.each([
    ['public page', 'public-sofia-marquez.html', SOFIA, true],
    ['masked public page', 'public-lars-holm-masked.html', LARS, true],
    ['not: SDUI other member', 'sdui-amara-okafor.html', 'https://www.linkedin.com/in/amara-okafor/', false],
    ['not: SDUI self view', 'sdui-jonas-berg-self.html', 'https://www.linkedin.com/in/jonas-berg-42/', false],
  ])('%s', (_label, file, url, expected) => {
    expect(publicReader.detect(fixture(file, url), url)).toBe(expected);
  });

  it('not: a JSON-LD block of another type (a post page)', () => {
    const doc = new JSDOM(
      '<script type="application/ld+json">{"@type":"SocialMediaPosting","author":{"@type":"Person","name":"A"}}</script>',
    ).window.document;
    expect(publicReader.detect(doc, SOFIA)).toBe(false);
  });

  const present = OTHER_GENERATIONS.filter((f) => fs.existsSync(path.join(PAGES, f)));
  it.skipIf(!present.length).each(present)('not: real page %s', (file) => {
    const url = 'https://www.linkedin.com/in/someone/';
    expect(publicReader.detect(load(path.join(PAGES, file), url), url)).toBe(false);
  });
});

describe('PUBLIC_SELECTORS match counts on the fixtures', () => {
  const docs: Record<string, Document> = {
    sofia: fixture('public-sofia-marquez.html', SOFIA),
    lars: fixture('public-lars-holm-masked.html', LARS),
  };
  it.each([
    ['jsonLd', 'sofia', 2],
    ['jsonLd', 'lars', 1],
    ['topCard', 'sofia', 1],
    ['name', 'sofia', 1],
    ['headline', 'lars', 1],
    ['sublineRow', 'sofia', 2],
    ['sublineItem', 'sofia', 4],
    ['sublineItem', 'lars', 3],
    ['topCardCompany', 'sofia', 1],
    ['topCardCompany', 'lars', 0],
    ['topCardSchool', 'sofia', 1],
    ['experience', 'sofia', 1],
    ['position', 'sofia', 3],
    ['position', 'lars', 2],
    ['group', 'sofia', 1],
    ['group', 'lars', 0],
    ['groupCompany', 'sofia', 1],
    ['dateRange', 'sofia', 7],
    ['education', 'sofia', 1],
    ['education', 'lars', 0],
    ['fieldSpan', 'sofia', 3],
    ['volunteering', 'sofia', 1],
    ['languages', 'sofia', 1],
    ['languages', 'lars', 0],
    ['aside', 'sofia', 2],
  ] as const)('%s on %s: %i', (name, doc, count) => {
    expect(docs[doc]?.querySelectorAll(PUBLIC_SELECTORS[name]).length).toBe(count);
  });
});

const REAL = path.join(PAGES, 'f-2024-03-public.html');
if (!fs.existsSync(REAL))
  console.warn(`Skipping real public page tests: ${REAL} not found (../shared is not checked out).`);

describe.skipIf(!fs.existsSync(REAL))('publicReader on the real f-2024-03-public.html', () => {
  const url = 'https://se.linkedin.com/in/eduardo-alvarez-nowak';
  const doc = fs.existsSync(REAL) ? load(REAL, url) : null;
  const read = () => {
    if (!doc) throw new Error('missing page');
    return publicReader.read(doc, url).profile;
  };

  it('is detected as the public generation', () => expect(doc && publicReader.detect(doc, url)).toBe(true));

  it('reads what a logged-out person sees in the top card', () => {
    const profile = read();
    expect(Profile.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({
      slug: 'eduardo-alvarez-nowak',
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      location: 'Greater Stockholm Metropolitan Area',
      followers: 554,
      connections: 500,
      current: {
        title: 'Tech Education Team Lead',
        company: 'Novare Potential',
        companyUrl: 'https://www.linkedin.com/company/novare-potential/',
      },
    });
    expect(profile.degree).toBeUndefined();
    expect(profile.about).toMatch(/^Tech lover since young/);
    expect(profile.about?.split('\n')).toHaveLength(3);
  });

  it('reads every role shown, grouped companies as separate roles', () => {
    expect(read().experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Tech Education Team Lead', 'Novare Potential', 'Jul 2021', 'Present'],
      ['Research Engineer', 'KTH Royal Institute of Technology', 'Aug 2020', 'Jun 2021'],
      ['Head Of Digital Media', 'CheVera Producción Sólida', 'Aug 2018', 'Jul 2019'],
      ['General Manager', 'Bu Multimedia', 'Jan 2014', 'Dec 2017'],
      ['Project Lead', 'Bu Multimedia', 'Feb 2012', 'Dec 2013'],
      ['Head of the Digital Media Department', 'TC Television', 'Apr 2015', 'Oct 2017'],
      ['Front End Lead', 'TC Televisión', 'Apr 2015', 'Oct 2017'],
      ['Frontend Developer', 'Maruri Grey', 'Sep 2011', 'Mar 2012'],
    ]);
    expect(read().experience.map((e) => e.companyUrl)).toEqual([
      'https://www.linkedin.com/company/novare-potential/',
      'https://www.linkedin.com/school/kth/',
      undefined,
      'https://www.linkedin.com/company/bu-multimedia/',
      'https://www.linkedin.com/company/bu-multimedia/',
      'https://www.linkedin.com/company/tctelevision/',
      'https://www.linkedin.com/company/tctelevision/',
      'https://www.linkedin.com/company/maruriecuador/',
    ]);
  });

  it('reads every school shown, with degree, field and years', () => {
    expect(read().education).toEqual([
      {
        school: 'KTH Royal Institute of Technology',
        schoolUrl: 'https://www.linkedin.com/school/kth/',
        degree: "Master's degree",
        field: 'Arts, Entertainment, and Media Management',
        start: '2019',
        end: '2021',
      },
      {
        school: 'Universidad de Guayaquil',
        schoolUrl: 'https://www.linkedin.com/school/universidad-de-guayaquil/',
        degree: "Bachelor's degree",
        field: 'Graphic Design',
        start: '2008',
        end: '2012',
      },
      { school: 'IGAD', field: 'Infographics', start: '2005', end: '2008' },
    ]);
  });

  it('reads volunteering and languages; no skills or interests are shown logged out', () => {
    const profile = read();
    expect(profile.volunteering).toEqual([{ role: 'Mentor', organization: 'Inicio', cause: 'Science and Technology' }]);
    expect(profile.languages).toEqual(['English', 'Spanish']);
    expect(profile.skills).toEqual([]);
    expect(profile.interests).toEqual([]);
    expect(JSON.stringify(profile)).not.toMatch(/Roberto|Erik Dreborg|CARDONA|Email or phone/);
  });
});
