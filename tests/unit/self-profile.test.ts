import { describe, expect, it } from 'vitest';
import { MyProfile } from '@/utils/schema';
import { applySuggestions, suggestFromProfile } from '@/utils/self-profile';
import { sampleProfile } from './samples';

const mine = sampleProfile('rosa-diaz', {
  name: 'Rosa Diaz',
  location: 'Somerville, Massachusetts, United States',
  current: { title: 'Senior Engineer', company: 'Northwind' },
  education: [{ school: 'UC San Diego' }, { school: 'Kellogg School of Management' }],
  experience: [
    { title: 'Senior Engineer', company: 'Northwind', location: 'Boston, MA · Hybrid' },
    { title: 'Engineer', company: 'Acme', location: 'Remote' },
  ],
  skills: ['Kubernetes', 'Public Speaking'],
});

describe('Use as my profile', () => {
  it('suggests schools, employers, places and skills in page order, once each', () => {
    const s = suggestFromProfile(mine, null);
    expect(s.map((x) => `${x.field}:${x.value}`)).toEqual([
      'schools:UC San Diego',
      'schools:Kellogg School of Management',
      'employers:Northwind',
      'employers:Acme',
      'placesLived:Somerville, Massachusetts, United States',
      'placesLived:Boston, MA',
      'interests:Kubernetes',
      'interests:Public Speaking',
    ]);
    expect(s.every((x) => !x.present)).toBe(true);
  });

  it('marks what My profile already has (ignoring case and accents) and adds only the rest', () => {
    const me = MyProfile.parse({ schools: ['uc san diego'], interests: ['Kubernetes'] });
    const s = suggestFromProfile(mine, me);
    expect(s.filter((x) => x.present).map((x) => x.value)).toEqual(['UC San Diego', 'Kubernetes']);
    const next = applySuggestions(me, s);
    expect(next.schools).toEqual(['uc san diego', 'Kellogg School of Management']);
    expect(next.interests).toEqual(['Kubernetes', 'Public Speaking']);
    expect(next.employers).toEqual(['Northwind', 'Acme']);
  });

  it('adds only the chosen suggestions', () => {
    const me = MyProfile.parse({});
    const s = suggestFromProfile(mine, me).filter((x) => x.field === 'schools');
    expect(applySuggestions(me, s)).toMatchObject({
      schools: ['UC San Diego', 'Kellogg School of Management'],
      employers: [],
      interests: [],
    });
  });

  it('brings the LinkedIn pages of schools and employers, also to entries already there', () => {
    const linked = sampleProfile('rosa-diaz', {
      education: [{ school: 'UC San Diego', schoolUrl: 'https://www.linkedin.com/school/2842/?trk=x' }],
      experience: [{ title: 'Engineer', company: 'Acme', companyUrl: 'https://www.linkedin.com/company/77/life/' }],
    });
    const me = MyProfile.parse({ schools: ['UC San Diego'] });
    const s = suggestFromProfile(linked, me);
    expect(s.find((x) => x.field === 'schools')?.url).toBe('https://www.linkedin.com/school/2842/');
    const next = applySuggestions(me, s);
    expect(next.schoolPages).toEqual({ 'UC San Diego': 'https://www.linkedin.com/school/2842/' });
    expect(next.employerPages).toEqual({ Acme: 'https://www.linkedin.com/company/77/' });
    expect(MyProfile.safeParse(next).success).toBe(true);
  });
  it('a link that is no school or company page is left out', () => {
    const odd = sampleProfile('rosa-diaz', {
      education: [{ school: 'UC San Diego', schoolUrl: 'https://www.linkedin.com/search/results/' }],
    });
    expect(suggestFromProfile(odd, null)[0]?.url).toBeUndefined();
  });
});
