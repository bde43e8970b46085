import type { UiWords } from './types';

/** Dutch UI words. */
export const nl = {
  code: 'nl',
  degree: { first: ['1e'], second: ['2e'], third: ['3e', '3e+'] },
  followers: ['volgers', 'volger'],
  connections: ['connecties', 'connectie', 'relaties'],
  durationUnits: ['jr', 'jaar', 'jaren', 'mnd', 'maand', 'maanden'],
  present: ['heden', 'Heden'],
  employmentTypes: [
    'Fulltime',
    'Voltijd',
    'Parttime',
    'Deeltijd',
    'Zelfstandig',
    'Freelance',
    'Contract',
    'Tijdelijk',
    'Stage',
    'Leerling',
    'Seizoensgebonden',
    'Vrijwilliger',
  ],
  workplaceTypes: ['Op locatie', 'Hybride', 'Op afstand'],
  headings: {
    about: ['Info', 'Over'],
    activity: ['Activiteit'],
    experience: ['Ervaring', 'Werkervaring'],
    education: ['Opleiding'],
    skills: ['Vaardigheden'],
    interests: ['Interesses'],
    languages: ['Talen'],
    volunteering: ['Vrijwilligerswerk'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Bedrijven'],
    groups: ['Groepen'],
    newsletters: ['Nieuwsbrieven'],
    schools: ['Scholen', 'Onderwijsinstellingen'],
  },
} as const satisfies UiWords;
