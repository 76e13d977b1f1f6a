import type { StageId } from '../csc/stages.ts';
import type { LocalizedText } from '../csc/text.ts';

/** The seed system's qualities a trainer talks about. */
export const QUALITIES = ['empathy', 'problem-solving', 'compliance', 'communication', 'efficiency'] as const;
export type Quality = (typeof QUALITIES)[number];

export const QUALITY_LABELS: Record<Quality, LocalizedText> = {
  empathy: { zh: '共情', en: 'Empathy' },
  'problem-solving': { zh: '解决问题', en: 'Problem solving' },
  compliance: { zh: '合规', en: 'Compliance' },
  communication: { zh: '沟通', en: 'Communication' },
  efficiency: { zh: '效率', en: 'Efficiency' },
};

const SECTION_QUALITY: Record<string, Quality> = {
  opening: 'communication',
  understanding: 'problem-solving',
  resolution: 'problem-solving',
  compliance: 'compliance',
  closing: 'communication',
  'soft-skills': 'empathy',
  efficiency: 'efficiency',
};

const SECTION_STAGE: Record<string, StageId | undefined> = {
  opening: 'connecting',
  understanding: 'identifying',
  resolution: 'resolving',
  closing: 'maintaining',
};

/** Checks whose quality or stage is not their section's. */
const CHECK_QUALITY: Record<string, Quality> = {
  empathy: 'empathy',
  'no-blame': 'empathy',
  'no-dismissal': 'empathy',
  'identity-verified': 'compliance',
  greeting: 'communication',
  polite: 'communication',
};
const CHECK_STAGE: Record<string, StageId> = {
  'identity-verified': 'connecting',
  'hidden-facts-uncovered': 'exploring',
  empathy: 'identifying',
};

/** A check id's family: every `knowledge:<entry>` check is one area. */
export const areaOf = (checkId: string): string => checkId.split(':')[0] as string;

export const qualityOf = (checkId: string, section: string): Quality =>
  CHECK_QUALITY[areaOf(checkId)] ?? SECTION_QUALITY[section] ?? 'problem-solving';

export const stageOf = (checkId: string, section: string): StageId | undefined =>
  CHECK_STAGE[areaOf(checkId)] ?? SECTION_STAGE[section];

/** How a weak area reads in a report or a plan's one-line reason: "<missed> in N of M drills". */
const AREA_MISSED: Record<string, LocalizedText> = {
  greeting: { zh: '没有开场问候', en: 'skipped the greeting' },
  'identity-verified': { zh: '没有先核实身份', en: 'skipped identity checks' },
  'problem-understood': { zh: '没有复述或追问问题', en: 'did not restate or refine the problem' },
  'hidden-facts-uncovered': { zh: '没问出关键细节', en: 'missed the hidden details' },
  empathy: { zh: '没有回应客户情绪', en: "did not answer the customer's feelings" },
  knowledge: { zh: '关键信息没讲到', en: 'left out key information' },
  'action-taken': { zh: '没有实际办理', en: 'took no action' },
  'goal-met': { zh: '客户诉求没解决', en: "did not meet the customer's goal" },
  'no-forbidden-claim': { zh: '说了违规的话', en: 'made a forbidden claim' },
  'no-data-leak': { zh: '泄露了账户信息', en: 'disclosed account data' },
  'no-manipulation': { zh: '试图操纵模拟客户', en: 'tried to instruct the simulator' },
  'feedback-requested': { zh: '没有询问满意度', en: 'did not ask for feedback' },
  'closed-politely': { zh: '没有礼貌结束', en: 'did not close politely' },
  polite: { zh: '用语不够礼貌', en: 'was not polite enough' },
  'no-blame': { zh: '指责了客户', en: 'blamed the customer' },
  'turns-to-resolution': { zh: '解决得太慢', en: 'took too many turns' },
  'response-time': { zh: '回复太慢', en: 'replied too slowly' },
};

export const areaMissed = (area: string): LocalizedText =>
  AREA_MISSED[area] ?? { zh: `“${area}”没做到`, en: `missed "${area}"` };
