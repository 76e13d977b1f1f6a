import { HONEST_LIMIT } from './agenda.ts';
import { SOFT } from './line-shape.ts';
import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import { openDoubts } from './understand/challenges.ts';

/** A wrong promise or claim the customer heard, kept beside the figures it questioned. */
export const CLAIM_DOUBT = 'claim:forbidden';

/**
 * The agent steps back from what it asserted: "it's only a preliminary view, the investigation
 * decides", "只是初步判断，以调查结果为准", "我刚才说得太绝对了". A doubt needs nothing more.
 */
const HEDGES =
  /\b(?:only|just) (?:a |my )?(?:preliminary|initial|first) (?:view|assessment|finding|judg(?:e)?ment)|\bnot (?:a |the )?final (?:answer|decision|finding|conclusion|word)|\b(?:up to|depends on) the (?:investigation|review)|\bthe (?:investigation|review) will (?:decide|confirm|show|determine)|\bi (?:put|said) (?:it|that) too (?:strongly|firmly)|\bi overstated|\bi shouldn'?t have said|只是初步(?:判断|结论|看法|推断)|以(?:调查|核查|核实|最终)?(?:的)?(?:结果|结论)为准|说得太(?:绝对|肯定|死)了?|说得不(?:准确|严谨)|不一定是这样/iu;

/** A turn that takes back or hedges its earlier claim, and does not make a wrong one again. */
export const stepsBack = (t: CustomerTurn, claimedNow: boolean): boolean =>
  !claimedNow && !t.forbiddenClaim && HEDGES.test(t.agentText);

/** Times the customer presses an earlier doubt instead of agreeing; after that it only stops agreeing. */
const PRESSES = 2;

/**
 * A wrong claim (a guarantee, a false fact) stays doubted until the agent takes it back: "I'm sorry,
 * I got that wrong", or for a promise "I can't guarantee that". Saying it again, or "it's in the
 * contract", settles nothing.
 */
export function noteClaimDoubt(t: CustomerTurn, state: CustomerState): void {
  if (t.scenario.impostor) return;
  const settled = `corrected:${CLAIM_DOUBT}`;
  if (t.forbiddenClaim) {
    if (!state.challenged.includes(CLAIM_DOUBT)) state.challenged.push(CLAIM_DOUBT);
    state.used = state.used.filter((u) => u !== settled);
  } else if (
    state.challenged.includes(CLAIM_DOUBT) &&
    (HONEST_LIMIT.test(t.agentText) || HEDGES.test(t.agentText)) &&
    !state.used.includes(settled)
  )
    state.used.push(settled);
}

/** Agreeing, thanking or winding down: what a customer who still doubts the agent does not say. */
const AGREES = new Set([...SOFT, 'nothingElse', 'unsure', 'thanksDone']);
/** Pieces with nothing of the customer's own in them: a yes, a thanks, a "no idea" to an offer. */
const hollow = (a: Act) =>
  (a.k === 'bank' && (AGREES.has(a.key) || a.key === 'unknown')) ||
  (a.k === 'reaction' && a.key === 'thanks');

/**
 * While a doubt raised on an earlier turn is open, the customer does not say "sure, go ahead" or
 * "that explains it": the agreeing pieces go, and a line left with nothing of its own presses the
 * doubt instead (twice at most, so it does not become a refrain).
 */
export function keepDoubt(acts: readonly Act[], state: CustomerState, raisedNow: boolean): Act[] {
  if (raisedNow || !openDoubts(state).length || !acts.some(hollow)) return [...acts];
  const kept = acts.filter((a) => !hollow(a));
  const pressed = state.used.filter((u) => u === 'pressed-doubt').length;
  if (kept.some((a) => a.k !== 'bank') || pressed >= PRESSES) return kept;
  state.used.push('pressed-doubt');
  return [{ k: 'bank', key: 'doubtStays' }, ...kept];
}
