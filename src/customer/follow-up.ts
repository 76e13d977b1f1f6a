import type { Scenario } from '../content/scenario.ts';
import { declined, openNeeds, type Plan, saysDoing, unconfirmedNeeds } from './agenda.ts';
import { DIFFICULTY } from './difficulty.ts';
import { CLAIM_DOUBT } from './open-doubt.ts';
import type { Act } from './say.ts';
import type { CustomerState } from './state.ts';
import type { CustomerTurn } from './types.ts';
import { openDoubts } from './understand/challenges.ts';
import type { Reading, readTurn } from './understand/reading.ts';

/** An objection whose trigger has come up, within what the difficulty allows; held back while facts come out. */
function objectionFor(r: Reading, t: CustomerTurn, state: CustomerState, plan: Plan): Act | undefined {
  const allowed = DIFFICULTY[t.scenario.difficulty].objections(t.scenario);
  // What this turn brought up comes first; older triggers wait behind it.
  state.pendingObjections = [
    ...r.objections,
    ...state.pendingObjections.filter((id) => !r.objections.includes(id)),
  ];
  if (state.objections.length >= allowed) {
    state.pendingObjections = [];
    return undefined;
  }
  if (plan.revealed.length || plan.main.length >= 2) return undefined;
  // Doubting what the agent just claimed, the customer does not argue the other side in the same breath.
  const doubting =
    (plan.lead?.k === 'bank' && plan.lead.key === 'doubt') || plan.main.some((a) => a.k === 'challenge');
  if (doubting) return undefined;
  // Saying yes to the agent's offer, or relieved by what was done, the customer does not argue against
  // it in the same line ("That's a relief. If you lock the card I can't use it!"), nor later (agreed.ts).
  const relieved = plan.lead?.k === 'bank' && plan.lead.key === 'relief';
  if (relieved || plan.main.some((a) => a.k === 'bank' && a.key === 'accept')) return undefined;
  const id = state.pendingObjections.shift();
  if (!id) return undefined;
  state.objections.push(id);
  return { k: 'objection', id };
}

/** The customer carried out the step that fixes their problem. */
const solvedByStep = (sc: CustomerTurn['scenario'], state: CustomerState): boolean =>
  (sc.reactions.steps ?? []).some((s) => s.solves && state.stepsDone.includes(s.id));

