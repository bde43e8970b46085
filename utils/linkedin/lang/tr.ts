import type { UiWords } from './types';

/** Turkish UI words. */
export const tr = {
  code: 'tr',
  degree: { first: ['1.'], second: ['2.'], third: ['3.', '3.+'] },
  followers: ['takipçi'],
  connections: ['bağlantı'],
  durationUnits: ['yıl', 'ay'],
  present: ['Halen', 'halen', 'Günümüz', 'Hâlâ'],
  employmentTypes: [
    'Tam zamanlı',
    'Yarı zamanlı',
    'Serbest çalışan',
    'Serbest',
    'Kendi işinin sahibi',
    'Sözleşmeli',
    'Stajyer',
    'Staj',
    'Çırak',
    'Mevsimlik',
    'Geçici',
    'Gönüllü',
  ],
  workplaceTypes: ['İş yerinde', 'Hibrit', 'Uzaktan'],
  headings: {
    about: ['Hakkında'],
    activity: ['Faaliyet', 'Etkinlik'],
    experience: ['Deneyim'],
    education: ['Eğitim'],
    skills: ['Yetenekler', 'Beceriler'],
    interests: ['İlgi Alanları', 'İlgi alanları'],
    languages: ['Diller'],
    volunteering: ['Gönüllü deneyim', 'Gönüllülük'],
  },
  interestTabs: {
    topVoices: ['Top Voices'],
    companies: ['Şirketler'],
    groups: ['Gruplar'],
    newsletters: ['Bültenler'],
    schools: ['Okullar'],
  },
} as const satisfies UiWords;
