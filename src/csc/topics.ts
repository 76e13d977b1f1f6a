import type { LocalizedText } from './text.ts';

export const TOPIC_IDS = [
  'account-transactions',
  'product-consultation',
  'technical-support',
  'complaints',
  'marketing',
  'risk-security',
  'financial-planning',
  'other',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const TOPICS: Record<TopicId, LocalizedText> = {
  'account-transactions': { en: 'Account & transaction management', zh: '账户和交易管理' },
  'product-consultation': { en: 'Product consultation', zh: '产品咨询' },
  'technical-support': { en: 'Technical support & online services', zh: '技术支持与在线服务' },
  complaints: { en: 'Complaints & dispute resolution', zh: '投诉与纠纷解决' },
  marketing: { en: 'Marketing & promotion activities', zh: '营销与推广活动' },
  'risk-security': { en: 'Risk management & security', zh: '风险管理与安全' },
  'financial-planning': { en: 'Financial consultation & planning', zh: '财务咨询与规划' },
  other: { en: 'Other', zh: '其他' },
};
