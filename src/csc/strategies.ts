import type { StageId } from './stages.ts';
import type { LocalizedText } from './text.ts';

export const STRATEGY_CODES = [
  'GT',
  'IV',
  'RP',
  'PR',
  'EM',
  'PS',
  'ID',
  'RI',
  'FR',
  'RC',
  'AC',
  'OT',
] as const;
export type StrategyCode = (typeof STRATEGY_CODES)[number];

/** Primary-label priority when several strategies fit equally: earlier wins. */
export const PRIMARY_PRIORITY: readonly StrategyCode[] = [
  'RI',
  'PS',
  'PR',
  'IV',
  'EM',
  'RP',
  'ID',
  'FR',
  'RC',
  'AC',
  'GT',
  'OT',
];

export interface Strategy {
  code: StrategyCode;
  name: LocalizedText;
  /** null for OT, which belongs to no stage. */
  stage: StageId | null;
  useWhen: LocalizedText;
  notWhen: LocalizedText;
}

export const STRATEGIES: readonly Strategy[] = [
  {
    code: 'GT',
    name: { en: 'Greeting', zh: '礼貌问候' },
    stage: 'connecting',
    useWhen: {
      en: 'Opening the conversation warmly and professionally',
      zh: '以热情、专业的方式开启对话',
    },
    notWhen: { en: 'The line carries any content beyond the opening', zh: '这句话包含开场之外的任何内容' },
  },
  {
    code: 'IV',
    name: { en: 'Identity Verification', zh: '确认身份' },
    stage: 'connecting',
    useWhen: {
      en: 'Asking for account / name / phone / ID to verify who the customer is or what they may do',
      zh: '询问账户、姓名、手机号或证件信息，以核实客户身份或权限',
    },
    notWhen: {
      en: 'The question gathers problem details (that is PR)',
      zh: '问题是在收集问题细节（那是细化问题 PR）',
    },
  },
  {
    code: 'RP',
    name: { en: 'Restatement or Paraphrasing', zh: '重述或转述' },
    stage: 'identifying',
    useWhen: {
      en: "Repeating the customer's core problem in simpler words to confirm understanding",
      zh: '用更简单的话复述客户的核心问题，以确认理解无误',
    },
    notWhen: {
      en: 'It adds new information, advice or a question for new facts',
      zh: '加入了新信息、建议，或在询问新的事实',
    },
  },
  {
    code: 'EM',
    name: { en: 'Emotional Management', zh: '情感管理' },
    stage: 'identifying',
    useWhen: {
      en: 'The customer is clearly upset and the agent answers the feeling first (empathy, apology, reassurance)',
      zh: '客户情绪明显不佳时，先回应情绪（共情、致歉、安抚）',
    },
    notWhen: {
      en: 'The customer is calm; a routine "thanks for waiting"',
      zh: '客户情绪平稳；例行的“感谢您的耐心等待”',
    },
  },
  {
    code: 'PR',
    name: { en: 'Problem Refinement', zh: '细化问题' },
    stage: 'exploring',
    useWhen: {
      en: 'Focused follow-up questions that ask for NEW information about the need',
      zh: '有针对性地追问，获取关于需求的新信息',
    },
    notWhen: {
      en: 'The question only confirms what was said (RP) or verifies identity (IV)',
      zh: '问题只是确认已说过的内容（RP）或核实身份（IV）',
    },
  },
  {
    code: 'PS',
    name: { en: 'Providing Suggestions', zh: '提供建议' },
    stage: 'exploring',
    useWhen: {
      en: 'A concrete, actionable recommendation or plan for an established need',
      zh: '针对已明确的需求，给出具体、可操作的建议或方案',
    },
    notWhen: {
      en: 'It only explains rules (ID) or only comforts (EM)',
      zh: '只是解释规则（ID）或只是安抚（EM）',
    },
  },
  {
    code: 'ID',
    name: { en: 'Information Delivery', zh: '信息传达' },
    stage: 'resolving',
    useWhen: {
      en: 'Explaining objective policies, processes, fees, timelines, facts',
      zh: '说明客观的政策、流程、费用、时效和事实',
    },
    notWhen: { en: 'Advice or an action is mixed in (PS / RI)', zh: '其中夹带了建议或操作（PS / RI）' },
  },
  {
    code: 'RI',
    name: { en: 'Resolution Implementation', zh: '解决实施' },
    stage: 'resolving',
    useWhen: {
      en: 'Starting or carrying out the agreed solution, reporting progress ("I have submitted the refund, reference #…")',
      zh: '启动或执行已商定的方案，并汇报进展（“已为您提交退款，单号……”）',
    },
    notWhen: { en: 'Nothing is actually done or updated', zh: '实际上没有做任何操作或更新' },
  },
  {
    code: 'FR',
    name: { en: 'Feedback Request', zh: '反馈请求' },
    stage: 'maintaining',
    useWhen: {
      en: 'After the problem is fully handled, asking whether it is solved / how satisfied the customer is / anything else',
      zh: '问题处理完毕后，询问是否已解决、是否满意、是否还有其他需要',
    },
    notWhen: { en: 'Asked mid-process', zh: '在处理过程中途询问' },
  },
  {
    code: 'RC',
    name: { en: 'Relationship Continuation', zh: '关系延续' },
    stage: 'maintaining',
    useWhen: {
      en: 'Pointing to future services, updates, how to get help later',
      zh: '介绍后续服务、进展通知，以及日后如何获得帮助',
    },
    notWhen: { en: 'It solves the current problem', zh: '它是在解决当前的问题' },
  },
  {
    code: 'AC',
    name: { en: 'Appreciation and Closure', zh: '感谢与告别' },
    stage: 'maintaining',
    useWhen: { en: 'Thanking and closing the conversation', zh: '致谢并结束对话' },
    notWhen: { en: 'It carries information or advice', zh: '其中包含信息或建议' },
  },
  {
    code: 'OT',
    name: { en: 'Others', zh: '其它' },
    stage: null,
    useWhen: {
      en: 'None of the eleven fits (off-topic, policy-violating request declined, silence)',
      zh: '其余十一种都不适用（离题、拒绝违规请求、沉默）',
    },
    notWhen: { en: 'Any other strategy fits', zh: '有其他策略适用' },
  },
];

const BY_CODE = new Map(STRATEGIES.map((s) => [s.code, s]));
export const strategyByCode = (code: StrategyCode): Strategy => BY_CODE.get(code) as Strategy;

const RANK = new Map(PRIMARY_PRIORITY.map((c, i) => [c, i]));
/** Lower rank wins the primary label. */
export const priorityRank = (code: StrategyCode): number => RANK.get(code) as number;

export const isStrategyCode = (value: string): value is StrategyCode => BY_CODE.has(value as StrategyCode);
