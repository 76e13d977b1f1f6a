import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import { usesJargon } from '../csc/detectors.ts';
import type { Lang } from '../csc/text.ts';
import { closingCheck, notePending, thanksForDone } from './after-calm.ts';
import { answersFor, declined, leadFor, type Plan, toldWhenOpen, unconfirmedNeeds } from './agenda.ts';
import { noteAgreement } from './agreed.ts';
import { forgetSettledQuote, noteDoubtQuote } from './claim-quote.ts';
import { DIFFICULTY, patienceOf } from './difficulty.ts';
import { echoAct } from './echo-act.ts';
import { clampEmotion, emotionDelta, feelingsOf, openingEmotion, SLOW_MS } from './emotion.ts';
import { followUp } from './follow-up.ts';
import { heardTurn } from './heard-turn.ts';
import { isSharp, isSoft, notYetEased, SOFT, unglued } from './line-shape.ts';
import { oneMove } from './one-move.ts';
import { keepDoubt, noteClaimDoubt, stepsBack } from './open-doubt.ts';
import { pounceLine } from './pounce.ts';
import { BAD_NEWS, brushesGriefOff, pressureLead, snapsAtGoodbye } from './pressure.ts';
import { turnRandom } from './rng.ts';
import { type Act, Speaker } from './say.ts';
import { type CustomerState, openingState } from './state.ts';
import type { Customer, CustomerReply, CustomerTurn } from './types.ts';
import { openDoubts, rememberFigureTopics } from './understand/challenges.ts';
import { readTurn } from './understand/reading.ts';
import { registerOf } from './voice.ts';
import { waitingLine } from './wrap-up.ts';

/** The agent takes back what it said wrong ("sorry, I got that wrong", "我刚才说错了"). */
const CORRECTS =
  /\b(?:i was wrong|i got (?:that|it) wrong|i misspoke|my mistake|let me correct|correction:)|说错了|搞错了|更正一下|纠正一下|我弄错了/iu;

