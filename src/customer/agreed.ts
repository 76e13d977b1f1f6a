import { isSoft } from './line-shape.ts';
import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';

/** Lines that push back: a line with one of these is no yes, whatever else it holds. */
const PUSHES = new Set<Act['k']>(['objection', 'challenge']);
const PUSHING_BANKS = new Set(['doubt', 'doubtStays', 'stillDoubt', 'notDone', 'notDoneAgain', 'unresolved']);

/** The marker of an objection the customer let go by agreeing. */
const agreedMark = (id: string) => `agreed:${id}`;

/**
 * Saying yes to what is on the table ("好，卡已经挂失了我就放心点了，我这就去报警。谢谢你！"): the objections
 * its words had raised and the customer has not voiced are let go for good. Said later, with nothing
 * new from the agent, they would take the yes back ("报警？警察哪有空管这点钱").
 */
export function noteAgreement(
  line: readonly Act[],
  state: CustomerState,
  raisedNow: readonly string[],
): void {
  const pushes = line.some((a) => PUSHES.has(a.k) || (a.k === 'bank' && PUSHING_BANKS.has(a.key)));
  if (pushes || !line.some(isSoft)) return;
  for (const id of [...state.pendingObjections, ...raisedNow])
    if (!state.used.includes(agreedMark(id))) state.used.push(agreedMark(id));
  state.pendingObjections = [];
}

/** Whether the customer already let this objection go by agreeing. */
export const agreedTo = (state: CustomerState, id: string): boolean => state.used.includes(agreedMark(id));
