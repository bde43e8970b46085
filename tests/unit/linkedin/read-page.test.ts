// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { LIST_CAPS } from '../../../utils/linkedin/bounds';
import { isPageFor, READERS, readPage } from '../../../utils/linkedin/read-page';
import { Profile } from '../../../utils/schema';
import { loadFixture, parseHtml } from './fixture';

const IN = 'https://www.linkedin.com/in/';

describe('generation detection', () => {
  it.each([
    ['ember-2018-mateo-garcia-ruiz.html', `${IN}mateo-garcia-ruiz-test/`, 'ember-2018', 'profile'],
    ['pvs-2022-amara-okafor.html', `${IN}amara-okafor-test/`, 'pvs-2022', 'profile'],
    ['pvs-2024-07-lior-ben-david.html', `${IN}lior-ben-david-test/`, 'pvs-2024-07', 'profile'],
    ['pvs-2024-11-nour-haddad.html', `${IN}%D9%86%D9%88%D8%B1-%D8%AD%D8%AF%D8%A7%D8%AF/`, 'pvs-2024-11', 'profile'],
    ['pvs-2024-11-robin-hostile.html', `${IN}robin-hostile-test/`, 'pvs-2024-11', 'self'],
    ['details-amara-okafor-experience.html', `${IN}amara-okafor-test/details/experience/`, 'details', 'details'],
    [
      'details-lior-ben-david-interests.html',
      `${IN}lior-ben-david-test/details/interests/?tabIndex=1`,
      'details',
      'details',
    ],
  ])('%s → %s, %s', (file, url, generation, kind) => {
    const { page, profile } = readPage(loadFixture(file), url);
    expect(page.generation).toBe(generation);
    expect(page.kind).toBe(kind);
    expect(() => Profile.parse(profile)).not.toThrow();
  });

  it('(negative) a profile page read under a details URL is not a details page', () => {
    const { page } = readPage(loadFixture('pvs-2022-amara-okafor.html'), `${IN}amara-okafor-test/details/experience/`);
    expect(page.generation).toBe('pvs-2022');
  });
});

describe('ember-2018: Mateo García-Ruiz (1st degree, grouped roles)', () => {
  const { profile } = readPage(loadFixture('ember-2018-mateo-garcia-ruiz.html'), `${IN}mateo-garcia-ruiz-test/`);
  it('reads the top card', () => {
    expect(profile).toMatchObject({
      name: 'Mateo García-Ruiz',
      headline: 'Head of Product at Alameda Maps',
      location: 'Oakland, California',
      degree: '1st',
      followers: 2051,
      connections: 284,
      mutualConnections: 12,
      about: 'Maps, transit and the people who ride it.',
      current: {
        title: 'Head of Product',
        company: 'Alameda Maps',
        companyUrl: 'https://www.linkedin.com/company/60000001/',
      },
    });
  });
  it('reads grouped roles as separate roles of one company, without the visually-hidden labels', () => {
    expect(profile?.experience).toEqual([
      {
        title: 'Head of Product',
        company: 'Alameda Maps',
        companyUrl: 'https://www.linkedin.com/company/60000001/',
        location: 'Oakland, California',
        start: 'Apr 2016',
        end: 'Present',
        current: true,
      },
      {
        title: 'Senior Planner',
        company: 'Bay Transit Authority',
        companyUrl: 'https://www.linkedin.com/company/60000002/',
        location: 'San Francisco Bay Area',
        start: 'Jan 2014',
        end: 'Mar 2016',
      },
      {
        title: 'Transit Planner',
        company: 'Bay Transit Authority',
        companyUrl: 'https://www.linkedin.com/company/60000002/',
        start: 'Feb 2011',
        end: 'Dec 2013',
      },
    ]);
  });
  it('reads education, skills, interests, volunteering, causes, languages', () => {
    expect(profile?.education).toEqual([
      {
        school: 'University of California, Berkeley',
        schoolUrl: 'https://www.linkedin.com/school/60000010/',
        degree: 'Master of City Planning',
        field: 'Transportation',
        start: '2009',
        end: '2011',
      },
      { school: 'Universidad de Sevilla', end: '2008' },
    ]);
    expect(profile?.skills).toEqual(['GIS', 'Product Management']);
    expect(profile?.interests.map((i) => [i.category, i.name])).toEqual([
      ['companies', 'Alameda Maps'],
      ['groups', 'Urbanists of the Bay'],
      ['schools', 'University of California, Berkeley'],
    ]);
    expect(profile?.volunteering).toEqual([
      { role: 'Board Member', organization: 'Walk Oakland', cause: 'Environment' },
    ]);
    expect(profile?.causes).toEqual(['Environment', 'Civil Rights and Social Action']);
    expect(profile?.languages).toEqual(['Spanish', 'English']);
  });
});

