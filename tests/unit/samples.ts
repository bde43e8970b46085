/** Small invented records shared by unit tests. */
import type { Person, Profile } from '@/utils/schema';

/** A minimal profile of an invented person. */
export function sampleProfile(slug: string, over: Partial<Profile> = {}): Profile {
  return {
    url: `https://www.linkedin.com/in/${slug}/`,
    slug,
    name: 'Ada Okafor',
    headline: 'VP Engineering at Northwind',
    location: 'Cambridge, Massachusetts, United States',
    experience: [],
    education: [{ school: 'Northwestern University', degree: 'BA', start: '1999', end: '2003' }],
    skills: [],
    interests: [],
    volunteering: [],
    causes: [],
    languages: [],
    ...over,
  };
}

/** A saved person in stage "saved". */
export function samplePerson(slug: string, over: Partial<Person> = {}): Person {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    slug,
    role: 'sponsor',
    profile: sampleProfile(slug),
    commonGround: [],
    status: 'saved',
    statusHistory: [{ status: 'saved', at }],
    notes: '',
    touches: 0,
    projects: [],
    gave: [],
    got: [],
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
