/** Shared invented people for the draft tests: the inputs of the golden drafts in this folder. */
import { MyProfile, type OverlapItem, Profile } from '../../../../utils/schema';

/** The user: a product manager in Boston who grew up in Somerville. */
export const SAM = MyProfile.parse({
  name: 'Sam Lee',
  schools: ['Kellogg School of Management'],
  hometowns: ['Somerville'],
  placesLived: ['Boston'],
  employers: ['Stripe'],
  interests: ['cycling'],
  goals: 'I want to grow into a product leadership role',
  offers: 'I can help with user research and SQL',
  seniority: 'Senior Product Manager',
  proudOf: ['Cut checkout latency by 40%'],
});

/** The person: a VP at a payments company. */
export const ANA = Profile.parse({
  url: 'https://www.linkedin.com/in/ana-souza/',
  slug: 'ana-souza',
  name: 'Dr. Ana Souza, PhD (she/her) 🚀',
  location: 'Greater Boston',
  degree: '2nd',
  current: { title: 'VP Product', company: 'Acme Pay' },
  experience: [{ title: 'Product Lead', company: 'Stripe', start: '2015', end: '2019' }],
  education: [{ school: 'Northwestern University', degree: 'MBA', end: '2009' }],
  skills: ['Road Cycling'],
});

export const KELLOGG: OverlapItem = {
  kind: 'almaMater',
  mine: 'Kellogg School of Management',
  theirs: 'Northwestern University, MBA 2009',
  evidence: 'You: Kellogg School of Management · Them: Northwestern University, MBA 2009',
  strength: 0.9,
  label: 'Kellogg alum',
};
/** Their location is in Greater Boston; the user grew up in Somerville. */
export const SOMERVILLE: OverlapItem = {
  kind: 'hometown',
  mine: 'Somerville',
  theirs: 'Greater Boston',
  evidence: 'You (hometown): Somerville · Them (location): Greater Boston',
  strength: 0.7,
  label: 'Boston area',
};
/** They worked at Stripe before; the user is there now. */
export const STRIPE: OverlapItem = {
  kind: 'employer',
  mine: 'Stripe',
  theirs: 'Product Lead at Stripe (2015–2019)',
  evidence: 'You: Stripe (current) · Them: Product Lead at Stripe (2015–2019)',
  strength: 0.7,
  label: 'Ex-Stripe',
};
/** A skill of theirs. */
export const CYCLING: OverlapItem = {
  kind: 'interest',
  mine: 'cycling',
  theirs: 'Road Cycling',
  evidence: 'You: cycling · Them: skill “Road Cycling”',
  strength: 0.5,
  label: 'Cycling',
};
