/** LinkedIn's school and company pages: reading their URLs, and when two ids decide a match. */
import { describe, expect, it } from 'vitest';
import { computeOverlap, sameEmployer, sameSchool } from '../../../utils/overlap';
import { comparePageIds, pageId, pageUrl, parsePageUrl } from '../../../utils/overlap/pages';
import { MyProfile } from '../../../utils/schema';
import { sampleProfile } from '../samples';

describe('parsePageUrl', () => {
  it.each([
    ['https://www.linkedin.com/school/166635/', { kind: 'school', id: '166635' }],
    ['https://www.linkedin.com/school/stanford-university', { kind: 'school', id: 'stanford-university' }],
    ['linkedin.com/company/Google/?trk=x', { kind: 'company', id: 'google' }],
    ['https://de.linkedin.com/company/1441/', { kind: 'company', id: '1441' }],
    ['  https://www.linkedin.com/company/m%C3%BCller/  ', { kind: 'company', id: 'müller' }],
    // negatives
    ['https://www.linkedin.com/in/rosa-diaz/', null],
    ['https://www.linkedin.com/school/', null],
    ['https://evil.example/linkedin.com/school/1/', null],
    ['Stanford University', null],
    ['', null],
  ])('%s → %j', (url, page) => {
    expect(parsePageUrl(url)).toEqual(page);
  });
  it('canonical URL round-trips', () => {
    const p = parsePageUrl('linkedin.com/school/ETH-Zurich?x=1')!;
    expect(pageUrl(p)).toBe('https://www.linkedin.com/school/eth-zurich/');
    expect(parsePageUrl(pageUrl(p))).toEqual(p);
  });
  it('pageId reads the id out of the links readers keep', () => {
    expect(pageId('https://www.linkedin.com/company/1441/life/')).toBe('1441');
    expect(pageId(undefined)).toBeNull();
  });
});

describe('comparePageIds', () => {
  it.each([
    ['1441', '1441', 'same'],
    ['google', 'google', 'same'],
    ['1441', '1035', 'different'],
    ['google', 'alphabet-inc', 'different'],
    // One organisation has a number and a slug: they cannot decide.
    ['1441', 'google', null],
    [null, '1441', null],
  ] as const)('%s vs %s → %s', (a, b, verdict) => {
    expect(comparePageIds(a, b)).toBe(verdict);
  });
});

const school = (name: string, id?: string) => (id ? { name, url: `https://www.linkedin.com/school/${id}/` } : name);
const company = (name: string, id?: string) => (id ? { name, url: `https://www.linkedin.com/company/${id}/` } : name);

describe('pages decide when both sides have one', () => {
  it.each([
    [
      'same page, names in two languages',
      school('東京大学', '11112'),
      school('The University of Tokyo', '11112'),
      true,
    ],
    ['same page, a name nothing knows', school('Escola X', '9'), school('X School', '9'), true],
    ['different pages, one name', school('Trinity College', '100'), school('Trinity College', '200'), false],
    [
      'different pages outweigh names the tables call one',
      school('University of Lagos', '1'),
      school('UNILAG', '2'),
      false,
    ],
    // The tables know Kellogg is inside Northwestern: two pages, one institution.
    [
      'a school’s own page inside its university’s',
      school('Kellogg School of Management', '3'),
      school('Northwestern University', '4'),
      true,
    ],
    [
      'number vs slug: the names decide',
      school('UCSD', '2842'),
      school('University of California San Diego', 'uc-san-diego'),
      true,
    ],
  ])('school: %s', (_label, a, b, same) => {
    expect(sameSchool(a, b).match).toBe(same);
    expect(sameSchool(b, a).match).toBe(same);
  });
  it.each([
    ['same page, renamed brand', company('Facebook', '10667'), company('Meta', '10667'), true],
    ['same page, local name', company('Ørsted', '5'), company('DONG Energy', '5'), true],
    ['different pages, one name', company('Delta', '1'), company('Delta', '2'), false],
    ['a unit’s page and its parent’s', company('Google', '1441'), company('Alphabet', '7'), true],
  ])('employer: %s', (_label, a, b, same) => {
    expect(sameEmployer(a, b).match).toBe(same);
    expect(sameEmployer(b, a).match).toBe(same);
  });
});

describe('My profile pages in computeOverlap', () => {
  const them = sampleProfile('kenji', {
    education: [{ school: '東京大学', schoolUrl: 'https://www.linkedin.com/school/11112/' }],
    experience: [{ title: 'Engineer', company: 'Acme Corp', companyUrl: 'https://www.linkedin.com/company/77/' }],
  });
  it('a page matches the same page under another name', () => {
    const me = MyProfile.parse({
      schools: ['UTokyo'],
      schoolPages: { UTokyo: 'https://www.linkedin.com/school/11112/' },
    });
    const items = computeOverlap(me, them).items;
    expect(items.find((i) => i.kind === 'almaMater')?.mine).toBe('UTokyo');
  });
  it('a different page keeps a namesake out', () => {
    const me = MyProfile.parse({
      employers: ['Acme Corp'],
      employerPages: { 'Acme Corp': 'https://www.linkedin.com/company/78/' },
    });
    expect(computeOverlap(me, them).items.filter((i) => i.kind === 'employer')).toEqual([]);
    const noPage = MyProfile.parse({ employers: ['Acme Corp'] });
    expect(computeOverlap(noPage, them).items.some((i) => i.kind === 'employer')).toBe(true);
  });
});