/** The last thing the customer does after the answers: satisfied, an objection, or what it still needs. */
export function followUp(
  t: CustomerTurn,
  r: ReturnType<typeof readTurn>,
  state: CustomerState,
  plan: Plan,
  helped: boolean,
  progress: boolean,
): Act | undefined {
  const sc = t.scenario;
  const needs = openNeeds(sc, state);
  // Satisfied when the case is done, or when nothing the customer needed is left and the agent wraps up.
  const wrapping = r.feedback || r.closing;
  const ready = sc.impostor
    ? state.refusals >= 3 && (t.resolutionMet || r.closing || (wrapping && needs.length === 0))
    : solvedByStep(sc, state) ||
      (needs.length === 0 &&
        (t.resolutionMet || (wrapping && unconfirmedNeeds(sc, state).length === 0)) &&
        // A fix given in the same breath as the goodbye has not been tried: the customer asks first.
        !(r.closing && !state.used.includes('resolution-heard')));
  if (t.resolutionMet && !state.used.includes('resolution-heard')) state.used.push('resolution-heard');
  const hostile = ['rude', 'blame', 'dismissive'].some((c) => r.conduct.has(c as never));
  // Never satisfied in a turn that asks for a secret, and an impostor never gives up while the agent gives in.
  const givingIn = Boolean(sc.impostor) && (r.done || r.conduct.has('discloses-data'));
  // An impostor concedes to firmness; a real customer is never satisfied after a breach.
  const safe = sc.impostor
    ? !givingIn
    : !t.forbiddenClaim && !t.breach && !openDoubts(state).includes(CLAIM_DOUBT);
  if (ready && safe && !r.identity.secretAsked && !hostile) {
    state.satisfied = true;
    return { k: 'reaction', key: 'thanks' };
  }
  // Asked "anything else?" with every question at least answered: nothing else (asking an answered
  // question again reads as not having listened).
  if (r.feedback && needs.length === 0 && !sc.impostor) {
    if (state.settled) return { k: 'bank', key: 'nothingElse' };
    state.settled = true;
    return { k: 'bank', key: 'unsure' };
  }
  if (r.closing && !r.feedback) {
    // Having said there was nothing else, or with every question answered, the customer lets the agent go:
    // warmly when calm, grudgingly when still upset.
    // Answered before this turn: a fix given in the same breath as the goodbye has not been tried yet.
    const now = new Set([...r.needsMet, ...r.needsHeard]);
    const answered = sc.needs.every(
      (n) => !now.has(n.id) && (state.needsMet.includes(n.id) || state.needsHeard.includes(n.id)),
    );
    if (state.settled || (answered && !sc.impostor && !hostile)) {
      state.settled = true;
      const uneasy = state.emotion >= 2 || openDoubts(state).length > 0;
      return uneasy ? { k: 'bank', key: 'grudgingBye' } : { k: 'reaction', key: 'goodbye' };
    }
    state.earlyClose++;
    // Each goodbye while the problem is open is met more sharply; the customer leaves only on the third.
    return { k: 'bank', key: state.earlyClose >= 2 ? 'notDoneAgain' : 'notDone' };
  }
  // Doing a step: the report already says what comes next.
  if (plan.main.some((a) => a.k === 'step' || (a.k === 'bank' && a.key === 'stepDone'))) return undefined;
  const objection = objectionFor(r, t, state, plan);
  if (objection) return objection;
  if (plan.main.length >= 2 || (plan.main.length && progress && !helped)) return undefined;
  if (sc.impostor && declined(r, t)) return { k: 'evasion' };
  const need = needs[0];
  if (state.stalled >= 2 && sc.reactions.pressure && (state.emotion >= 2 || (sc.mood?.urgency ?? 0) >= 2))
    return { k: 'reaction', key: 'pressure' };
  // A concrete answer is taken up first ("three working days? and will I get a text?"); the need can wait a turn.
  if (plan.echo) return plan.echo;
  if (helped && !plan.main.length) plan.main.push({ k: 'bank', key: 'knowledgeAck' });
  if (need) return { k: 'need', id: need };
  // Every need answered but the case is not closed: the customer gets on with it, or asks for the action.
  if (sc.resolution.actionRequired && !t.actionNow && !r.done) {
    if (saysDoing(sc, r) && !state.used.some((u) => u.startsWith('reaction:doing')))
      return { k: 'reaction', key: 'doing' };
    return declined(r, t) ? { k: 'bank', key: 'unresolved' } : { k: 'bank', key: 'actionRequest' };
  }
  if (plan.main.length) return undefined;
  if (sc.impostor) return { k: 'bank', key: 'unresolved' };
  // What the agent just said is taken in before the customer winds down.
  if (r.substance && !state.settled) plan.main.push({ k: 'bank', key: 'knowledgeAck' });
  return windDown(sc, state, safe && !r.identity.secretAsked && !hostile && !state.breached);
}

/**
 * Nothing left to ask: a customer whose questions were all answered winds down instead of asking
 * "so what now?" again; once it has, it only acknowledges what the agent adds.
 */
function windDown(sc: Scenario, state: CustomerState, content: boolean): Act {
  // A figure it questioned was never put right: the customer says so once before letting it go.
  if (openDoubts(state).length && !state.used.includes('still-doubt')) {
    state.used.push('still-doubt');
    return { k: 'bank', key: 'stillDoubt' };
  }
  if (state.settled) {
    if (state.used.includes('wound-down-ack')) return { k: 'reaction', key: 'goodbye' };
    state.used.push('wound-down-ack');
    return { k: 'bank', key: 'wrapUpAck' };
  }
  state.settled = true;
  if (content && unconfirmedNeeds(sc, state).length === 0 && state.emotion < 2) {
    state.satisfied = true;
    return { k: 'reaction', key: 'thanks' };
  }
  return { k: 'bank', key: 'unsure' };
}