describe('pvs-2022: Amara Okafor (2nd degree, every section)', () => {
  const { profile } = readPage(loadFixture('pvs-2022-amara-okafor.html'), `${IN}amara-okafor-test/`);
  it('reads the top card once per string (visual copy only)', () => {
    expect(profile).toMatchObject({
      name: 'Amara Okafor',
      headline: 'Director of Data Platforms at Riverbend Analytics',
      location: 'Greater Boston',
      degree: '2nd',
      followers: 1204,
      connections: 412,
      mutualConnections: 7,
      about: 'I build data platforms that people trust.\nOutside work: road cycling and community radio.',
      current: { title: 'Director of Data Platforms', company: 'Riverbend Analytics' },
    });
    expect(profile?.pronouns).toBeUndefined();
  });
  it('splits a grouped company into its roles and keeps single-date roles', () => {
    expect(profile?.experience.map((e) => [e.title, e.company, e.start, e.end, e.location, e.companyUrl])).toEqual([
      [
        'Director of Data Platforms',
        'Riverbend Analytics',
        'Mar 2021',
        'Present',
        'Boston, Massachusetts, United States',
        'https://www.linkedin.com/company/70000001/',
      ],
      [
        'Senior Data Engineer',
        'Harbor Freight Logistics',
        'Jan 2018',
        'Feb 2021',
        'Providence, Rhode Island, United States',
        'https://www.linkedin.com/company/70000002/',
      ],
      [
        'Data Analyst',
        'Harbor Freight Logistics',
        'Feb 2015',
        'Dec 2017',
        undefined,
        'https://www.linkedin.com/company/70000002/',
      ],
      ['Volunteer Instructor', 'Lagos Tech Hub', 'Jun 2014', 'Jun 2014', undefined, undefined],
    ]);
  });
  it('reads education with /company/ and /school/ links, ignoring grades and search links', () => {
    expect(profile?.education).toEqual([
      {
        school: 'University of Lagos',
        schoolUrl: 'https://www.linkedin.com/company/70000003/',
        degree: 'Bachelor of Science - BS',
        field: 'Computer Science',
        start: '2009',
        end: '2013',
      },
      {
        school: 'Northeastern University',
        schoolUrl: 'https://www.linkedin.com/school/70000004/',
        degree: 'Master of Science - MS',
        end: '2016',
      },
      { school: 'Kings College Lagos', start: '2003', end: '2009' },
    ]);
  });
  it('reads skills without endorsement counts, every interests tab (hidden panels too), volunteering, causes, languages', () => {
    expect(profile?.skills).toEqual(['Apache Spark', 'Data Governance', 'Python']);
    expect(profile?.interests).toEqual([
      { name: 'Riverbend Analytics', category: 'companies', url: 'https://www.linkedin.com/company/70000001/' },
      { name: 'Open Transit Data', category: 'companies', url: 'https://www.linkedin.com/company/70000006/' },
      { name: 'Boston Data Engineers', category: 'groups', url: 'https://www.linkedin.com/groups/9000001/' },
      { name: 'University of Lagos', category: 'schools', url: 'https://www.linkedin.com/school/70000003/' },
    ]);
    expect(profile?.volunteering).toEqual([
      { role: 'Mentor', organization: 'Code Forward', cause: 'Education' },
      { role: 'Race Marshal', organization: 'Charles River Cycling Club' },
    ]);
    expect(profile?.causes).toEqual(['Education', 'Environment', 'Science and Technology']);
    expect(profile?.languages).toEqual(['English', 'Yoruba']);
  });
});

