import type { UiWords } from './types';

/** Spanish UI words. */
export const es = {
  code: 'es',
  degree: { first: ['1er', '1.º', '1º'], second: ['2º', '2.º', '2do'], third: ['3er', '3.º', '3º', '3er+', '3º+'] },
  followers: ['seguidores', 'seguidor'],
  connections: ['contactos', 'contacto'],
  durationUnits: ['año', 'años', 'mes', 'meses'],
  present: ['actualidad', 'la actualidad', 'Actualidad'],
  employmentTypes: [
    'Jornada completa',
    'Jornada parcial',
    'Media jornada',
    'Tiempo completo',
    'Autónomo',
    'Freelance',
    'Contrato temporal',
    'Contrato de prácticas',
    'Contrato de formación',
    'Prácticas',
    'Temporal',
    'De temporada',
    'Voluntario',
  ],
  workplaceTypes: ['Presencial', 'Híbrido', 'En remoto', 'Remoto'],
  headings: {
    about: ['Acerca de'],
    activity: ['Actividad'],
    experience: ['Experiencia'],
    education: ['Educación', 'Formación'],
    skills: ['Aptitudes', 'Habilidades'],
    interests: ['Intereses'],
    languages: ['Idiomas'],
    volunteering: ['Voluntariado', 'Experiencia de voluntariado'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Empresas'],
    groups: ['Grupos'],
    newsletters: ['Newsletters', 'Boletines'],
    schools: ['Instituciones educativas', 'Universidades', 'Escuelas'],
  },
} as const satisfies UiWords;
