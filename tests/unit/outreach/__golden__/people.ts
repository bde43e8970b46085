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
});

/** The person: a VP at a payments company. */
export const ANA = Profile.parse({
  url: 'https://www.linkedin.com/in/ana-souza/',
  slug: 'ana-souza',
  name: 'Dr. Ana Souza, PhD (she/her) 🚀',
  current: { title: 'VP Product', company: 'Acme Pay' },
});

export const KELLOGG: OverlapItem = {
  kind: 'almaMater',
  mine: 'Kellogg School of Management',
  theirs: 'Northwestern University, MBA 2009',
  evidence: 'You: Kellogg School of Management · Them: Northwestern University, MBA 2009',
  strength: 0.9,
  label: 'Kellogg alum',
};
export const SOMERVILLE: OverlapItem = {
  kind: 'hometown',
  mine: 'Somerville',
  theirs: 'Somerville, Massachusetts',
  evidence: 'You: Somerville · Them: Somerville, Massachusetts',
  strength: 0.7,
};
export const STRIPE: OverlapItem = {
  kind: 'employer',
  mine: 'Stripe',
  theirs: 'Stripe',
  evidence: 'You: Stripe · Them: Stripe, 2015–2019',
  strength: 0.8,
};
export const CYCLING: OverlapItem = {
  kind: 'interest',
  mine: 'cycling',
  theirs: 'Road Cycling',
  evidence: 'You: cycling · Them: Road Cycling',
  strength: 0.5,
};
