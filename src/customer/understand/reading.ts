import type { Scenario } from '../../content/scenario.ts';
import type { ConductLabel } from '../../csc/conduct.ts';
import type { DistressKind } from '../../csc/distress.ts';
import type { StrategyCode } from '../../csc/strategies.ts';
import { agreedTo } from '../agreed.ts';
import type { CustomerState } from '../state.ts';
import type { CustomerTurn } from '../types.ts';
import { challengesIn, correctionsIn } from './challenges.ts';
import { BLAMES, DISMISSES, fitsFeeling, isApology, isEmptyComfort, RUDE } from './feelings.ts';
import { type IdentityReading, readIdentity } from './identity.ts';
import { matchAny } from './match.ts';
import { deniedAt, saysUndenied } from './negation.ts';
import { preferenceAsked } from './preference.ts';
import { heardAsRude } from './rudeness.ts';
import { readStep } from './steps.ts';
import { isNoteForm, type Sentence, sentences } from './text.ts';

/** A strategy counts when the tagger is at least this sure; conduct, which changes the mood, needs more. */
const PRESENT = 0.3;
const CONDUCT_PRESENT = 0.6;
const MAX_FACTS_PER_TURN = 2;
/** What answers a need is said in one breath: its words stand within this many characters. */
const TOPIC_WINDOW = 60;

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
  /** A question about the customer's own situation ("did you find anything else?", "only the card, yes or no?"). */
  situationAsked: boolean;
  /** Objections whose trigger came up now. */
  objections: string[];
  /** Wrong claims made now that the customer knows to contradict. */
  challenges: string[];
  /** Questioned figures the agent now states rightly. */
  corrected: string[];
  /** A direct question about the customer's own choice, answered from the scenario. */
  preference?: string;
  /** Needs addressed now (knowledge, action, a report that it is done), and needs only talked about now. */
  needsMet: string[];
  needsHeard: string[];
  /** Invites the customer to tell more ("what happened?", "具体说说"). */
  open: boolean;
  /** Asks the customer to hold on ("one moment", "稍等"). */
  hold: boolean;
  /** Offers to do something or checks the customer agrees ("shall I…?", "要不要…"). */
  offer: boolean;
  /** Reports something done on the case ("it's come off on my side", "已经为您提交"). */
  done: boolean;
  /** Chit-chat or filler that does nothing for the case. */
  offTopic: boolean;
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
  /** The scenario step the agent just told the customer to do, and whether any step was given. */
  step?: string;
  /** A step the agent asked for before the one it depends on. */
  blocked?: string;
  /** A step already done that the agent asks about ("were you able to bind it?"). */
  checked?: string;
  instructed: boolean;
}

/** An apology or a thank-you: it outweighs a tagger's unsure "rude", never hostile words ("please" or "您" never do). */
const COURTEOUS =
  /\b(?:sorry|apologi[sz]e|apologies|thank you|thanks|i understand)\b|抱歉|对不起|不好意思|谢谢|感谢|理解您/iu;

