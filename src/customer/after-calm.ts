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

/** Answering "anything else?" the first time, a calmed customer checks nothing is left for them to do. */
export function closingCheck(state: CustomerState): boolean {
  if (state.used.includes('closing-check')) return false;
  state.used.push('closing-check');
  return true;
}
