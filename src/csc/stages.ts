import type { LocalizedText } from './text.ts';

export const STAGE_IDS = ['connecting', 'identifying', 'exploring', 'resolving', 'maintaining'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface Stage {
  id: StageId;
  order: number;
  name: LocalizedText;
  purpose: LocalizedText;
}

export const STAGES: readonly Stage[] = [
  {
    id: 'connecting',
    order: 1,
    name: { en: 'Connecting', zh: '欢迎和建立联系（连接）' },
    purpose: { en: 'First impression, rapport, who am I talking to', zh: '第一印象，建立关系，确认对方是谁' },
  },
  {
    id: 'identifying',
    order: 2,
    name: { en: 'Identifying', zh: '理解和识别问题（识别）' },
    purpose: {
      en: "Understand the real problem and the customer's state",
      zh: '理解真正的问题和客户的状态',
    },
  },
  {
    id: 'exploring',
    order: 3,
    name: { en: 'Exploring', zh: '寻求解决方案（探索）' },
    purpose: { en: 'Dig into the need, propose a way forward', zh: '深入了解需求，提出解决方向' },
  },
  {
    id: 'resolving',
    order: 4,
    name: { en: 'Resolving', zh: '解决和确认（解决）' },
    purpose: {
      en: 'Explain the rules that apply, carry the solution out',
      zh: '说明适用的规则，实施解决方案',
    },
  },
  {
    id: 'maintaining',
    order: 5,
    name: { en: 'Maintaining', zh: '结束和保持关系（维护）' },
    purpose: {
      en: 'Confirm satisfaction, keep the relationship, close',
      zh: '确认满意度，维护关系，结束对话',
    },
  },
];

export const stageById = (id: StageId): Stage => STAGES.find((s) => s.id === id) as Stage;