const OPEN =
  /\b(?:how (?:can|may|could) i help|what can i do for you|what happened|tell me (?:more|what happened|about (?:it|that|the))|could you (?:describe|explain) (?:the|what)|what seems to be|what(?:'s| is) (?:going on|the (?:problem|issue|matter))|walk me through|more details?|go ahead|what (?:would|do) you (?:like|want|need) to (?:know|ask|find out))\b|(?:您|你)(?:想|要)(?:了解|知道|问)(?:些)?什么|有什么(?:可以|能)?(?:帮|为)|能帮您什么|请问有什么|怎么回事|什么情况|具体说说|详细说说|具体讲讲|说说看|能详细|发生了什么|遇到了什么|具体是什么问题|具体什么问题|您请说|请讲/iu;

/** "Would you like me to…", "要不要我…": an offer the customer accepts or declines, not a question about facts. */
export const OFFER =
  /\b(?:do you want|would you like|shall i|should i|want me to|like me to|shall we|do you need me|can i help|would it help|do you mind|is that ok|is that okay|does that work|okay with you|how does that sound|does that sound (?:ok|okay|good|all right|alright)|what do you think|would (?:that|this|it)\b[^?]{0,20}\bsuit you|does (?:that|this) suit you)\b|要不要|需不需要|要我|需要我|我帮您|您看要不|可以吗|好吗|行吗|方便吗|[您你]看(?:怎么样|行不行|合适吗|如何)|[您你]觉得(?:怎么样|如何|呢|合适吗|行吗)|合适吗/iu;
/** "Anything else?", "还有别的问题吗": the agent's wrap-up question. */
const FEEDBACK =
  /\b(?:anything else|something else|any other (?:question|issue|thing)|is there anything|has that (?:solved|sorted|fixed|helped)|did that (?:help|solve|fix)|is (?:everything|that) (?:clear|sorted|okay|ok))\b|还有(?:什么|别的|其他)|其他问题|别的问题|解决了吗|清楚了吗|明白了吗|满意/iu;

/** "Did you find anything else?", "was there…", "yes or no?": about the case, not an offer of more help. */
const SITUATION_ASK =
  /\b(?:did|do|have|has|was|were) (?:you|there|he|she|your \w+) (?:find|found|see|get|got|have|receive|notice|keep|bring|any|only|just)\b|\b(?:were|was) you able to\b|\bdid you manage to\b|\bwhat does (?:the|your) (?:screen|app|page|message) (?:say|show)\b|\b(?:yes or no|just to be sure|so you only)\b|成功了吗|绑上了吗|弄好了没|屏幕上(?:显示|写着)|现在显示|有没有(?:找到|发现|收到|看到|别的|其他)|是不是只有|找到|发现了|收到过|就这些吗|是还是不是/iu;
const HELP_ASK = /\b(?:help|assist|do for you|questions?|concerns?)\b|帮|问题|需要|办理/iu;
const isSituationAsk = (q: Sentence) => SITUATION_ASK.test(q.norm) && !HELP_ASK.test(q.norm);

/** The agent reports the work done: the customer takes it as done even when no action was tagged. */
const DONE =
  /\b(?:i'?ve|we'?ve|i have|we have)\b(?: just| now| already)? (?:submitted|registered|lifted|removed|unblocked|processed|refunded|cancelled|logged|filed|escalated|booked|opened|put|locked|raised|reset|changed|sent|reported)\b|\b(?:it'?s|that'?s|it is|it has been|that has been) (?:now |all )?(?:done|lifted|unblocked|unfrozen|submitted|registered|processed|come off)\b|\bcome off on (?:my|our) side\b|已经(?:为您|帮您|给您)?(?:解除|提交|登记|办理|处理|退|取消|挂失|升级|预约|开通|申请|锁|冻结)|已(?:为您|帮您)?(?:解除|提交|登记|办理|挂失|受理)|办好了|弄好了|解除了|提交了|登记好了|已生效|改好了|重置了|已重置|已经重置|已经改|已改|改成了|换好了|办完了/iu;
/** Small talk questions ("had a good lunch?", "天气怎么样"). */
const SMALL_TALK =
  /\b(?:how(?:'s| is) business|how are things|how(?:'s| is) the family|nice weather|lovely day|how(?:'s| is| was) your (?:day|weekend|morning|afternoon|lunch)|(?:had|have) a (?:good|nice) (?:lunch|day|weekend)|nice weather|busy day)\b|吃饭了吗|吃了吗|天气|周末过得|今天忙吗|心情怎么样|生意怎么样|生意还好|最近怎么样|最近忙吗|忙不忙|房价|身体还好|下班了吗|下班没|放假|周末去哪|冷不冷|热不热/iu;

/** Asks the customer to hold on; "you don't have to wait" does not. */
const HOLD =
  /(?:^|[.!?。！？]\s*)(?:ok(?:ay)?,?\s+|please\s+|just\s+)?(?:wait|hold on|one moment|a moment|bear with me)\b|\b(?:give me a (?:sec|second|minute|moment)|let me (?:check|look into|see)|one moment,? please|please (?:wait|hold))\b|稍等|请稍候|我查一下|我看一下|帮您查一下|稍候/iu;

/** A goodbye, not just a "thank you": only this closes the conversation ("did you have a nice weekend?" does not). */
const FAREWELL =
  /\b(?:bye|goodbye|good-bye|(?<!(?:did|do|you|we|i) )have a (?:nice|good|great|lovely|wonderful|pleasant)(?: rest of (?:the|your))? (?:day|evening|weekend|night|afternoon)|take care|all the best|enjoy (?:the rest of )?your (?:day|evening|weekend))\b|再见|拜拜|祝您.{0,8}(?:愉快|顺利|开心)|感谢您的(?:来电|咨询)|欢迎(?:您)?(?:下次|随时)/iu;

export function readTurn(t: CustomerTurn, feelings: readonly DistressKind[]): Reading {
  const { scenario, state } = t;
  const sents = sentences(t.agentText);
  const codes = new Set<StrategyCode>(
    t.tags.strategies.filter((s) => s.confidence >= PRESENT).map((s) => s.code),
  );
  codes.add(t.tags.primary);
  // A tone complaint needs rude words in this very turn: an apology, a thank-you or a plain goodbye
  // ("那没别的事就这样吧，再见") outweigh an unsure tagger, and a polite instruction is not rude at all.
  const excused = COURTEOUS.test(t.agentText) || FAREWELL.test(t.agentText);
  const conduct = new Set<ConductLabel>(
    (t.tags.conduct ?? [])
      .filter((c) => c.confidence >= CONDUCT_PRESENT && (c.label !== 'rude' || heardAsRude(c, excused)))
      // "这不是您自己操作的问题", "it's not your fault": blame the words deny is comfort.
      .filter(
        (c) =>
          c.label !== 'blame' ||
          !c.evidence.length ||
          !c.evidence.every((e) => deniedAt(t.agentText, e.start)),
      )
      .map((c) => c.label),
  );
  if (saysUndenied(BLAMES, t.agentText)) conduct.add('blame');
  if (RUDE.test(t.agentText)) conduct.add('rude');
  if (DISMISSES.test(t.agentText)) conduct.add('dismissive');
  const identity = readIdentity(sents);
  const asked = askedFacts(scenario, state, sents, identity);
  // Objections raised by this turn, the one its words fit best first.
  const objections = scenario.objections
    .filter(
      (o) =>
        !state.objections.includes(o.id) &&
        !state.pendingObjections.includes(o.id) &&
        !agreedTo(state, o.id) &&
        (!o.after || state.revealed.includes(o.after)),
    )
    .map((o) => ({ id: o.id, score: Math.max(0, ...sents.map((s) => matchAny(o.raisedBy, s))) }))
    .filter((o) => o.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((o) => o.id);
  const challenges = challengesIn(scenario, state, sents);
  const { met: needsMet, heard: needsHeard } = metNeeds(t, state, sents);
  const step = readStep(scenario, state, sents);
  const text = t.agentText;
  const empathy = codes.has('EM');
  const questions = sents.filter((s) => s.act !== 'statement');
  const wordy =
    sents.reduce((n, s) => n + s.tokens.length + s.norm.replace(/[^\u3400-\u9fff]/gu, '').length / 2, 0) >= 6;
  const substance =
    t.newlyConveyed.length > 0 ||
    t.actionNow ||
    asked.facts.length > 0 ||
    identity.fields.length > 0 ||
    identity.verifyIntent ||
    needsMet.length > 0 ||
    needsHeard.length > 0 ||
    Boolean(preferenceAsked(scenario, state, sents)) ||
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
    corrected: correctionsIn(scenario, state, sents),
    preference: substance ? preferenceAsked(scenario, state, sents) : undefined,
    needsMet,
    needsHeard,
    open: OPEN.test(text),
    hold: HOLD.test(text),
    done: DONE.test(text),
    offTopic: conduct.has('off-topic') || questions.some((q) => SMALL_TALK.test(q.norm)),
    offer: questions.some((q) => OFFER.test(q.norm) && !FEEDBACK.test(q.norm) && !OPEN.test(q.norm)),
    wordy,
    // On the first reply only a plain goodbye closes ("welcome" or "thanks for calling" may open a chat).
    closing: t.turn > 0 ? FAREWELL.test(text) : /\b(?:bye|goodbye)\b|再见|拜拜/iu.test(text),
    // "Anything else you found?" asks about the case; only an offer of more help is feedback.
    feedback:
      questions.some((q) => FEEDBACK.test(q.norm) && !isSituationAsk(q)) ||
      (codes.has('FR') && !questions.some(isSituationAsk)),
    situationAsked: questions.some(isSituationAsk),
    empathy,
    fits: fitsFeeling(text, feelings),
    // The first apology may soothe; the ones after it, with nothing else, are empty.
    emptyComfort: isEmptyComfort(text) || (isApology(text) && !substance && state.emptyRun >= 1),
    substance: substance || step.instructed,
    ...(step.step ? { step: step.step } : {}),
    ...(step.blocked ? { blocked: step.blocked } : {}),
    ...(step.checked ? { checked: step.checked } : {}),
    instructed: step.instructed,
  };
}

/** One fact per question: the fact whose question matches that sentence best. */
function askedFacts(sc: Scenario, state: CustomerState, sents: Sentence[], identity: IdentityReading) {
  const facts: string[] = [];
  const again: string[] = [];
  let unmatched = 0;
  for (const [i, s] of sents.entries()) {
    // A question may say "never"; an instruction that forbids ("never type your PIN here") asks nothing.
    const note = s.act === 'statement' && isNoteForm(s);
    if ((s.act === 'statement' && !note) || (s.prohibits && s.act === 'request')) continue;
    let fresh: { id: string; score: number } | undefined;
    let told: { id: string; score: number } | undefined;
    for (const f of sc.hiddenFacts) {
      if (facts.includes(f.id) || again.includes(f.id)) continue;
      // Short follow-up questions ("Been abroad? Splashed out on something?") are read together.
      const next = sents.slice(i + 1).find((x) => x.act !== 'statement');
      const pair = next && !note && s.tokens.length + next.tokens.length <= 20 ? join(s, next) : undefined;
      const score = Math.max(matchAny(f.askedBy, s), pair ? matchAny(f.askedBy, pair) : 0);
      if (state.revealed.includes(f.id)) {
        if (score > (told?.score ?? 0)) told = { id: f.id, score };
      } else if (score > (fresh?.score ?? 0)) fresh = { id: f.id, score };
    }
    // A question that fits something not yet told about as well as something told asks for the new thing.
    const best = fresh && (!told || fresh.score >= told.score - 0.5) ? fresh : told;
    if (!best) {
      const id = readIdentity([s]);
      // A bare "what?" or "嗯？" is not a question the customer can answer.
      const content = s.tokens.length >= 3 || s.norm.replace(/[^\u3400-\u9fff]/gu, '').length >= 4;
      if (
        !note &&
        content &&
        id.fields.length === 0 &&
        !id.secretAsked &&
        !OFFER.test(s.norm) &&
        !FEEDBACK.test(s.norm)
      )
        unmatched++;
      continue;
    }
    // "Shall I set up the 700 a month now?" offers to act on what was told; it does not ask for it again.
    if (state.revealed.includes(best.id)) {
      if (!OFFER.test(s.norm)) again.push(best.id);
    } else if (facts.length < MAX_FACTS_PER_TURN) facts.push(best.id);
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

function join(a: Sentence, b: Sentence): Sentence {
  const gap = b.start - (a.start + a.norm.length);
  const norm = `${a.norm}${' '.repeat(Math.max(1, gap))}${b.norm}`;
  const shift = norm.length - b.norm.length;
  return {
    ...a,
    norm,
    text: norm,
    tokens: [...a.tokens, ...b.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))],
  };
}

function metNeeds(t: CustomerTurn, state: CustomerState, sents: Sentence[]) {
  const met: string[] = [];
  const heard: string[] = [];
  for (const n of t.scenario.needs) {
    if (state.needsMet.includes(n.id)) continue;
    const m = n.metBy;
    const confirmed =
      Boolean(m.knowledge?.some((k) => t.conveyed.includes(k))) ||
      (m.action === true && t.actionNow) ||
      (m.done === true && DONE.test(t.agentText));
    const onTopic = Boolean(m.topic) && sents.some((s) => matchAny(m.topic ?? [], s, TOPIC_WINDOW) > 0);
    // Talked about once and answered again ("30 to 45 days" after "it takes a while"): that is an answer.
    if (confirmed || (onTopic && state.needsHeard.includes(n.id))) met.push(n.id);
    else if (onTopic) heard.push(n.id);
  }
  return { met, heard };
}
