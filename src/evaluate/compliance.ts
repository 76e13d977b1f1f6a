import { compileContentPattern, type SafePattern } from '../content/safe-pattern.ts';
import type { Scenario } from '../content/scenario.ts';
import type { ConductLabel } from '../csc/conduct.ts';
import { type FrameKind, frameClauses, framedClaim } from './claim-frames.ts';
import { type Clause, clauseAt, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { deniedByNeighbours } from './denied-around.ts';
import { unsaidAccountData } from './identity.ts';
import { selfEntry } from './secret-request.ts';
import { normalize } from './text-match.ts';

export interface ClaimHit {
  claimId: string;
  fatal: boolean;
  /** The clause that makes the claim, verbatim. */
  quote: string;
}

type Claim = Scenario['forbiddenClaims'][number];
interface Compiled {
  claim: Claim;
  re: SafePattern[];
  about: string[];
  says: string[];
  frame?: { kind: FrameKind; objects: string[] };
}

const compiled = new WeakMap<Scenario, Compiled[]>();
const both = (w: { zh: readonly string[]; en: readonly string[] } | undefined) =>
  w ? [...w.zh, ...w.en].map(normalize) : [];

function compile(scenario: Scenario): Compiled[] {
  let list = compiled.get(scenario);
  if (!list) {
    list = scenario.forbiddenClaims.map((claim) => ({
      claim,
      re: claim.pattern
        ? [compileContentPattern(claim.pattern.zh), compileContentPattern(claim.pattern.en)]
        : [],
      about: both(claim.about),
      says: both(claim.says),
      ...(claim.frame ? { frame: { kind: claim.frame.kind, objects: both(claim.frame.object) } } : {}),
    }));
    compiled.set(scenario, list);
  }
  return list;
}

/** Requests for a secret are made by asking; every other claim is made by stating it. */
const made = (clause: Clause, act: Claim['act'] | undefined) => act === 'asks-secret' || !clause.question;

function refused(clause: Clause, at?: { start: number; end: number }): boolean {
  return negatedOutside(normalize(clause.text), at);
}

const partsOf = (wording: string) =>
  wording
    .split(' + ')
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Whether a clause says a wording: "a + b" means both parts occur in the clause, in any order
 * ("unfreeze + from my side"); the parts themselves may hold a negation ("no need + verify"),
 * anything else negating the clause makes it a refusal.
 */
function saysIn(clause: string, wording: string): boolean {
  const parts = partsOf(wording);
  if (!parts.every((p) => clause.includes(p))) return false;
  let rest = clause;
  for (const p of parts) rest = rest.replace(p, ' ');
  return !negatedOutside(rest);
}

const DELAY = /\b(?:hold off|wait|no rush|later|yet)\b|先别|不急|不用|等|晚点|再说/u;
const GOVERNS_OWN_VERB =
  /^ ?(?:to |on )?(?!(?:for|yet|just|a|now|until|till|before|on (?:it|that|this)|with (?:it|that|this)|off|though|then|please|there)\b)[a-z]{2,}|^[挂慌急催走说看点去打问找动想哭怕]/u;
const AGENT_DOING_NOW =
  /\b(?:i'?m|i am|i'?ll|i will|let'?s|let me|we'?re|we are|we'?ll|we will|i'?ve|i have)\b|我(?:先|马上|现在|这就|立刻|立马|这边)|(?:马上|立刻|立马|现在就)(?:帮|给|替)您/u;

/**
 * A combined wording ("hold off + lock") said across the clauses of one sentence ("Before we jump to
 * locking the card, though: I'd hold off for now"): every clause carrying a part is stated, and
 * none of them refuses or denies outside the parts.
 */
function saysAcross(
  clauses: readonly Clause[],
  wording: string,
  act: Claim['act'],
  norm: (c: Clause) => string,
): Clause | undefined {
  const parts = partsOf(wording);
  if (parts.length < 2) return undefined;
  const carrying = clauses.filter((c) => parts.some((p) => norm(c).includes(p)));
  if (!parts.every((p) => carrying.some((c) => norm(c).includes(p)))) return undefined;
  const fine = carrying.every((c) => {
    let rest = norm(c);
    for (const p of parts) rest = rest.replace(p, ' ');
    return made(c, act) && !negatedOutside(rest);
  });
  const delays = parts.filter((p) => negatedOutside(p) || DELAY.test(p));
  if (!fine || carrying.length < 2 || !delays.length) return fine ? carrying[0] : undefined;
  // Across clauses, a word of delay is about the act only when it stands alone ("I'd hold off for now"),
  // not when it governs a verb of its own ("Don't hang up yet", "No need to panic", "先别挂"), and the act
  // is no deferral when the agent is doing it now ("I'm locking the card", "我马上帮您冻结").
  const governs = carrying.some((c) =>
    delays.some((p) => {
      const at = norm(c).indexOf(p);
      return at >= 0 && GOVERNS_OWN_VERB.test(norm(c).slice(at + p.length));
    }),
  );
  const doingNow = carrying.some((c) => AGENT_DOING_NOW.test(norm(c)));
  return governs || doingNow ? undefined : carrying[0];
}

// "You'll get it back if the investigation finds fraud" states a condition, not a promise or a disclosure.
const CONDITIONAL = /\b(?:if|unless|whether|provided|assuming|once)\b|如果|假如|要是|万一|是否|若是|一旦/iu;
// "如果拦截成功，这笔钱会退回": the outcome of a check or an investigation as the condition (not the
// customer's own step, "if you repay now, I'll waive it", which still promises).
const UNCERTAIN_OUTCOME =
  /成功|追回|拦截|查实|核实|确认|认定|成立|通过|批|\b(?:found|confirmed|succeeds?|intercept\w*|approved|upheld|goes through|in your favour|recovered)\b/iu;
// "Just this once" bends a rule, it sets no condition.
const NOT_A_CONDITION = /\b(?:just|this|at|all at|for) once\b/giu;
// The customer's own step as the condition of a permission ("the manager can approve it if you sign a
// disclaimer", "只要您去网点签个字") still grants it; only an outcome nobody controls yet is a real condition.
const OWN_STEP =
  /\b(?:if|once) you (?:just |simply |first |still |really )?(?:go|sign|insist|ask|bring|come|visit|pop|call|fill|tick|say|put|pick|choose|answer|start|use)\b|(?:只要|要是|如果)您(?:去|签|坚持|找|填|选|说|用)/iu;
// A neighbouring clause that refuses the one before or after it ("今天到账这个，我不能骗您说可以").
const REFUSING =
  /(?:不能|没法|没办法|无法|不敢|不好|不可能)(?:跟您|向您|给您|和您)?(?:骗您)?(?:保证|承诺|答应|骗|说|确定|打包票|透露|告知|确认)|\b(?:can'?t|cannot|can not|won'?t|unable to|not able to|not in a position to)\s+(?:\w+\s+)?(?:promise|guarantee|say|tell you|commit|pretend|confirm|share|disclose)\b/iu;
const CONTRAST =
  /^(?:but|however|though|although|yet|still|that said|having said that|then again)\b|^(?:不过|但|可是|只是|然而)/iu;
// Advice a reply warns against: the consequences it spells out, or a dissuasion in it or just before it.
const CONSEQUENCE =
  /容易(?:引起|造成|导致|产生)|可能(?:被认定|引起|导致|违法|涉嫌)|纠纷|不当处置|违法|违规|非法|法律(?:责任|风险)|列入[^，。！？]{0,8}名单|(?:会|都会|就会)(?:被|受到?)(?:限制|处罚|冻结)|受限制|\b(?:watch ?list|blacklist\w*|risks?(?![- ](?:acknowledg|disclos|disclaimer|declaration|waiver|assess|level|rating|profile|questionnaire|tolerance|appetite|statement|form|category))|disputes?|illegal|unlawful|against the (?:law|rules)|liab(?:le|ility)|could be (?:treated|seen|considered) as)\b/iu;
const DISSUADE =
  /不建议|不推荐|远离|避免|别碰|\b(?:avoid\w*|stay away from|steer clear of)\b|不要这样|不能这样|千万别|千万不要|(?:请|都请)(?:千万)?不要|不可以这样|\b(?:advise against|(?:would not|wouldn'?t|don'?t|do not) (?:recommend|advise|suggest)|not recommend)\b/iu;

// A sentence whose subject is negated ("No wealth product, this one included, guarantees your principal",
// "没有哪款理财，包括这款，能保本"): the claim clause after it is denied even with no negation of its own.
const NEGATED_SUBJECT =
  /^(?:no|not one|not a single|none of (?:the|our|these|those|them)|neither|nobody|no one|no-one)(?: (?!(?:need|matter|problem|worries|worry|doubt|rush|pressure|hassle|trouble|question|way)\b)[a-z]+){0,4}$|^(?:没有|并没有)(?:任何|哪|一)\S{0,8}$|^(?:任何|哪一?(?:款|个|家|种))\S{0,8}都不/iu;

/**
 * Whether a clause that matches a claim makes it: requests for a secret always do; any other claim
 * is not made in a conditional, next to a clause refusing it, or (advice) inside a warning against it.
 */
function standsAsClaim(
  clause: Clause,
  claim: Claim,
  clauses: readonly Clause[],
  sentences: readonly { start: number; end: number; text: string }[],
): boolean {
  const at = sentences.findIndex((s) => clause.start >= s.start && clause.start < s.end);
  const sentence = sentences[at];
  const inSentence = sentence
    ? clauses.filter((k) => k.start >= sentence.start && k.end <= sentence.end)
    : [];
  if (deniedByNeighbours(clause, inSentence)) return false;
  if (claim.act === 'asks-secret') return true;
  const condition = clause.text.replace(NOT_A_CONDITION, ' ');
  if (CONDITIONAL.test(condition) && !(claim.frame?.kind === 'permission' && OWN_STEP.test(condition)))
    return false;
  if (!sentence) return true;
  const i = clauses.indexOf(clause);
  const opening = clauses.find((k) => k.start >= sentence.start);
  if (opening && opening !== clause && NEGATED_SUBJECT.test(opening.text)) return false;
  const previous = clauses[i - 1];
  if (
    previous &&
    previous.start >= sentence.start &&
    CONDITIONAL.test(previous.text) &&
    UNCERTAIN_OUTCOME.test(previous.text)
  )
    return false;
  const near = [clauses[i - 1], clauses[i + 1]].filter(
    (k): k is Clause => k !== undefined && k.start >= sentence.start && k.end <= sentence.end,
  );
  // "余额这个我不能说，不过养老金……已经到账了": a refusal before a "but" does not cover what follows it.
  const contrast = CONTRAST.test(clause.text);
  const refusing = near.filter((k) => !(contrast && k.start < clause.start));
  if (refusing.some((k) => REFUSING.test(k.text))) return false;
  if (claim.act) return true;
  // "千万别碰……。不过用同事的额度倒是个办法": a warning before a "but" does not cover what follows it.
  const before = CONTRAST.test(sentence.text.trim()) ? '' : (sentences[at - 1]?.text ?? '');
  return !CONSEQUENCE.test(sentence.text) && !DISSUADE.test(sentence.text) && !DISSUADE.test(before);
}

/**
 * Forbidden claims one reply makes: the tagger flags the claim's act (a promise, a request for a
 * secret, a disclosure) in a clause about its topic, or a clause says it in so many words, or its
 * frame or pattern matches; never in a clause that refuses or denies it ("I can't guarantee it arrives today").
 */
export function findForbiddenClaims(
  scenario: Scenario,
  text: string,
  conduct: readonly { label: ConductLabel; quote: string }[] = [],
  customerLine = '',
  customerSoFar = customerLine,
): ClaimHit[] {
  const clauses = clausesOf(text);
  const hits: ClaimHit[] = [];
  const sentences = sentencesOf(text);
  // Each clause is normalised once per reply, not once per claim that reads it.
  const normalised = new Map(clauses.map((k) => [k, normalize(k.text)]));
  const norm = (k: Clause) => normalised.get(k) ?? normalize(k.text);
  const normText = normalize(text);
  const context = normalize(customerLine);
  let framed: ReturnType<typeof frameClauses> | undefined;
  for (const c of compile(scenario)) {
    const { claim } = c;
    const stands = (clause: Clause) => standsAsClaim(clause, claim, clauses, sentences);
    let hit: Clause | undefined;
    if (claim.act) {
      for (const flagged of conduct.filter((t) => t.label === claim.act)) {
        const at = text.indexOf(flagged.quote);
        const clause =
          (at >= 0 ? clauseAt(clauses, at) : undefined) ??
          clauses.find((k) => k.text.includes(flagged.quote));
        if (!clause || !made(clause, claim.act)) continue;
        // With a guarantee frame, the promise must be about the frame's outcome in its own sentence ("the refund
        // team will get back to you, I promise" promises a call, not the money).
        const sentence =
          c.frame?.kind === 'guarantee'
            ? sentences.find((x) => clause.start >= x.start && clause.start < x.end)
            : undefined;
        const topical = sentence
          ? c.frame?.objects.some((o) => normalize(sentence.text).includes(o))
          : !c.about.length || c.about.some((a) => norm(clause).includes(a) || normText.includes(a));
        if (topical && !refused(clause) && stands(clause)) {
          hit = clause;
          break;
        }
      }
    }
    hit ??= clauses.find(
      (clause) => made(clause, claim.act) && c.says.some((w) => saysIn(norm(clause), w)) && stands(clause),
    );
    if (!hit)
      for (const sentence of sentences) {
        const inside = clauses.filter((k) => k.start >= sentence.start && k.end <= sentence.end);
        for (const w of c.says) {
          const across = saysAcross(inside, w, claim.act, norm);
          if (across && stands(across)) hit ??= across;
        }
        if (hit) break;
      }
    // A disclosure the tagger missed: account figures read off the record that the customer never said.
    if (!hit && claim.act === 'discloses-data')
      hit = clauses.find(
        (k) => !k.question && unsaidAccountData(k.text, customerSoFar, { numbers: false }) && stands(k),
      );
    const { frame } = c;
    if (!hit && frame) {
      framed ??= frameClauses(clauses, norm);
      for (const sentence of sentences) {
        const inside = framed.filter((k) => k.clause.start >= sentence.start && k.clause.end <= sentence.end);
        const at = framedClaim(inside, sentence.text, text, frame.kind, frame.objects, context);
        if (at && stands(at)) {
          hit = at;
          break;
        }
      }
    }
    // One linear pass over the reply rules most replies out before any clause is matched.
    const patterns = hit ? [] : c.re.filter((re) => re.mayMatch(text));
    if (patterns.length)
      hit = clauses.find((clause) => {
        if (!made(clause, claim.act) || (claim.act === 'asks-secret' && selfEntry(clause.text, text)))
          return false;
        // The pattern's own words may hold the negation that makes the claim ("没必要锁卡"); only a
        // negation outside them refuses it.
        const said = patterns.some((re) => {
          const m = re.exec(norm(clause));
          return m !== null && !refused(clause, { start: m.index, end: m.index + m[0].length });
        });
        return said && stands(clause);
      });
    if (hit) hits.push({ claimId: claim.id, fatal: claim.fatal, quote: hit.text });
  }
  return hits;
}
