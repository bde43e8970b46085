import type { UiWords } from './types';

/** Chinese (simplified and traditional) UI words. */
export const zh = {
  code: 'zh',
  degree: { first: ['1度', '一度'], second: ['2度', '二度'], third: ['3度', '三度', '3度+', '三度+'] },
  followers: ['关注者', '位关注者', '追蹤者', '位追蹤者'],
  connections: ['好友', '位好友', '人脉', '聯絡人', '位聯絡人'],
  durationUnits: ['年', '个月', '個月'],
  present: ['至今', '现在', '目前'],
  employmentTypes: ['全职', '兼职', '自由职业', '个体经营', '合同工', '实习', '临时', '学徒', '全職', '兼職', '實習'],
  workplaceTypes: ['现场办公', '混合办公', '远程', '遠端', '混合'],
  headings: {
    about: ['简介', '關於'],
    activity: ['动态', '動態'],
    experience: ['工作经历', '經歷', '工作經歷'],
    education: ['教育经历', '學歷', '教育經歷'],
    skills: ['技能'],
    interests: ['兴趣', '興趣'],
    languages: ['语言', '語言'],
    volunteering: ['志愿者经历', '志工經驗'],
  },
  interestTabs: {
    topVoices: ['大咖', 'Top Voices'],
    companies: ['公司'],
    groups: ['群组', '社團'],
    newsletters: ['新闻简报', '電子報'],
    schools: ['学校', '學校'],
  },
} as const satisfies UiWords;