/** The agent finally hands the case up ("I'll escalate it", "我给你升级处理"): what an angry customer was asking for. */
const ESCALATES =
  /\b(?:i'?ll|i will|i'?ve|i have|let me|we'?ll)\s+(?:\w+\s+){0,2}(?:escalat\w*|pass (?:it|this) (?:on|up)|flag (?:it|this))|升级处理|(?:给|帮)(?:你|您)升级|(?:升级|转交)给(?:上级|主管|专员|专门)|加急处理/iu;

/** Firm refusals an impostor meets before walking out is even considered. */
const IMPOSTOR_REFUSALS = 4;

/** The customer leaves after this many exchanges of waiting, satisfied, for the agent to close. */
const WAIT_FOR_CLOSE = 3;

/**
 * The offline customer, agenda-based: it reads the agent's turn (strategies, conduct, what is
 * asked by meaning), updates its agenda, mood and patience, then says one line in the persona's
 * voice. Driven only by persona, scenario, the tagged reply and the drill seed, so the same seed
 * and the same trainee input always give the same conversation.
 */
export class ScriptedCustomer implements Customer {
  open(
    scenario: Scenario,
    persona: Persona,
    lang: Lang,
    seed: number,
  ): { text: string; state: CustomerState } {
    const random = turnRandom(seed, -1, `open|${persona.id}`);
    const state = openingState(openingEmotion(persona, scenario));
    const speaker = new Speaker({ scenario, persona, lang, seed, state }, random);
    return { text: speaker.opening(scenario.openingLine[lang], random() < 0.7), state };
  }

  respond(turn: CustomerTurn): CustomerReply {
    const t = heardTurn(turn);
    const state: CustomerState = structuredClone(t.state);
    notePending(t.agentText, state);
    // The persona is in the salt: two personas on one seed and the same agent line choose apart.
    const random = turnRandom(t.seed, t.turn, `${t.persona.id}|${t.agentText}`);
    const speaker = new Speaker(
      { scenario: t.scenario, persona: t.persona, lang: t.lang, seed: t.seed, state },
      random,
    );
    const feelings = feelingsOf(t.persona, t.scenario, state);
    const r = readTurn(t, feelings);
    rememberFigureTopics(t.scenario, state, r.sentences);
    noteDoubtQuote(t, r.challenges, r.sentences, state);
    speaker.hear(r.sentences);
    const say = (acts: Act[], end?: CustomerReply['end'], plan?: Plan): CustomerReply => ({
      text: speaker.line(acts, !end && (r.codes.has('ID') || r.codes.has('PS') || r.codes.has('RI'))),
      state,
      revealed: plan?.revealed ?? [],
      ...(end ? { end } : {}),
      ...(plan?.flags.length ? { flags: plan.flags } : {}),
      ...(r.conduct.has('manipulation') ? { manipulation: true } : {}),
    });

    // Trouble after the customer was satisfied (a secret asked, a wrong promise, rudeness) reopens the talk.
    const trouble =
      Boolean(r.identity.secretAsked) ||
      t.forbiddenClaim ||
      r.challenges.length > 0 ||
      ['rude', 'blame', 'dismissive', 'discloses-data'].some((c) => r.conduct.has(c as never)) ||
      (Boolean(t.scenario.impostor) && r.done);
    if (state.satisfied && trouble) state.satisfied = false;
    // Wrong information, a breach or hostility anywhere in the talk: winding down is not being satisfied.
    if (
      t.breach ||
      t.forbiddenClaim ||
      r.challenges.length > 0 ||
      ['rude', 'blame', 'dismissive'].some((c) => r.conduct.has(c as never))
    )
      state.breached = true;
    if (state.satisfied) return this.wrapUp(t, state, r, say);

    const plan: Plan = { main: [], revealed: [], flags: [] };
    answersFor(r, t, state, speaker, plan);
    toldWhenOpen(r, t, state, plan);
    for (const id of r.needsMet) if (!state.needsMet.includes(id)) state.needsMet.push(id);
    for (const id of r.needsHeard) if (!state.needsHeard.includes(id)) state.needsHeard.push(id);

    const impostor = Boolean(t.scenario.impostor);
    const acted = t.actionNow || r.done;
    const helped = t.newlyConveyed.length > 0 || acted || Boolean(r.step);
    const empty = !r.substance && (r.empathy || r.emptyComfort);
    const progress =
      r.substance ||
      plan.main.some((a) => a.k !== 'bank' || a.key === 'stepDone') ||
      (t.turn === 0 && r.codes.has('GT')) ||
      (r.empathy && r.fits && state.emptyRun === 0);
    const before = state.emotion;
    const jargon = t.persona.techSavviness === 'low' && usesJargon(t.agentText);
    const griefHurt = brushesGriefOff(t);
    if (griefHurt) r.conduct.add('dismissive');
    const hostile = ['rude', 'blame', 'dismissive'].some((c) => r.conduct.has(c as never));
    if (hostile) state.hostileTurns++;
    state.emotion = clampEmotion(
      before +
        emotionDelta({
          reading: r,
          state,
          profile: DIFFICULTY[t.scenario.difficulty],
          persona: t.persona,
          impostor,
          latencyMs: t.latencyMs,
          forbiddenClaim: t.forbiddenClaim,
          jargon,
          helped,
          progress,
        }),
    );
    // Stalling, hostility, wrong information or a broken promise never calm anyone.
    // Hearing the money is gone weighs too, however well the rest of the turn went.
    const bad =
      hostile ||
      t.forbiddenClaim ||
      r.challenges.length > 0 ||
      (!progress && !r.substance) ||
      BAD_NEWS.test(t.agentText);
    if (bad) state.emotion = Math.max(state.emotion, before);
    // A wrong figure questioned and never put right keeps the customer on edge; a correction settles it.
    noteClaimDoubt(t, state);
    const settledDoubts =
      CORRECTS.test(t.agentText) || stepsBack(t, r.challenges.length > 0) ? openDoubts(state) : r.corrected;
    for (const id of settledDoubts)
      if (!state.used.includes(`corrected:${id}`)) state.used.push(`corrected:${id}`);
    if (openDoubts(state).length) state.emotion = Math.max(state.emotion, before);
    else forgetSettledQuote(state);
    // What the situation weighs does not vanish before the problem is solved.
    const m = t.scenario.mood;
    const floor = m ? Math.floor(Math.max(m.urgency, m.worry, m.grief) * 0.4 * 2) / 2 : 0;
    state.emotion = Math.max(state.emotion, Math.min(floor, before));
    // Mood comes down one step a turn at most, unless the problem was just solved.
    if (!t.resolutionMet) state.emotion = Math.max(state.emotion, before - 1);
    state.emptyRun = empty ? state.emptyRun + 1 : 0;
    state.stalled = progress ? 0 : state.stalled + 1;
    state.furiousTurns = state.emotion >= 4 ? state.furiousTurns + 1 : 0;
    if (impostor && declined(r, t)) state.refusals++;

    // Furious for a while, or furious after asking for a supervisor: the customer walks out.
    const walksOut =
      state.furiousTurns >= 3 || (state.furiousTurns >= 2 && state.used.includes('asked-supervisor'));
    // A social engineer works on the agent for a few refusals (urgency, guilt, part of the data) before giving up.
    const pushingOn = impostor && state.refusals < IMPOSTOR_REFUSALS;
    // Finally given the escalation it wanted, the customer does not walk out in the same breath.
    const escalated = !impostor && ESCALATES.test(t.agentText);
    if (!pushingOn && !escalated && (walksOut || state.stalled >= patienceOf(t.persona, t.scenario)))
      return say([{ k: 'reaction', key: 'leave' }], 'customer-gave-up', { ...plan, main: [], revealed: [] });
    if (t.turnsLeft <= 0)
      return say([{ k: 'bank', key: 'maxTurns' }], 'max-turns', { ...plan, main: [], revealed: [] });

    if (impostor) {
      const grab = pounceLine(t, state, registerOf(t.persona), random);
      if (grab) plan.lead = { k: 'said', text: grab };
    }
    if (escalated && state.emotion >= 2 && !state.used.includes('escalation-ack')) {
      state.used.push('escalation-ack');
      plan.lead ??= { k: 'bank', key: 'escalationAck' };
    }
    plan.lead ??= pressureLead(r, t, state, before);
    if (t.scenario.impostor && (r.done || r.conduct.has('discloses-data')))
      plan.lead ??= { k: 'bank', key: 'accept' };
    plan.lead ??= leadFor(r, t, before, state.emotion, t.latencyMs > SLOW_MS);
    // Sustained hostility after the customer asked for a supervisor: they leave with a complaint.
    if (hostile && !escalated && state.hostileTurns >= 5 && state.used.includes('asked-supervisor'))
      return say([{ k: 'reaction', key: 'leave' }], 'customer-gave-up', { ...plan, main: [], revealed: [] });
    if (jargon && !plan.lead) plan.lead = { k: 'bank', key: 'jargon' };
    plan.echo = echoAct(t, r, state, plan, random);
    // A leak grabbed and the next piece asked for is the whole line.
    const grabbing = plan.lead?.k === 'said';
    plan.follow = grabbing ? undefined : followUp(t, r, state, plan, helped, progress);
    // The agent closed and the customer lets them go: that goodbye ends the talk.
    const bye = plan.follow?.k === 'bank' && plan.follow.key === 'grudgingBye';
    if (r.closing && (bye || (plan.follow?.k === 'reaction' && plan.follow.key === 'goodbye'))) {
      const content =
        !bye &&
        unconfirmedNeeds(t.scenario, state).length === 0 &&
        state.emotion < 2 &&
        !hostile &&
        !t.forbiddenClaim &&
        !state.breached;
      // Not content (a question only half answered, something wrong on the way): the goodbye is said, and
      // the trainee ends the drill; only a satisfied customer ends it as resolved.
      return say([plan.follow as Act], content ? 'resolved' : undefined, { ...plan, revealed: [] });
    }
    // Satisfied now: thank, after at most one answer; no more evasions or repeats.
    if (state.satisfied)
      plan.main = plan.main
        .filter(
          (a) =>
            a.k !== 'evasion' &&
            !(a.k === 'fact' && a.again) &&
            !(a.k === 'bank' && ['unknown', 'confirm'].includes(a.key)),
        )
        .slice(0, 1);
    // Satisfied by a reply that also says goodbye: thank and leave in the same line.
    if (state.satisfied && r.closing) {
      // An impostor who gave up does not part cheerfully: he grumbles about the rules and goes.
      const bye: Act = impostor ? { k: 'bank', key: 'grudgingBye' } : { k: 'reaction', key: 'goodbye' };
      const last =
        plan.follow?.k === 'reaction' && plan.follow.key === 'thanks' && impostor ? plan.follow : bye;
      return say([...plan.main, last], 'resolved', plan);
    }
    // Reading a code out is done grudgingly, not in a rage ("I've had enough! … the code is …").
    if (
      plan.main.some((a) => a.k === 'code') &&
      plan.lead?.k === 'bank' &&
      ['angry', 'furious', 'upset'].includes(plan.lead.key)
    )
      plan.lead = undefined;
    // Questioning a request for a code is the whole line.
    if (plan.lead?.k === 'bank' && plan.lead.key.startsWith('codeHesitate'))
      return say([plan.lead], undefined, plan);
    // Letting the agent go, the customer does not first snap at the goodbye's niceties.
    if (snapsAtGoodbye(plan.lead, plan.follow)) plan.lead = undefined;
    // A line that snaps at the agent does not also thank or agree with them.
    if (plan.lead && isSharp(plan.lead)) {
      plan.main = plan.main.filter((a) => !(a.k === 'bank' && SOFT.has(a.key)));
      if (plan.follow && isSoft(plan.follow)) plan.follow = undefined;
    }
    if (plan.lead?.k === 'bank' && plan.lead.key === 'relief')
      plan.main = plan.main.filter((a) => !(a.k === 'bank' && a.key === 'knowledgeAck'));
    const planned = [plan.lead, ...plan.main, plan.follow].filter((a): a is Act => Boolean(a));
    const doubtNow = t.forbiddenClaim || r.challenges.length > 0;
    const acts = oneMove(unglued(keepDoubt(notYetEased(planned, before), state, doubtNow)));
    const max = t.persona.speakingStyle.verbosity === 'terse' ? 2 : 3;
    const line = grabbing
      ? [plan.lead as Act]
      : acts.length > max
        ? [...acts.slice(0, max - 1), acts.at(-1) as Act]
        : acts;
    // Facts dropped from a line that grew too long were not said: they stay untold.
    for (const a of acts)
      if (a.k === 'fact' && !a.again && !line.includes(a)) {
        state.revealed = state.revealed.filter((id) => id !== a.id);
        plan.revealed = plan.revealed.filter((id) => id !== a.id);
      }
    if (plan.follow?.k === 'bank' && plan.follow.key.startsWith('notDone') && state.earlyClose >= 3)
      return say([{ k: 'reaction', key: 'leave' }], 'customer-gave-up', plan);
    noteAgreement(line, state, r.objections);
    return say(line.length ? line : [{ k: 'bank', key: 'unresolved' }], undefined, plan);
  }

  /** Satisfied: answer wrap-up questions, do a step still given ("now bind it"), leave once the agent closes. */
  private wrapUp(
    t: CustomerTurn,
    state: CustomerState,
    r: ReturnType<typeof readTurn>,
    say: (acts: Act[], end?: CustomerReply['end'], plan?: Plan) => CustomerReply,
  ): CustomerReply {
    state.wrapUp += r.substance ? 0.5 : 1; // an agent still explaining is listened to
    if (r.closing || state.wrapUp >= WAIT_FOR_CLOSE)
      return say([{ k: 'reaction', key: 'goodbye' }], 'resolved');
    if ((r.step ?? r.checked) && !r.feedback) {
      if (r.step) state.stepsDone.push(r.step);
      return say([{ k: 'step', id: (r.step ?? r.checked) as string }]);
    }
    // Asked "anything else?" twice: the second answer thanks, rather than a bare "no" again.
    // Told something was done, the customer thanks for it by name rather than with a bare "ok".
    const done = thanksForDone(t.agentText, t.actionNow || r.done, state);
    if (r.feedback) {
      if (state.used.includes('said-nothing-else')) return say([{ k: 'reaction', key: 'thanks' }]);
      state.used.push('said-nothing-else');
      if (done) return say([{ k: 'bank', key: done }]);
      // The first "anything else?": nothing else, but is anything left for me to do?
      const check: Act[] = closingCheck(state) ? [{ k: 'bank', key: 'closingCheck' }] : [];
      return say([{ k: 'bank', key: 'nothingElse' }, ...check]);
    }
    if (done && !r.preference && !r.askedAgain[0] && !r.facts[0]) return say([{ k: 'bank', key: done }]);
    return say(...waitingLine(state, r));
  }
}
