/**
 * The drafts audit's invented users and people, each with the ground truth a human reader would use to judge
 * a draft: where they live (metro), what the limits mean, which goal must appear, the name to greet.
 * The truth is written by hand here, never computed by the engine under audit.
 */
import type { ExclusionId } from '../../utils/outreach/limits-personal';
import { MyProfile, type PersonRole, Profile, type Status } from '../../utils/schema';

/** An invented user and what their profile means. */
export interface AuditUser {
  id: string;
  me: MyProfile;
  metro: string;
  /** What the limits mean: every id must be understood and respected. */
  limits: ExclusionId[];
  /** Places the user will not move to (never named). */
  notTo?: string[];
  /** Words of the goal a first message and an InMail must carry. */
  goalKey?: string;
  /** The goal that conflicts with the limits (must never appear). */
  conflictingGoal?: string;
}

/** An invented person and how the user knows them. */
export interface AuditPerson {
  id: string;
  profile: Profile;
  metro: string;
  /** The given name a greeting must use. */
  given: string;
  role: PersonRole;
  stage?: Status;
  daysAtStage?: number;
}

const me = (m: Partial<MyProfile>) => MyProfile.parse(m);
const person = (slug: string, p: Omit<Parameters<typeof Profile.parse>[0] & object, 'url' | 'slug'>) =>
  Profile.parse({ url: `https://www.linkedin.com/in/${slug}/`, slug, ...p });

/** The users. */
export const USERS: AuditUser[] = [
  {
    id: 'junior-engineer',
    metro: 'hanoi',
    limits: [],
    goalKey: 'senior backend engineer',
    me: me({
      name: 'Linh Tran',
      schools: ['Hanoi University of Science and Technology'],
      hometowns: ['Hai Phong'],
      placesLived: ['Hanoi, Vietnam'],
      employers: ['FPT Software'],
      interests: ['Kubernetes', 'running'],
      goals: 'Become a senior backend engineer within two years',
      offers: 'Review pull requests and write tests',
      seniority: 'Software Engineer',
      proudOf: ['Shipped the payment retry service used by two million people'],
    }),
  },
  {
    id: 'marketing-manager',
    metro: 'sao-paulo',
    limits: ['relocation', 'calls-weekends'],
    goalKey: 'product marketing',
    me: me({
      name: 'Beatriz Lima',
      schools: ['Universidade de São Paulo'],
      placesLived: ['São Paulo, Brazil'],
      employers: ['Nubank'],
      interests: ['brand strategy', 'cycling'],
      goals: 'Lead product marketing for Latin America',
      limits: 'Não quero me mudar. Sem ligações aos fins de semana.',
      offers: 'I can share our launch playbooks',
      seniority: 'Marketing Manager',
      proudOf: ['Grew trial sign-ups 35% with a new onboarding campaign'],
    }),
  },
  {
    id: 'career-changer',
    metro: 'austin',
    limits: ['relocation', 'travel-limited'],
    goalKey: 'ux research',
    me: me({
      name: 'Chris Doyle',
      schools: ['University of Texas at Austin'],
      hometowns: ['Chula Vista, California'],
      placesLived: ['Austin, Texas'],
      employers: ['Austin ISD'],
      interests: ['education'],
      goals: 'Move into a UX research role',
      limits: 'Not willing to relocate; travel at most 2 days a month',
      offers: 'Help with curriculum design and workshops',
      seniority: 'High School Teacher',
      proudOf: ['Ran 40 user interviews for a nonprofit redesign'],
    }),
  },
  {
    id: 'stays-home',
    metro: 'stockholm',
    limits: ['relocation', 'travel', 'video', 'calls-weekends'],
    goalKey: 'staff engineer',
    me: me({
      name: 'Astrid Berg',
      schools: ['KTH Royal Institute of Technology'],
      placesLived: ['Stockholm, Sweden'],
      employers: ['Spotify'],
      interests: ['sailing'],
      goals: 'Grow into a staff engineer role',
      limits: 'Not willing to leave Stockholm. No travel. No weekend calls, no video calls.',
      offers: 'Pair on data pipeline design',
      seniority: 'Senior Data Engineer',
      proudOf: ['Led the migration of our data platform to Kubernetes'],
    }),
  },
  {
    id: 'same-company',
    metro: 'zurich',
    limits: ['evenings'],
    goalKey: 'director',
    me: me({
      name: 'Marco Keller',
      schools: ['ETH Zurich'],
      hometowns: ['Basel'],
      placesLived: ['Zurich, Switzerland'],
      employers: ['UBS', 'Credit Suisse'],
      interests: ['alpine skiing'],
      goals: 'Get promoted to director in wealth management technology',
      limits: 'Keine Abendtermine.',
      offers: 'Walk your team through our onboarding automation',
      seniority: 'Vice President',
      proudOf: ['Delivered the client onboarding revamp two months early'],
    }),
  },
  {
    id: 'nothing-in-common',
    metro: 'toronto',
    limits: ['in-person'],
    goalKey: 'engineering manager',
    me: me({
      name: 'Priya Nair',
      schools: ['University of Waterloo'],
      placesLived: ['Toronto, Ontario'],
      employers: ['Shopify'],
      interests: ['pottery'],
      goals: 'I want to become an engineering manager',
      limits: 'No in-person meetings',
      offers: 'Happy to review system design docs',
      seniority: 'Staff Engineer',
    }),
  },
  {
    id: 'lyon',
    metro: 'lyon',
    limits: ['relocation', 'video'],
    goalKey: 'head of data',
    me: me({
      name: 'Claire Martin',
      schools: ['École Centrale de Lyon'],
      placesLived: ['Lyon, France'],
      employers: ['Sanofi'],
      interests: ['trail running'],
      goals: 'Become head of data',
      limits: 'Je ne veux pas quitter Lyon. Pas de visio.',
      offers: 'Help with demand forecasting',
      seniority: 'Lead Data Scientist',
      proudOf: ['Built the forecasting model our supply team uses daily'],
    }),
  },
  {
    id: 'goal-conflict',
    metro: 'boston',
    limits: ['relocation'],
    notTo: [],
    goalKey: 'product leadership',
    conflictingGoal: 'London',
    me: me({
      name: 'Sam Lee',
      schools: ['Kellogg School of Management'],
      hometowns: ['Somerville, Massachusetts'],
      placesLived: ['Boston, MA'],
      employers: ['Stripe'],
      interests: ['cycling'],
      goals: 'Relocate to London for a bigger role.\nMove into a product leadership role',
      limits: 'not willing to relocate',
      offers: 'Explain our API to your team',
      seniority: 'Senior Product Manager',
      proudOf: ['Cut checkout latency by 40%'],
    }),
  },
  {
    id: 'madrid',
    metro: 'madrid',
    limits: ['relocation', 'calls-evenings'],
    goalKey: 'design director',
    me: me({
      name: 'Lucía Gómez',
      schools: ['Universidad Complutense de Madrid'],
      hometowns: ['Guayaquil, Ecuador'],
      placesLived: ['Madrid, Spain'],
      employers: ['Cabify'],
      interests: ['illustration'],
      goals: 'Become a design director',
      limits: 'No quiero mudarme. Nada de llamadas por la noche.',
      offers: 'Review portfolios and design critiques',
      seniority: 'Senior Product Designer',
      proudOf: ['Redesigned the rider app booking flow'],
    }),
  },
];

