import type { Scenario } from '../../content/scenario.ts';
import type { ConductLabel } from '../../csc/conduct.ts';
import type { DistressKind } from '../../csc/distress.ts';
import type { StrategyCode } from '../../csc/strategies.ts';
import type { CustomerState } from '../state.ts';
import type { CustomerTurn } from '../types.ts';
import { fitsFeeling, isEmptyComfort } from './feelings.ts';
import { type IdentityReading, readIdentity } from './identity.ts';
import { matchAny } from './match.ts';
import { type Sentence, sentences } from './text.ts';

/** A strategy or conduct label counts when the tagger is at least this sure. */
const PRESENT = 0.3;
const MAX_FACTS_PER_TURN = 2;

/** What the customer understood from the agent's turn. */
export interface Reading {
  sentences: Sentence[];
  codes: Set<StrategyCode>;
  conduct: Set<ConductLabel>;
  identity: IdentityReading;
  /** Hidden facts asked for now: at most one per question, never one already told. */
  facts: string[];
  /** Facts already told that a question asks for again. */
  askedAgain: string[];
  /** Questions that asked for nothing the customer can map (and are not identity questions). */
  unmatchedQuestions: number;
  /** Objections whose trigger came up now. */
  objections: string[];
  /** Wrong claims made now that the customer knows to contradict. */
  challenges: string[];
  /** Needs addressed now (knowledge, action or topic). */
  needsMet: string[];
  /** Invites the customer to tell more ("what happened?", "具体说说"). */
  open: boolean;
  /** Asks the customer to hold on ("one moment", "稍等"). */
  hold: boolean;
  /** Says something of substance (enough words to restate or explain), not just "ok". */
  wordy: boolean;
  closing: boolean;
  feedback: boolean;
  empathy: boolean;
  /** The words answer one of the feelings the customer has. */
  fits: boolean;
  emptyComfort: boolean;
  /** Moved the case forward: knowledge, an action, a real question, a suggestion, a need met. */
  substance: boolean;
}

