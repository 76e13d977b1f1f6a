import type { Scenario } from '../../content/scenario.ts';
import type { CustomerState } from '../state.ts';
import { matchAny } from './match.ts';
import type { Sentence } from './text.ts';

/** A step the agent tells the customer to carry out: "tap Settings", "打开设置", "log in with…". */
const INSTRUCTION_EN =
  /(?:^|[,;:-]\s*|\b(?:please|now|first|then|next|so|and|just|can you|could you|try to|go ahead and)\s+)(?:tap|open|go (?:to|into|back)|click|press|select|choose|switch|turn (?:on|off)|toggle|log (?:in|out)|sign (?:in|out)|find|scroll|allow|close|restart|reopen|try|look for|head to|enter|type|key in|fill in|do (?:the|a|it)|complete|follow|confirm (?:that|the|it))\b/u;
const INSTRUCTION_ZH =
  /(?:^|[，,。；：\s]|请|麻烦|您|你|先|再|然后|现在|接着|直接|就|最后)(?:点|选|按|确认(?!一下(?:您的)?身份))|(?<!已经?|没有?|能|可以)(?:打开|进入|进到|切换|登录|登陆|找到|开启|关掉|关闭|返回|回到|退出|重启|试一下|试试|输入|拉到)/u;
/** "Did you open it?", "打开了吗": asks how it went, gives no step. */
const ASKS_HOW_IT_WENT = /^(?:did|have|has|are|is|was|were)\b|了吗|了没|有没有|是否/u;

const HOW_DID_IT_GO =
  /^(?:did|have|has|was|were|is|are)\b|\bable to\b|\bmanage to\b|了吗|了没|好了吗|成功了吗|有没有/u;

export function isInstruction(s: Sentence): boolean {
  if (s.act === 'question' && ASKS_HOW_IT_WENT.test(s.norm.trim())) return false;
  return INSTRUCTION_EN.test(s.norm) || INSTRUCTION_ZH.test(s.norm);
}

/**
 * The step the customer does now: the first instruction in the agent's turn that names one of the
 * scenario's steps not yet done (one step a turn, whatever the agent listed). `instructed` says
 * whether the turn gave any step at all.
 */
export function readStep(sc: Scenario, state: CustomerState, sents: readonly Sentence[]) {
  const steps = (sc.reactions.steps ?? []).filter((s) => !state.stepsDone.includes(s.id));
  const ready = (s: (typeof steps)[number]) => !s.after || state.stepsDone.includes(s.after);
  const instructions = sents.filter(isInstruction);
  for (const s of instructions) {
    const step = steps.find((st) => ready(st) && matchAny(st.doneBy, s) > 0);
    if (step) return { step: step.id, instructed: true };
    // Told to do a step too early: the customer tries and says what stops them.
    const early = steps.find((st) => !ready(st) && st.blocked && matchAny(st.doneBy, s) > 0);
    if (early) return { blocked: early.id, instructed: true };
  }
  // "Were you able to bind it?": how a step already done went, answered with what the customer saw.
  const done = (sc.reactions.steps ?? []).filter((s) => state.stepsDone.includes(s.id));
  for (const s of sents.filter((x) => x.act === 'question' && HOW_DID_IT_GO.test(x.norm.trim()))) {
    const step = done.find((st) => matchAny(st.doneBy, s) > 0);
    if (step) return { checked: step.id, instructed: instructions.length > 0 };
  }
  return { instructed: instructions.length > 0 };
}
