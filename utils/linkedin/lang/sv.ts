import type { UiWords } from './types';

/** Swedish UI words. */
export const sv = {
  code: 'sv',
  degree: { first: ['1:a'], second: ['2:a'], third: ['3:e', '3:e+'] },
  followers: ['följare'],
  connections: ['kontakter', 'kontakt'],
  durationUnits: ['år', 'mån', 'mån.', 'månad', 'månader'],
  present: ['nu', 'Nu', 'pågående'],
  employmentTypes: [
    'Heltid',
    'Deltid',
    'Egenföretagare',
    'Frilans',
    'Frilansare',
    'Konsult',
    'Visstidsanställning',
    'Tillsvidareanställning',
    'Praktik',
    'Lärling',
    'Säsongsanställning',
    'Volontär',
  ],
  workplaceTypes: ['På plats', 'Hybrid', 'På distans'],
  headings: {
    about: ['Om'],
    activity: ['Aktivitet'],
    experience: ['Erfarenhet'],
    education: ['Utbildning'],
    skills: ['Kompetenser', 'Färdigheter'],
    interests: ['Intressen'],
    languages: ['Språk'],
    volunteering: ['Volontärarbete', 'Ideellt arbete'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Företag'],
    groups: ['Grupper'],
    newsletters: ['Nyhetsbrev'],
    schools: ['Skolor', 'Lärosäten'],
  },
} as const satisfies UiWords;
