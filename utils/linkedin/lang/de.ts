import type { UiWords } from './types';

/** German UI words. */
export const de = {
  code: 'de',
  degree: { first: ['1.'], second: ['2.'], third: ['3.', '3.+'] },
  followers: ['Follower', 'Follower:innen', 'Followern', 'Abonnenten'],
  connections: ['Kontakte', 'Kontakt', 'Kontakten'],
  durationUnits: ['J.', 'Jahr', 'Jahre', 'Jahren', 'Mon.', 'Monat', 'Monate', 'Monaten'],
  present: ['heute', 'Heute'],
  employmentTypes: [
    'Vollzeit',
    'Teilzeit',
    'Selbstständig',
    'Selbständig',
    'Freiberuflich',
    'Befristet',
    'Praktikum',
    'Ausbildung',
    'Saisonarbeit',
    'Ehrenamtlich',
    'Trainee',
    'Werkstudent',
  ],
  workplaceTypes: ['Vor Ort', 'Hybrid', 'Remote'],
  headings: {
    about: ['Info', 'Über mich'],
    activity: ['Aktivitäten', 'Aktivität'],
    experience: ['Berufserfahrung', 'Erfahrung'],
    education: ['Ausbildung'],
    skills: ['Kenntnisse', 'Fähigkeiten'],
    interests: ['Interessen'],
    languages: ['Sprachen'],
    volunteering: ['Ehrenamt', 'Ehrenamtliche Tätigkeiten'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Unternehmen'],
    groups: ['Gruppen'],
    newsletters: ['Newsletter'],
    schools: ['Hochschulen', 'Schulen'],
  },
} as const satisfies UiWords;
