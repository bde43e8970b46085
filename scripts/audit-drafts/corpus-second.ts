/**
 * A second audit corpus, written after the drafting rules and never used to tune them: other names, places,
 * phrasings and languages, judged by the same rules. It keeps the audit honest about general rules.
 */
import { MyProfile, Profile } from '../../utils/schema';
import type { AuditPerson, AuditUser } from './corpus';

const me = (m: Partial<MyProfile>) => MyProfile.parse(m);
const person = (slug: string, p: Omit<Parameters<typeof Profile.parse>[0] & object, 'url' | 'slug'>) =>
  Profile.parse({ url: `https://www.linkedin.com/in/${slug}/`, slug, ...p });

/** The second set of users. */
export const SECOND_USERS: AuditUser[] = [
  {
    id: 'berlin-stays',
    metro: 'berlin',
    limits: ['relocation', 'calls-weekends'],
    goalKey: 'engineering lead',
    me: me({
      name: 'Jonas Weber',
      schools: ['Technische Universität Berlin'],
      placesLived: ['Berlin, Germany'],
      employers: ['Zalando'],
      interests: ['bouldering'],
      goals: 'Become an engineering lead for the checkout platform',
      limits: 'Ich möchte Berlin nicht verlassen. Keine Telefonate am Wochenende.',
      offers: 'Review architecture proposals',
      seniority: 'Senior Software Engineer',
      proudOf: ['Cut our checkout error rate in half'],
    }),
  },
  {
    id: 'cambridge-no-fly',
    metro: 'boston',
    limits: ['travel', 'mornings'],
    goalKey: 'principal scientist',
    me: me({
      name: 'Aisha Okonkwo',
      schools: ['MIT'],
      hometowns: ['Lagos, Nigeria'],
      placesLived: ['Cambridge, MA'],
      employers: ['Moderna'],
      interests: ['chess'],
      goals: 'I would like to become a principal scientist',
      limits: "I don't fly. No early mornings.",
      offers: 'Happy to walk your team through our assay automation',
      seniority: 'Senior Scientist',
      proudOf: ['Published the first paper on our mRNA stability assay'],
    }),
  },
  {
    id: 'lisbon-pt',
    metro: 'lisbon',
    limits: ['video', 'travel'],
    goalKey: 'product director',
    me: me({
      name: 'Inês Carvalho',
      schools: ['Universidade de Lisboa'],
      placesLived: ['Lisbon, Portugal'],
      employers: ['Farfetch'],
      interests: ['surfing'],
      goals: 'Grow into a product director role',
      limits: 'Sem videochamadas. Não viajo.',
      offers: 'Help with user research plans',
      seniority: 'Product Manager',
      proudOf: ['Launched the returns flow in six markets'],
    }),
  },
  {
    id: 'abroad-goal',
    metro: 'austin',
    limits: ['relocation', 'in-person'],
    goalKey: 'solutions architect',
    conflictingGoal: 'abroad',
    me: me({
      name: 'Carlos Mendes',
      schools: ['Texas A&M University'],
      placesLived: ['Austin, Texas'],
      employers: ['Dell Technologies'],
      interests: ['barbecue'],
      goals: 'Work abroad for a year\nBecome a solutions architect',
      limits: 'Not open to moving abroad. Calls only, no in-person meetings.',
      offers: 'I can review cloud cost reports',
      seniority: 'Cloud Engineer',
    }),
  },
];

/** The second set of people. */
export const SECOND_PEOPLE: AuditPerson[] = [
  {
    id: 'chinese-order',
    metro: 'shanghai',
    given: 'Wei',
    role: 'mentor',
    profile: person('zhang-wei', {
      name: 'Zhang Wei',
      location: 'Shanghai, China',
      degree: '3rd',
      current: { title: 'Head of Platform', company: 'Alibaba' },
      skills: ['Chess'],
    }),
  },
  {
    id: 'vietnamese-no-marks',
    metro: 'ho-chi-minh',
    given: 'Chau',
    role: 'sponsor',
    stage: 'researching',
    profile: person('pham-minh-chau', {
      name: 'Pham Minh Chau',
      location: 'Ho Chi Minh City, Vietnam',
      degree: '2nd',
      mutualConnections: 1,
      current: { title: 'CTO', company: 'Tiki' },
    }),
  },
  {
    id: 'nickname',
    metro: 'boston',
    given: 'Bob',
    role: 'sponsor',
    stage: 'meeting',
    profile: person('robert-smith', {
      name: 'Robert "Bob" Smith',
      location: 'Somerville, Massachusetts',
      degree: '1st',
      current: { title: 'Chief Scientific Officer', company: 'Moderna' },
      experience: [{ title: 'Chief Scientific Officer', company: 'Moderna', start: '2018', end: 'Present' }],
      education: [{ school: 'Massachusetts Institute of Technology', degree: 'PhD', end: '1998' }],
    }),
  },
  {
    id: 'berlin-colleague',
    metro: 'berlin',
    given: 'Anna',
    role: 'both',
    stage: 'contacted',
    profile: person('anna-schmidt', {
      name: 'Dr. med. Anna Schmidt',
      location: 'Berlin, Deutschland',
      degree: '2nd',
      current: { title: 'VP Engineering', company: 'Zalando' },
      experience: [{ title: 'VP Engineering', company: 'Zalando', start: '2019', end: 'heute' }],
      interests: [{ name: 'Bouldering Berlin', category: 'groups' }],
    }),
  },
  {
    id: 'korean-unhyphenated',
    metro: 'austin',
    given: 'Minho',
    role: 'mentor',
    stage: 'thanked',
    profile: person('lee-minho', {
      name: 'LEE MINHO',
      location: 'Austin, Texas, United States',
      degree: '1st',
      current: { title: 'Principal Architect', company: 'Oracle' },
      experience: [
        { title: 'Principal Architect', company: 'Oracle', start: '2020', end: 'Present' },
        { title: 'Engineer', company: 'Dell Technologies', location: 'Round Rock, Texas', start: '2012', end: '2020' },
      ],
    }),
  },
];
