import type { UiWords } from './types';

/** French UI words. */
export const fr = {
  code: 'fr',
  degree: { first: ['1er'], second: ['2e'], third: ['3e', '3e+'] },
  followers: ['abonnés', 'abonné'],
  connections: ['relations', 'relation'],
  durationUnits: ['an', 'ans', 'mois'],
  present: ['aujourd’hui', "aujourd'hui", 'Aujourd’hui'],
  employmentTypes: [
    'Temps plein',
    'Temps partiel',
    'Indépendant',
    'Freelance',
    'CDI',
    'CDD',
    'Stage',
    'Alternance',
    'Contrat en alternance',
    'Saisonnier',
    'Intérim',
    'Bénévole',
  ],
  workplaceTypes: ['Sur site', 'Hybride', 'À distance', 'Télétravail'],
  headings: {
    about: ['Infos', 'À propos'],
    activity: ['Activité'],
    experience: ['Expérience'],
    education: ['Formation'],
    skills: ['Compétences'],
    interests: ['Centres d’intérêt', "Centres d'intérêt"],
    languages: ['Langues'],
    volunteering: ['Bénévolat', 'Expérience de bénévolat'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Entreprises'],
    groups: ['Groupes'],
    newsletters: ['Newsletters'],
    schools: ['Écoles', 'Établissements'],
  },
} as const satisfies UiWords;