describe('pvs-2024-07: ליאור בן דוד (right-to-left name, emoji, pronouns, 1st degree)', () => {
  const { profile } = readPage(loadFixture('pvs-2024-07-lior-ben-david.html'), `${IN}lior-ben-david-test/`);
  it('reads the top card', () => {
    expect(profile).toMatchObject({
      name: 'ליאור בן דוד',
      headline: 'מהנדסת תוכנה · Staff Engineer at Galil Robotics 🤖',
      location: 'Haifa District, Israel',
      pronouns: 'They/Them',
      degree: '1st',
      followers: 3480,
      connections: 500,
      mutualConnections: 2,
      about: 'בונה רובוטים שמדברים עם אנשים. 🤖',
      current: {
        title: 'Staff Engineer',
        company: 'Galil Robotics',
        companyUrl: 'https://www.linkedin.com/company/80000001/',
      },
    });
  });
  it('reads grouped roles, drops workplace types from locations and employment types from companies', () => {
    expect(profile?.experience.map((e) => [e.title, e.company, e.location, e.start, e.end])).toEqual([
      ['Staff Engineer', 'Galil Robotics', 'Haifa, Haifa District, Israel', 'Sep 2022', 'Present'],
      ['Engineering Manager', 'Carmel Sensors', 'Tel Aviv District, Israel', 'Jan 2020', 'Aug 2022'],
      ['Firmware Engineer', 'Carmel Sensors', 'Remote', 'Jun 2017', 'Dec 2019'],
      ['Signals Officer', 'Israel Defense Forces', undefined, '2013', '2016'],
    ]);
  });
  it('reads all five interests tabs and leaves missing sections empty', () => {
    expect(profile?.interests.map((i) => [i.category, i.name, i.url])).toEqual([
      ['topVoices', '🚀 Dana Shapiro', 'https://www.linkedin.com/in/dana-shapiro-test/'],
      ['companies', 'Galil Robotics', 'https://www.linkedin.com/company/80000001/'],
      ['companies', 'Galil Labs', 'https://www.linkedin.com/showcase/80000020/'],
      ['groups', 'Women in Robotics IL', 'https://www.linkedin.com/groups/9100001/'],
      ['newsletters', 'Servo Weekly', 'https://www.linkedin.com/newsletters/7100000000000000001/'],
      ['schools', 'Technion - Israel Institute of Technology', 'https://www.linkedin.com/school/80000010/'],
    ]);
    expect(profile?.skills).toEqual(['Robot Operating System (ROS)', 'Rust (Programming Language)']);
    expect(profile?.volunteering).toEqual([]);
    expect(profile?.languages).toEqual([]);
    expect(profile?.causes).toEqual([]);
  });
});

describe('pvs-2024-11: نور حداد (Arabic name, encoded slug, out of network, sparse)', () => {
  const { page, profile } = readPage(
    loadFixture('pvs-2024-11-nour-haddad.html'),
    `${IN}%D9%86%D9%88%D8%B1-%D8%AD%D8%AF%D8%A7%D8%AF/`,
  );
  it('decodes the slug and reads the top card without a degree badge', () => {
    expect(page.slug).toBe('نور-حداد');
    expect(profile).toMatchObject({
      slug: 'نور-حداد',
      url: `${IN}%D9%86%D9%88%D8%B1-%D8%AD%D8%AF%D8%A7%D8%AF/`,
      name: 'نور حداد 🌿',
      location: 'Beirut, Beirut Governorate, Lebanon',
      degree: 'out-of-network',
      connections: 187,
    });
    expect(profile?.followers).toBeUndefined();
    expect(profile?.mutualConnections).toBeUndefined();
    expect(profile?.about).toBeUndefined();
    expect(profile?.education).toEqual([
      {
        school: 'الجامعة اللبنانية',
        schoolUrl: 'https://www.linkedin.com/school/90000010/',
        degree: 'Licence',
        field: 'Informatique',
        start: '2018',
        end: '2022',
      },
    ]);
  });
});

