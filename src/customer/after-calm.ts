import type { PhraseKey } from './phrases.ts';
import type { CustomerState } from './state.ts';

/** The agent reports something done, not offered: "I've submitted", "已经帮您提交了", "is now unlocked". */
const DONE =
  /\b(?:i'?ve|i have|we'?ve|we have|has been|have been|is now|are now|all set|done)\b|已经|已(?:为您|帮您|给您)?(?:提交|登记|安排|申请|升级|冻结|锁|解|恢复|加急|办)|帮您.{0,8}(?:好了|了[，。！]|了$)|搞定/iu;

/** What was done, by the words a customer would thank for it (the first that fits wins). */
const KINDS: { key: PhraseKey; said: RegExp }[] = [
  { key: 'thanksPickup', said: /courier|pick-?up|collection|快递|取件|上门/iu },
  { key: 'thanksReturn', said: /\breturn\b|退货|退款申请/iu },
  { key: 'thanksEscalated', said: /escalat|urgent|priority|升级|加急|催办|优先/iu },
  { key: 'thanksUnlocked', said: /unlock|unfro|unblock|lifted|restored|解冻|解除|解锁|恢复/iu },
  { key: 'thanksLocked', said: /\block|froze|frozen|block|冻结|锁|挂失|止付/iu },
  { key: 'thanksReview', said: /\breview\b|复核|申诉/iu },
];

/**
 * A calmed customer told something was done thanks for that thing, by name ("Thanks for booking the
 * pickup"), once for each; with no name to give, one plain thanks for sorting it out.
 */
export function thanksForDone(
  agentText: string,
  acted: boolean,
  state: CustomerState,
): PhraseKey | undefined {
  const clauses = agentText.split(/[。！？!?;；]|\.(?:\s|$)/u).filter((c) => DONE.test(c));
  const kind = KINDS.find(
    (k) => !state.used.includes(`thanked:${k.key}`) && clauses.some((c) => k.said.test(c)),
  );
  const key = kind?.key ?? (acted && clauses.length ? 'thanksDone' : undefined);
  if (!key || state.used.includes(`thanked:${key}`)) return undefined;
  state.used.push(`thanked:${key}`);
  return key;
}

/**
 * Something still to come after the call: a wait of hours or days, a callback, money on its way
 * ("within 3 working days", "会有专人回电"); "should lift within a few minutes" is done in the call.
 */
const PENDING =
  /\b(?:\d+|one|two|three|a few|several) (?:working |business )?(?:days?|hours?|weeks?)\b|\b(?:will|'ll) (?:be (?:back|credited|refunded|reviewed|in touch)|get back|arrive|reach|come back|call|contact|text|email|review)\b|\bin the meantime\b|\bfollow[- ]up\b|\d+\s?(?:个)?(?:工作日|天|小时)(?:内|之内|以内|后)?|会(?:有|给您|通知|回电|联系|到账|退回|退到|审核|复核)|后续|等(?:待|着)?.{0,6}(?:结果|通知|回电|到账)|回电/iu;

/** Remembers that the agent spoke of something still to come, for the closing check. */
export function notePending(agentText: string, state: CustomerState): void {
  if (!state.used.includes('heard-pending') && PENDING.test(agentText)) state.used.push('heard-pending');
}

/**
 * Answering "anything else?" the first time, a calmed customer checks nothing is left for them to do,
 * when something is still to come; with everything done in the call there is nothing to check.
 */
export function closingCheck(state: CustomerState): boolean {
  if (state.used.includes('closing-check') || !state.used.includes('heard-pending')) return false;
  state.used.push('closing-check');
  return true;
}