/** The people. */
export const PEOPLE: AuditPerson[] = [
  {
    id: 'vietnamese-order',
    metro: 'hanoi',
    given: 'An',
    role: 'mentor',
    stage: 'replied',
    profile: person('an-nguyen', {
      name: 'Nguyễn Văn An',
      location: 'Hanoi, Vietnam',
      degree: '1st',
      current: { title: 'VP Engineering', company: 'VNG Corporation' },
      experience: [
        { title: 'VP Engineering', company: 'VNG Corporation', start: '2016', end: 'Present' },
        { title: 'Engineer', company: 'FPT Software', location: 'Hanoi, Vietnam', start: '2010', end: '2015' },
      ],
      education: [{ school: 'Hanoi University of Science and Technology', degree: 'BEng', end: '2009' }],
      skills: ['Kubernetes'],
    }),
  },
  {
    id: 'korean-order',
    metro: 'seoul',
    given: 'Min-jun',
    role: 'sponsor',
    profile: person('kim-min-jun', {
      name: 'Kim Min-jun',
      location: 'Seoul, South Korea',
      degree: '2nd',
      current: { title: 'Director of Product', company: 'Samsung Electronics' },
      education: [{ school: 'KAIST', degree: 'MS', end: '2008' }],
      skills: ['Running', 'Product Strategy'],
    }),
  },
  {
    id: 'german-titles',
    metro: 'munich',
    given: 'Jürgen',
    role: 'mentor',
    stage: 'saved',
    profile: person('juergen-mueller', {
      name: 'Prof. Dr.-Ing. Jürgen Müller',
      location: 'München, Bayern, Deutschland',
      degree: '3rd',
      current: { title: 'Head of Research', company: 'Siemens' },
      experience: [
        { title: 'Head of Research', company: 'Siemens', start: '2015', end: 'heute' },
        {
          title: 'Senior Researcher',
          company: 'ETH Zurich',
          location: 'Zürich, Switzerland',
          start: '2008',
          end: '2015',
        },
      ],
      education: [{ school: 'Technische Universität München', degree: 'Dr.-Ing.', end: '2007' }],
      interests: [{ name: 'Alpine skiing', category: 'groups' }],
    }),
  },
  {
    id: 'shouting-case',
    metro: 'san-diego',
    given: 'Mary-Jane',
    role: 'sponsor',
    stage: 'contacted',
    profile: person('mary-jane-oneil', {
      name: 'MARY-JANE O’NEIL',
      location: 'San Diego, California, United States',
      degree: '2nd',
      mutualConnections: 3,
      current: { title: 'VP Marketing', company: 'Qualcomm' },
      experience: [
        { title: 'VP Marketing', company: 'Qualcomm', start: '2019', end: 'Present' },
        { title: 'Head of Growth', company: 'Nubank', location: 'São Paulo, Brazil', start: '2014', end: '2019' },
      ],
      education: [{ school: 'The University of Texas at Austin', degree: 'BA', end: '2005' }],
      skills: ['Brand Strategy'],
    }),
  },
  {
    id: 'same-org',
    metro: 'zurich',
    given: 'Urs',
    role: 'sponsor',
    stage: 'meeting',
    profile: person('urs-brunner', {
      name: 'Urs Brunner',
      location: 'Zurich, Switzerland',
      degree: '1st',
      current: { title: 'Managing Director', company: 'UBS' },
      experience: [{ title: 'Managing Director', company: 'UBS', start: '2012', end: 'Present' }],
      education: [{ school: 'University of St. Gallen', degree: 'MA', end: '2001' }],
    }),
  },
  {
    id: 'past-job-abroad',
    metro: 'san-diego',
    given: 'Diego',
    role: 'both',
    stage: 'sponsoring',
    daysAtStage: 95,
    profile: person('diego-paredes', {
      name: 'Diego Paredes',
      location: 'San Diego, California',
      degree: '1st',
      current: { title: 'Design Director', company: 'Intuit' },
      experience: [
        { title: 'Design Director', company: 'Intuit', start: '2018', end: 'Present' },
        { title: 'Designer', company: 'Bu Multimedia', location: 'Guayaquil, Ecuador', start: '2010', end: '2014' },
      ],
      education: [{ school: 'Universidad Católica de Santiago de Guayaquil', degree: 'BA', end: '2009' }],
      skills: ['Illustration'],
    }),
  },
  {
    id: 'hungarian-order',
    metro: 'budapest',
    given: 'Péter',
    role: 'mentor',
    stage: 'declined',
    profile: person('nagy-peter', {
      name: 'Nagy Péter',
      location: 'Budapest, Hungary',
      degree: '2nd',
      current: { title: 'CTO', company: 'Prezi' },
      skills: ['Sailing'],
    }),
  },
  {
    id: 'boston-vp',
    metro: 'boston',
    given: 'Ana',
    role: 'both',
    stage: 'thanked',
    profile: person('ana-souza', {
      name: 'Dr. Ana Souza, PhD (she/her) 🚀',
      location: 'Greater Boston',
      degree: '2nd',
      mutualConnections: 12,
      current: { title: 'VP Product', company: 'Acme Pay' },
      experience: [
        { title: 'VP Product', company: 'Acme Pay', start: '2020', end: 'Present' },
        { title: 'Product Lead', company: 'Stripe', start: '2015', end: '2019' },
      ],
      education: [{ school: 'Northwestern University', degree: 'MBA', end: '2009' }],
      skills: ['Road Cycling'],
    }),
  },
  {
    id: 'same-org-stockholm',
    metro: 'stockholm',
    given: 'Emma',
    role: 'mentor',
    stage: 'mentoring',
    daysAtStage: 30,
    profile: person('emma-lindqvist', {
      name: 'Emma Lindqvist',
      location: 'Stockholm, Sweden',
      degree: '2nd',
      current: { title: 'Engineering Director', company: 'Spotify' },
      experience: [{ title: 'Engineering Director', company: 'Spotify', start: '2017', end: 'Present' }],
      education: [{ school: 'KTH Royal Institute of Technology', degree: 'MSc', end: '2006' }],
    }),
  },
];

/** What only the user knows, per kind that asks for it (given on even variants; odd variants go without). */
export const NOTES: Partial<Record<string, string>> = {
  'thank-you': 'how to prepare for the promotion panel',
  'progress-update': 'I was asked to lead the Q3 platform review',
  'follow-up': 'I finished the certification I was working on',
  're-evaluate': 'I moved to the platform team last month',
};