describe('hostile markup inside text fields (self view)', () => {
  const { page, profile } = readPage(loadFixture('pvs-2024-11-robin-hostile.html'), `${IN}robin-hostile-test/`);
  it.each([
    ['name', 'Robin <img src=x onerror=alert(1)> Tables'],
    ['headline', '"><script>alert(2)</script> Security Tester'],
    ['location', '<svg onload=alert(3)>'],
  ] as const)('%s comes out as the literal text', (field, text) => {
    expect(profile?.[field]).toBe(text);
  });
  it('keeps literal tags in lists and drops real elements inside text', () => {
    expect(profile?.skills).toEqual(['<img src=x onerror=alert(4)>', "Robert'); DROP TABLE skills;--"]);
    expect(profile?.experience[0]).toMatchObject({ title: '<b>Bold</b> title', company: '<b>Bold</b> Corp' });
    expect(profile?.about).toBe('Real markup inside: plain text stays.');
  });
  it('is the viewer’s own profile', () => {
    expect(page.kind).toBe('self');
    expect(profile?.degree).toBe('self');
  });
});

describe('details pages', () => {
  it('experience: the complete list, grouped roles split', () => {
    const { page, profile } = readPage(
      loadFixture('details-amara-okafor-experience.html'),
      `${IN}amara-okafor-test/details/experience/`,
    );
    expect(page.section).toBe('experience');
    expect(profile?.name).toBe('Amara Okafor');
    expect(profile?.experience.map((e) => [e.title, e.company])).toEqual([
      ['Director of Data Platforms', 'Riverbend Analytics'],
      ['Senior Data Engineer', 'Harbor Freight Logistics'],
      ['Data Analyst', 'Harbor Freight Logistics'],
      ['Research Assistant', 'University of Lagos'],
      ['Volunteer Instructor', 'Lagos Tech Hub'],
    ]);
    expect(profile?.education).toEqual([]);
  });
  it('interests: the active tab, category from the link, url without query', () => {
    const { page, profile } = readPage(
      loadFixture('details-lior-ben-david-interests.html'),
      `${IN}lior-ben-david-test/details/interests/?tabIndex=1`,
    );
    expect(page.section).toBe('interests');
    expect(profile?.name).toBe('ליאור בן דוד');
    expect(profile?.interests).toEqual([
      { name: 'Galil Robotics', category: 'companies', url: 'https://www.linkedin.com/company/80000001/' },
      { name: 'Haifa Makers', category: 'companies', url: 'https://www.linkedin.com/company/80000003/' },
      { name: 'Negev Solar', category: 'companies', url: 'https://www.linkedin.com/company/80000004/' },
    ]);
  });
});

