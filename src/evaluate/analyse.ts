import type { Scenario } from '../content/scenario.ts';
import { CONDUCT_CUES } from '../csc/conduct/cues.ts';
import type { ConductLabel } from '../csc/conduct.ts';
import type { Span } from '../csc/span.ts';
import type { StrategyTagger, TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import { brushOff } from './brush-off.ts';
import { type Clause, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { type ClaimHit, findForbiddenClaims } from './compliance.ts';
import { clearedOf } from './conduct-vetoes.ts';
import { factsOf } from './facts.ts';
import { hindsightBlame } from './hindsight-blame.ts';
import { askedIdentityFields, disclosedIdentity, verificationRequest } from './identity.ts';
import { asksAboutThePast, declinesSecret, secretRequest, selfEntry } from './secret-request.ts';
import { normalize } from './text-match.ts';

export interface ReplyAnalysis {
  tags: TagResult;
  /** The reply's clauses, in order. */
  clauses: Clause[];
  /** Knowledge entry ids first conveyed in this reply, with the verbatim clause that conveyed them. */
  conveyed: { id: string; quote: string }[];
  /** Knowledge entries this reply states wrongly, with the clause. */
  contradicted: { id: string; quote: string }[];
  claims: ClaimHit[];
  identityFieldsAsked: string[];
  /** The clause asking for verification data, if any. */
  verification?: string;
  /** Verbatim identity data disclosed to an impostor, if any. */
  leak?: string;
  /** Whether the reply does something for the customer (not a promise to do it). */
  action: boolean;
  /** The clause that carries the action. */
  actionQuote?: string;
  /** Conduct a reviewer penalises, with the words that carry it. */
  conduct: { label: ConductLabel; quote: string }[];
}

export interface AnalyseInput {
  scenario: Scenario;
  lang: Lang;
  text: string;
  turn: number;
  customerLine: string;
  /** Everything the customer said so far (what the agent may repeat without reading it off a record). */
  customerSoFar?: string;
  customerUpset: boolean;
  alreadyConveyed: readonly string[];
}

const ACTION_CONFIDENCE = 0.2;
// Done or being done now, as opposed to promised ("我马上帮您看看", "I'll look into it").
const DONE =
  /\b(?:i(?:'ve| have)|we(?:'ve| have)|it(?:'s| has) been|has been|have been|is now|are now|i(?:'m| am) (?:now )?(?:\w+ing)\b|(?:i|we) just (?:\w+ed)|(?:done|submitted|filed|raised|logged|lodged|sent|unlocked|unblocked|frozen|blocked|cancelled|canceled|reset|escalated|reissued|refunded|credited|updated|removed|opened|applied|booked|requested)\b(?! (?:it|that) (?:for you )?(?:now|later|soon|tomorrow)))|已经|已(?:为|给|帮|把|将|经|提交|办理|冻结|解冻|挂失|登记|申请|发送|处理|开通|关闭|受理|升级|转交)|(?:提交|办理|冻结|解冻|挂失|登记|申请|发送|处理|开通|关闭|受理|升级|转交|锁定|撤销|加急|备注|上报)(?:好)?了|正在(?:为|给|帮)?(?:您)?(?:提交|办理|冻结|处理|申请|登记|加急|操作)|(?:现在|这就)(?:就)?(?:为|给|帮)您(?:提交|办理|冻结|挂失|申请|登记|加急|操作)/iu;

// The state an action leaves, said as done: a restriction reversed ("it's unfrozen now", "the
// restriction's lifted", "卡已经恢复正常") or a protection in place now ("Done - the card's locked now").
// It reads as done even when the strategy model hears only an update.
const RESULT =
  /\b(?:it|that|this|the \w+|your \w+|her \w+|his \w+)(?:'s| is| are| has been| have been)(?: now| all| already)? (?:un\w+(?:ed|en)|lifted|removed|reinstated|restored|reactivated|re-?enabled|back to normal|back on|active again|working again|released)\b|\b(?:locked|frozen|blocked|cancelled|canceled|reported lost|in place|on hold) now\b|^done\b|(?:已经|已)(?:恢复|解除|解冻|解锁|撤销|取消)/iu;

// Pulling up the record is looking, not doing ("尾号3358这张我已经调出来了", "I've pulled your account up"),
// unless the clause also names an act on it.
const LOOKUP =
  /调出|调取|查到|查了一下|查询到|看到|找到|打开了|\b(?:pulled (?:up|it up|(?:your|the) \w+ up)|found|looked (?:it |that )?up|brought (?:it |your \w+ )?up|(?:got|have) (?:it|your \w+|the \w+) (?:up|open|in front of me))\b/iu;
const ACT_ON_IT =
  /冻结|解冻|挂失|提交|办理|申请|退款|撤销|加急|登记|开通|关闭|恢复|解除|解锁|升级|转交|备注|上报|\b(?:froze|frozen|blocked|submitted|filed|raised|logged|lodged|cancel+ed|refunded|credited|unlocked|unblocked|escalated|reissued|reset|lifted|removed)\b/iu;
const doneAct = (text: string) =>
  (DONE.test(text) || RESULT.test(text)) && !(LOOKUP.test(text) && !ACT_ON_IT.test(text));

/**
 * The reply's tags, with the strategies and conduct of each sentence merged in: a long reply
 * dilutes one blaming or empathetic sentence, so each sentence is also read on its own.
 */
function tagBySentence(tagger: StrategyTagger, input: AnalyseInput, clauses: readonly Clause[]): TagResult {
  const ctx = { context: input.customerLine, turn: input.turn, upset: input.customerUpset };
  const whole = tagger.tag({ text: input.text, ...ctx });
  const sentences = sentencesOf(input.text);
  if (sentences.length < 2 && clauses.length < 2) return whole;
  const strategies = whole.strategies.map((s) => ({ ...s, evidence: [...s.evidence] }));
  const conduct = whole.conduct.map((c) => ({ ...c, evidence: [...c.evidence] }));
  for (const sentence of sentences) {
    // A one-sentence reply split only into clauses: the sentence is the reply, already tagged.
    if (sentence.text.trim() === input.text.trim()) continue;
    const part = tagger.tag({ text: sentence.text, ...ctx });
    const shift = (e: Span) => ({
      text: e.text,
      start: e.start + sentence.start,
      end: e.end + sentence.start,
    });
    for (const s of part.strategies) {
      if (s.code === 'OT' || s.confidence < SENTENCE_STRATEGY) continue;
      const found = strategies.find((x) => x.code === s.code);
      const evidence = s.evidence.length ? s.evidence.map(shift) : [sentence];
      if (!found) strategies.push({ code: s.code, confidence: s.confidence, evidence });
      else if (s.confidence > found.confidence) found.confidence = s.confidence;
    }
    for (const c of part.conduct) {
      const found = conduct.find((x) => x.label === c.label);
      const evidence = c.evidence.length ? c.evidence.map(shift) : [sentence];
      if (!found) conduct.push({ label: c.label, confidence: c.confidence, evidence });
      else if (c.confidence > found.confidence) {
        found.confidence = c.confidence;
        found.evidence = [...evidence, ...found.evidence];
      }
    }
  }
  return { ...whole, strategies, conduct };
}

/**
 * Conduct a reviewer would penalise: the tagger's label backed by one of the label's cue phrases
 * in the words it points at, or a label the model is sure of on its own. The model alone, at its
 * reporting threshold, flags too many plain sentences ("Here's the whole picture.").
 */
const CUED_AT: Partial<Record<ConductLabel, number>> = {
  blame: 0.35,
  dismissive: 0.35,
  rude: 0.7,
  overpromise: 0.4,
  'asks-secret': 0.35,
  'discloses-data': 0.35,
  'off-topic': 0.6,
};
/** Without a cue phrase, the model must be this sure. */
// Labels that can be fatal lean sure. Blame, dismissal and rudeness did too: on the authored
// calibration sets, the model alone at 0.4-0.6 flagged plain sentences of good conversations
// ("Here's exactly where things are.", "It offsets your statement balance") far more often than
// it caught a flaw no cue phrase backed.
const SURE: Partial<Record<ConductLabel, number>> = {
  blame: 0.7,
  dismissive: 0.7,
  rude: 0.7,
  overpromise: 0.6,
  'asks-secret': 0.6,
  'discloses-data': 0.75,
};
const SURE_DEFAULT = 0.85;

// "Right." or "嗯嗯。" opening a reply that goes on to work on the case is not off-topic chat.
const ACKNOWLEDGEMENT =
  /^\s*(?:right|ok|okay|sure|alright|all right|yes|yep|got it|understood|i see|嗯+|哦+|好的?|收到|明白|了解|行)[\s.,!。，！…~～]*$/iu;

function penalisedConduct(tags: TagResult, text: string): ReplyAnalysis['conduct'] {
  const out: ReplyAnalysis['conduct'] = [];
  const sentences = sentencesOf(text);
  const sentenceAt = (e: Span) =>
    sentences.find((s) => e.start >= s.start && e.start < s.end)?.text ?? e.text;
  for (const c of tags.conduct) {
    if (
      c.label === 'off-topic' &&
      sentences.length > 1 &&
      c.evidence.every((e) => ACKNOWLEDGEMENT.test(sentenceAt(e)))
    )
      continue;
    if (
      c.label === 'asks-secret' &&
      c.evidence.every(
        (e) =>
          selfEntry(sentenceAt(e), text) || asksAboutThePast(sentenceAt(e)) || declinesSecret(sentenceAt(e)),
      )
    )
      continue;
    if (c.evidence.length && c.evidence.every((e) => clearedOf(c.label, sentenceAt(e)))) continue;
    const cue = CONDUCT_CUES[c.label];
    const backed = c.evidence.find((e) => {
      const sentence = sentenceAt(e);
      cue.lastIndex = 0;
      return cue.test(sentence.toLowerCase());
    });
    const min = CUED_AT[c.label] ?? SURE_DEFAULT;
    if (backed && c.confidence >= min) out.push({ label: c.label, quote: backed.text });
    else if (c.confidence >= (SURE[c.label] ?? SURE_DEFAULT))
      out.push({ label: c.label, quote: c.evidence[0]?.text ?? text });
  }
  const secret = out.some((c) => c.label === 'asks-secret') ? undefined : secretRequest(text);
  if (secret) out.push({ label: 'asks-secret', quote: secret });
  const hindsight = out.some((c) => c.label === 'blame') ? undefined : hindsightBlame(text);
  if (hindsight) out.push({ label: 'blame', quote: hindsight });
  const dismissal = out.some((c) => c.label === 'dismissive') ? undefined : brushOff(text);
  if (dismissal) out.push({ label: 'dismissive', quote: dismissal });
  return out;
}

/** A sentence-level strategy joins the reply's tags at this confidence. */
const SENTENCE_STRATEGY = 0.5;

/** Everything the engine learns from one trainee reply; pure and cheap (no I/O). */
export function analyseReply(tagger: StrategyTagger, input: AnalyseInput): ReplyAnalysis {
  const { scenario, text } = input;
  const clauses = clausesOf(text);
  const tags = tagBySentence(tagger, input, clauses);
  const facts = factsOf(scenario, text);
  const impostor = scenario.impostor;
  const acts = tags.strategies.some((s) => s.code === 'RI' && s.confidence >= ACTION_CONFIDENCE);
  const conduct = penalisedConduct(tags, text);
  const actionQuote = (
    acts
      ? clauses.find((c) => !c.question && doneAct(c.text))
      : clauses.find((c) => !c.question && RESULT.test(c.text) && !negatedOutside(normalize(c.text)))
  )?.text;
  return {
    tags,
    clauses,
    conveyed: facts.conveyed.filter((c) => !input.alreadyConveyed.includes(c.id)),
    contradicted: facts.contradicted,
    claims: findForbiddenClaims(
      scenario,
      text,
      conduct,
      input.customerLine,
      input.customerSoFar ?? input.customerLine,
    ),
    identityFieldsAsked: askedIdentityFields(text),
    verification: verificationRequest(clauses, text),
    leak: impostor ? disclosedIdentity(text, impostor.holder, impostor.knows) : undefined,
    action: actionQuote !== undefined,
    actionQuote,
    conduct,
  };
}