const OPEN =
  /\b(?:how (?:can|may|could) i help|what can i do for you|what happened|tell me (?:more|what happened|about (?:it|that|the))|could you (?:describe|explain) (?:the|what)|what seems to be|what(?:'s| is) (?:going on|the (?:problem|issue|matter))|walk me through|more details?|go ahead)\b|有什么(?:可以|能)?(?:帮|为)|能帮您什么|请问有什么|怎么回事|什么情况|具体说说|详细说说|具体讲讲|说说看|能详细|发生了什么|遇到了什么|具体是什么问题|具体什么问题|您请说|请讲/iu;

const HOLD =
  /\b(?:wait|hold on|one moment|a moment|bear with me|give me a (?:sec|second|minute|moment)|let me (?:check|look|see))\b|稍等|等一下|请稍候|我查一下|我看一下|帮您查|稍候/iu;

/** A goodbye, not just a "thank you": only this closes the conversation. */
const FAREWELL =
  /\b(?:bye|goodbye|good-bye|have a (?:nice|good|great|lovely|wonderful|pleasant) (?:day|evening|weekend|night|afternoon)|take care|all the best|enjoy your (?:day|evening|weekend))\b|再见|拜拜|祝您.{0,8}(?:愉快|顺利|开心)|感谢您的(?:来电|咨询)|欢迎(?:您)?(?:下次|随时)/iu;

export function readTurn(t: CustomerTurn, feelings: readonly DistressKind[]): Reading {
  const { scenario, state } = t;
  const sents = sentences(t.agentText);
  const codes = new Set<StrategyCode>(
    t.tags.strategies.filter((s) => s.confidence >= PRESENT).map((s) => s.code),
  );
  codes.add(t.tags.primary);
  const conduct = new Set<ConductLabel>(
    (t.tags.conduct ?? []).filter((c) => c.confidence >= PRESENT).map((c) => c.label),
  );
  const identity = readIdentity(sents);
  const asked = askedFacts(scenario, state, sents, identity);
  const objections = scenario.objections
    .filter(
      (o) =>
        !state.objections.includes(o.id) &&
        !state.pendingObjections.includes(o.id) &&
        (!o.after || state.revealed.includes(o.after)) &&
        sents.some((s) => matchAny(o.raisedBy, s) > 0),
    )
    .map((o) => o.id);
  const challenges = scenario.challenges
    .filter(
      (c) =>
        !state.challenged.includes(c.id) &&
        (!c.after || state.revealed.includes(c.after)) &&
        sents.some((s) => s.act === 'statement' && matchAny(c.saidBy, s) > 0),
    )
    .map((c) => c.id);
  const needsMet = metNeeds(t, state, sents);
  const text = t.agentText;
  const empathy = codes.has('EM');
  const questions = sents.filter((s) => s.act !== 'statement');
  const wordy = sents.reduce((n, s) => n + s.tokens.length + s.norm.replace(/[^\u3400-\u9fff]/gu, '').length / 2, 0) >= 6;
  const substance =
    t.newlyConveyed.length > 0 ||
    t.actionNow ||
    asked.facts.length > 0 ||
    identity.fields.length > 0 ||
    identity.verifyIntent ||
    needsMet.length > 0 ||
    (wordy && ['PR', 'PS', 'RI', 'IV', 'ID'].some((c) => codes.has(c as StrategyCode))) ||
    (wordy && codes.has('RP') && questions.length > 0);
  return {
    sentences: sents,
    codes,
    conduct,
    identity,
    facts: asked.facts,
    askedAgain: asked.again,
    unmatchedQuestions: asked.unmatched,
    objections,
    challenges,
    needsMet,
    open: OPEN.test(text),
    hold: HOLD.test(text),
    wordy,
    closing: t.turn > 0 && FAREWELL.test(text),
    feedback: codes.has('FR'),
    empathy,
    fits: fitsFeeling(text, feelings),
    emptyComfort: isEmptyComfort(text),
    substance,
  };
}

/** One fact per question: the fact whose question matches that sentence best. */
function askedFacts(sc: Scenario, state: CustomerState, sents: Sentence[], identity: IdentityReading) {
  const facts: string[] = [];
  const again: string[] = [];
  let unmatched = 0;
  for (const s of sents) {
    if (s.act === 'statement' || s.prohibits) continue;
    let best: { id: string; score: number } | undefined;
    for (const f of sc.hiddenFacts) {
      if (facts.includes(f.id) || again.includes(f.id)) continue;
      const score = matchAny(f.askedBy, s);
      if (score > (best?.score ?? 0)) best = { id: f.id, score };
    }
    if (!best) {
      const id = readIdentity([s]);
      // A bare "what?" or "嗯？" is not a question the customer can answer.
      const content = s.tokens.length >= 3 || s.norm.replace(/[^\u3400-\u9fff]/gu, '').length >= 4;
      if (content && id.fields.length === 0 && !id.secretAsked) unmatched++;
      continue;
    }
    if (state.revealed.includes(best.id)) again.push(best.id);
    else if (facts.length < MAX_FACTS_PER_TURN) facts.push(best.id);
  }
  // An identity question the customer cannot answer brings out the fact that says so (an impostor's gap).
  for (const f of sc.hiddenFacts) {
    if (!f.identityField || facts.length >= MAX_FACTS_PER_TURN) continue;
    if (!identity.fields.includes(f.identityField) || facts.includes(f.id)) continue;
    if (state.revealed.includes(f.id)) {
      if (!again.includes(f.id)) again.push(f.id);
    } else facts.push(f.id);
  }
  return { facts, again, unmatched };
}

function metNeeds(t: CustomerTurn, state: CustomerState, sents: Sentence[]): string[] {
  return t.scenario.needs
    .filter((n) => {
      if (state.needsMet.includes(n.id)) return false;
      const m = n.metBy;
      return (
        Boolean(m.knowledge?.some((k) => t.conveyed.includes(k))) ||
        (m.action === true && t.actionNow) ||
        Boolean(m.topic && sents.some((s) => matchAny(m.topic ?? [], s) > 0))
      );
    })
    .map((n) => n.id);
}