/** A pvs-2022 skills card with `n` skills, built in the test rather than committed. */
function skillsPage(n: number): string {
  const pair = (t: string) => `<span aria-hidden="true">${t}</span><span class="visually-hidden">${t}</span>`;
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<li class="artdeco-list__item"><div class="pvs-entity"><div><a href="https://www.linkedin.com/in/many-skills-test/overlay/skill-${i}/"><span class="t-bold mr1">${pair(`Skill ${i + 1}`)}</span><span class="pvs-entity__supplementary-info">${pair(`· ${i % 99}`)}</span></a></div></div></li>`,
  ).join('');
  return `<html><head><title>Many Skills | LinkedIn</title></head><body><main>
<section class="artdeco-card pv-top-card" data-member-id="1"><h1 class="text-heading-xlarge">Many Skills</h1>
<a href="/in/many-skills-test/overlay/contact-info/">Contact info</a></section>
<section class="artdeco-card"><div id="skills" class="pv-profile-card-anchor"></div><h2>${pair('Skills')}</h2>
<div class="pvs-list__outer-container"><ul class="pvs-list">${items}</ul></div></section></main></body></html>`;
}

describe('a page with 5,000 skills', () => {
  it('reads the skills once, in order, and keeps the first LIST_CAPS.skills (bounds.ts)', () => {
    const { page, profile } = readPage(parseHtml(skillsPage(5000)), `${IN}many-skills-test/`);
    expect(page.generation).toBe('pvs-2022');
    expect(profile?.skills).toHaveLength(LIST_CAPS.skills ?? 0);
    expect(profile?.skills[0]).toBe('Skill 1');
    expect(profile?.skills.at(-1)).toBe(`Skill ${LIST_CAPS.skills}`);
    // Parsing 5,000 entries in jsdom takes seconds on a loaded 2-core machine: headroom, not a timing check.
  }, 120_000);
});

describe('page kinds and failures', () => {
  it.each([
    ['empty document', '<html><head></head><body></body></html>', 'unknown'],
    [
      'a feed page',
      '<html><head><title>Feed | LinkedIn</title></head><body><main><div class="feed"></div></main></body></html>',
      'unknown',
    ],
    [
      'bot check: empty body and a meta refresh',
      '<html><head><meta http-equiv="refresh" content="1;url=https://www.linkedin.com"><script>var a=1</script></head><body></body></html>',
      'blocked',
    ],
    [
      'not found by title',
      '<html><head><title>Profile Not Found | LinkedIn</title></head><body><main><h1>Nope</h1></main></body></html>',
      'not-found',
    ],
    [
      'not found by structure',
      '<html><head><title>LinkedIn</title></head><body><h1 class="page-not-found__headline">x</h1></body></html>',
      'not-found',
    ],
    [
      'sign-in wall',
      '<html><head><title>LinkedIn: Log In or Sign Up</title></head><body><form action="https://www.linkedin.com/uas/login-submit"></form></body></html>',
      'authwall',
    ],
  ])('%s → %s', (_label, html, kind) => {
    const { page, profile } = readPage(parseHtml(html), `${IN}ann-lee/`);
    expect(page.kind).toBe(kind);
    expect(profile).toBeNull();
    expect(page.message).toMatch(/^Common Ground could not read this page: /);
    expect(page.hooks).toHaveProperty('h1');
  });

  it('unknown layout lists which hooks matched', () => {
    const { page } = readPage(parseHtml('<html><body><main><h1>Someone</h1></main></body></html>'), `${IN}ann-lee/`);
    expect(page.kind).toBe('unknown');
    expect(page.hooks.h1).toBe(1);
    expect(page.hooks.memberTopCard).toBe(0);
  });

  it('a reader that throws becomes kind "unknown" with the error in the message', () => {
    const doc = loadFixture('pvs-2022-amara-okafor.html');
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'querySelectorAll') throw new Error('boom');
        const v = Reflect.get(target, prop);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const result = readPage(broken, `${IN}amara-okafor-test/`);
    expect(result.page.kind).toBe('unknown');
    expect(result.page.message).toContain('boom');
  });

  it('lists every generation reader once', () => {
    const ids = READERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('isPageFor (SPA navigation: the old DOM lingers)', () => {
  const doc = loadFixture('pvs-2024-07-lior-ben-david.html');
  it.each([
    ['its own slug', 'lior-ben-david-test', true],
    ['its own slug, other case', 'Lior-Ben-David-Test', true],
    ['(negative) the previous profile', 'amara-okafor-test', false],
    ['(negative) a prefix of the slug', 'lior-ben', false],
  ])('%s', (_label, slug, expected) => {
    expect(isPageFor(doc, slug)).toBe(expected);
  });
  it('matches an encoded slug against the decoded one', () => {
    const nour = loadFixture('pvs-2024-11-nour-haddad.html');
    expect(isPageFor(nour, '%D9%86%D9%88%D8%B1-%D8%AD%D8%AF%D8%A7%D8%AF')).toBe(true);
    expect(isPageFor(nour, 'نور-حداد')).toBe(true);
  });
  it('(negative) a document that names no profile', () => {
    expect(isPageFor(parseHtml('<html><body><h1>x</h1></body></html>'), 'ann-lee')).toBe(false);
  });
  it('uses the SDUI componentkey and the canonical link when there is no top-card link', () => {
    const sdui = parseHtml('<div><a componentkey="ProfileVerificationTriggerRef-ann-lee"><h2>Ann</h2></a></div>');
    expect(isPageFor(sdui, 'ann-lee')).toBe(true);
    const canonical = parseHtml(
      '<html><head><link rel="canonical" href="https://se.linkedin.com/in/ann-lee"></head></html>',
    );
    expect(isPageFor(canonical, 'ann-lee')).toBe(true);
    expect(isPageFor(canonical, 'bo-chen')).toBe(false);
  });
});
