import type { UiWords } from './types';

/** Italian UI words. */
export const it = {
  code: 'it',
  degree: { first: ['1°', '1º'], second: ['2°', '2º'], third: ['3°', '3º', '3°+'] },
  followers: ['follower'],
  connections: ['collegamenti', 'collegamento'],
  durationUnits: ['anno', 'anni', 'mese', 'mesi'],
  present: ['Presente', 'oggi', 'Oggi'],
  employmentTypes: [
    'A tempo pieno',
    'Part-time',
    'Lavoratore autonomo',
    'Libero professionista',
    'Freelance',
    'Contratto a termine',
    'Contratto a tempo determinato',
    'Stage',
    'Tirocinio',
    'Apprendistato',
    'Stagionale',
    'Volontario',
  ],
  workplaceTypes: ['In sede', 'Ibrido', 'Da remoto'],
  headings: {
    about: ['Informazioni'],
    activity: ['Attività'],
    experience: ['Esperienza'],
    education: ['Formazione'],
    skills: ['Competenze'],
    interests: ['Interessi'],
    languages: ['Lingue'],
    volunteering: ['Volontariato', 'Esperienze di volontariato'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Aziende'],
    groups: ['Gruppi'],
    newsletters: ['Newsletter'],
    schools: ['Scuole o università', 'Scuole', 'Università'],
  },
} as const satisfies UiWords;
