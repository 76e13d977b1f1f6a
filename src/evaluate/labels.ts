import type { Scenario } from '../content/scenario.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import type { Section } from './scorecard-model.ts';

export const SECTION_LABELS: Record<Section, LocalizedText> = {
  opening: { zh: '开场', en: 'Opening' },
  understanding: { zh: '理解', en: 'Understanding' },
  resolution: { zh: '解决', en: 'Resolution' },
  compliance: { zh: '合规', en: 'Compliance' },
  closing: { zh: '结束', en: 'Closing' },
  'soft-skills': { zh: '软技能', en: 'Soft skills' },
  efficiency: { zh: '效率', en: 'Efficiency' },
};

const CHECK_LABELS: Record<string, LocalizedText> = {
  greeting: { zh: '开场问候', en: 'Greeted the customer' },
  'identity-verified': { zh: '办理前核实身份', en: 'Verified identity before acting' },
  'first-step-in-time': { zh: '及时开始处理问题', en: 'Got to work on the problem in time' },
  'problem-understood': { zh: '复述或细化了问题', en: 'Restated or refined the problem' },
  'hidden-facts-uncovered': { zh: '问出了关键细节', en: 'Uncovered the hidden details' },
  empathy: { zh: '回应了客户情绪', en: "Answered the customer's emotion" },
  'no-wrong-fact': { zh: '没有说错关键信息', en: 'Stated no fact wrongly' },
  'action-taken': { zh: '实际办理了', en: 'Actually took action' },
  'goal-met': { zh: '客户诉求得到满足', en: "Customer's goal met" },
  'no-forbidden-claim': { zh: '没有违规表述', en: 'No forbidden claim' },
  'no-secret-request': { zh: '没有索要密码或验证码', en: 'Never asked for a password or code' },
  'no-overpromise': { zh: '没有做无法兑现的承诺', en: 'Made no promise that cannot be kept' },
  'no-early-disclosure': {
    zh: '核实身份前没有透露账户信息，之后也没多报不必要的',
    en: 'Disclosed no account data before verifying, nor more than needed after',
  },
  'no-data-leak': { zh: '没有向他人泄露信息', en: 'No data disclosed to the wrong person' },
  'no-manipulation': { zh: '没有试图操纵模拟客户', en: 'Did not try to instruct the simulator' },
  'feedback-requested': { zh: '询问了满意度/其他需要', en: 'Asked for feedback' },
  'closed-politely': { zh: '礼貌致谢结束', en: 'Thanked and closed' },
  polite: { zh: '礼貌用语', en: 'Polite' },
  'no-blame': { zh: '没有指责客户', en: 'Did not blame the customer' },
  'no-dismissal': { zh: '没有轻视客户的感受', en: "Did not brush off the customer's feelings" },
  'no-stalling': { zh: '没有拖延或闲聊', en: 'Did not stall with filler' },
  'turns-to-resolution': { zh: '解决所用轮次', en: 'Turns to resolution' },
  'response-time': { zh: '回复速度', en: 'Response time' },
};

const shorten = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A check's name for people; knowledge checks show the start of the entry when the scenario is known. */
export function checkLabel(id: string, lang: Lang, scenario?: Scenario): string {
  if (id.startsWith('knowledge:')) {
    const entryId = id.slice('knowledge:'.length);
    const entry = scenario?.knowledge.find((k) => k.id === entryId);
    return `${lang === 'zh' ? '传达了：' : 'Conveyed: '}${entry ? shorten(entry.text[lang]) : entryId}`;
  }
  return CHECK_LABELS[id]?.[lang] ?? id;
}

export const END_REASON_LABELS: Record<string, LocalizedText> = {
  resolved: { zh: '问题已解决', en: 'Resolved and closed' },
  'customer-gave-up': { zh: '客户放弃了', en: 'Customer gave up' },
  'trainee-ended': { zh: '学员结束', en: 'Ended by the trainee' },
  'max-turns': { zh: '达到最大轮次', en: 'Maximum turns reached' },
  'idle-timeout': { zh: '长时间未回复', en: 'Idle timeout' },
  abandoned: { zh: '中途离开', en: 'Abandoned' },
};

export const UI = {
  zh: {
    pass: '通过',
    fail: '未通过',
    overall: '总分',
    improvements: '改进建议',
    trySaying: '试着说',
    fatal: '致命违规',
  },
  en: {
    pass: 'PASS',
    fail: 'FAIL',
    overall: 'Overall',
    improvements: 'Improvements',
    trySaying: 'Try saying',
    fatal: 'fatal breach',
  },
} as const;
