import type { UiWords } from './types';

/** Portuguese (Brazil and Portugal) UI words. */
export const pt = {
  code: 'pt',
  degree: { first: ['1º', '1.º'], second: ['2º', '2.º'], third: ['3º', '3.º', '3º+'] },
  followers: ['seguidores', 'seguidor'],
  connections: ['conexões', 'conexão', 'ligações'],
  durationUnits: ['ano', 'anos', 'mês', 'meses'],
  present: ['o momento', 'momento', 'presente', 'Presente'],
  employmentTypes: [
    'Tempo integral',
    'Meio período',
    'Tempo inteiro',
    'Tempo parcial',
    'Autônomo',
    'Trabalhador independente',
    'Freelance',
    'Contrato temporário',
    'Estágio',
    'Aprendiz',
    'Temporário',
    'Trainee',
    'Voluntário',
  ],
  workplaceTypes: ['Presencial', 'Híbrido', 'Remoto', 'Remota'],
  headings: {
    about: ['Sobre'],
    activity: ['Atividades', 'Atividade'],
    experience: ['Experiência'],
    education: ['Formação acadêmica', 'Formação académica', 'Formação'],
    skills: ['Competências'],
    interests: ['Interesses'],
    languages: ['Idiomas', 'Línguas'],
    volunteering: ['Trabalho voluntário', 'Voluntariado'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Empresas'],
    groups: ['Grupos'],
    newsletters: ['Newsletters'],
    schools: ['Escolas', 'Instituições de ensino'],
  },
} as const satisfies UiWords;
