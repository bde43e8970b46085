import type { UiWords } from './types';

/** Japanese UI words. */
export const ja = {
  code: 'ja',
  degree: { first: ['1次'], second: ['2次'], third: ['3次', '3次+'] },
  followers: ['フォロワー', 'フォロワー数'],
  connections: ['つながり'],
  durationUnits: ['年', 'か月', 'ヶ月', 'カ月', 'ヵ月'],
  present: ['現在'],
  employmentTypes: [
    '正社員',
    'パートタイム',
    '自営業',
    'フリーランス',
    '契約社員',
    'インターンシップ',
    '派遣社員',
    '見習い',
    '季節労働',
    'ボランティア',
  ],
  workplaceTypes: ['出社', 'オンサイト', 'ハイブリッド', 'リモート'],
  headings: {
    about: ['概要', '自己紹介'],
    activity: ['アクティビティ'],
    experience: ['職歴'],
    education: ['学歴'],
    skills: ['スキル'],
    interests: ['興味・関心', '興味関心'],
    languages: ['言語'],
    volunteering: ['ボランティア経験'],
  },
  interestTabs: {
    topVoices: ['トップボイス', 'Top Voices'],
    companies: ['企業', '会社'],
    groups: ['グループ'],
    newsletters: ['ニュースレター'],
    schools: ['学校'],
  },
} as const satisfies UiWords;
