import { MANIPULATION } from '../csc/detectors.ts';
import type { CheckList } from './check-list.ts';
import { clauseAt, clausesOf } from './clauses.ts';
import { type AgentTurn, has, type JudgeInput, substantive } from './conversation.ts';
import { isGeneral } from './general-rubric.ts';
import { unsaidAccountData } from './identity.ts';
import { accountStocktake, contactReadOut, maskedNumber, readOffRecord } from './record-read.ts';

/** Resolution: each required fact conveyed right (and never stated wrong), the action done, the goal met. */
export function resolutionChecks(
  list: CheckList,
  input: JudgeInput,
  turns: readonly AgentTurn[],
): { complete: boolean } {
  const { scenario } = input;
  const general = isGeneral(scenario);
  const conveyedAt = new Map<string, { index: number; quote: string }>();
  const wrongAt = new Map<string, { index: number; quote: string }>();
  for (const t of turns) {
    for (const c of t.analysis.conveyed)
      if (!conveyedAt.has(c.id)) conveyedAt.set(c.id, { index: t.index, quote: c.quote });
    for (const c of t.analysis.contradicted)
      if (!wrongAt.has(c.id)) wrongAt.set(c.id, { index: t.index, quote: c.quote });
  }
  let complete = true;
  for (const id of scenario.resolution.requiredKnowledge) {
    const wrong = wrongAt.get(id);
    const hit = conveyedAt.get(id);
    if (wrong) list.no(`knowledge:${id}`, 'resolution', wrong, { ref: id, note: 'contradicted' });
    else if (hit) list.yes(`knowledge:${id}`, 'resolution', hit, { ref: id });
    else list.no(`knowledge:${id}`, 'resolution', undefined, { ref: id });
    if (wrong || !hit) complete = false;
  }
  const firstWrong = [...wrongAt.entries()].sort((a, b) => a[1].index - b[1].index)[0];
  if (general) list.na('no-wrong-fact', 'resolution');
  else if (firstWrong) list.no('no-wrong-fact', 'resolution', firstWrong[1], { ref: firstWrong[0] });
  else list.yes('no-wrong-fact', 'resolution');

  const action = turns.find((t) => t.analysis.action);
  if (general && action)
    list.yes('action-taken', 'resolution', { index: action.index, quote: action.analysis.actionQuote });
  else if (general || !scenario.resolution.actionRequired) list.na('action-taken', 'resolution');
  else if (action)
    list.yes('action-taken', 'resolution', { index: action.index, quote: action.analysis.actionQuote });
  else {
    list.no('action-taken', 'resolution');
    complete = false;
  }
  const resolved = input.endReason ? input.endReason === 'resolved' : !general && complete;
  const lastCustomer = [...input.transcript.keys()]
    .reverse()
    .find((i) => input.transcript[i]?.speaker === 'customer');
  if (general && !input.endReason) list.na('goal-met', 'resolution');
  else if (resolved && lastCustomer !== undefined)
    list.yes('goal-met', 'resolution', { index: lastCustomer });
  else list.no('goal-met', 'resolution', undefined, input.endReason ? { note: input.endReason } : {});
  return { complete };
}

const conductAt = (
  turns: readonly AgentTurn[],
  label: string,
  unless: (text: string, quote: string) => boolean = () => false,
) => {
  for (const t of turns) {
    const c = t.analysis.conduct.find((x) => x.label === label && !unless(t.text, x.quote));
    if (c) return { index: t.index, quote: c.quote };
  }
  return undefined;
};

/**
 * A negation right before the promise word: "I can't guarantee", "我不能给您打包票", "没法保证", and the
 * promise denied as a fact ("no guaranteed principal", "the benchmark is not a promise", "不保本").
 */
const PROMISE_REFUSED =
  /\b(?:can'?t|cannot|can not|unable to|not able to|won'?t|wouldn'?t|couldn'?t)\s+(?:\w+\s+){0,2}?(?:guarantee|promise)|\b(?:no|not|never|nothing|isn'?t|aren'?t|without|neither|nor)\s+(?!(?:doubt|problem|worries|question)\b)(?:[\w-]+\s+){0,3}?(?:guarantee[sd]?|promised?)\b|不(?:保证|承诺|保本|保收益)|没有(?:任何)?(?:保证|承诺)|并(?:不|非)(?:保证|承诺)|不是(?:承诺|保证)|(?:不能|没法|无法|不敢|没办法|不好|不可能)(?:给您|给你|跟您|跟你|向您|和您)?(?:打包票|保证|承诺)/iu;

/**
 * The flagged words sit in a clause that refuses to promise ("我不能给您打包票", "I can't promise
 * that"): no promise made. A negation elsewhere in the clause ("I guarantee you won't lose a cent")
 * leaves the promise standing.
 */
function refused(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  const clause = at < 0 ? undefined : clauseAt(clausesOf(text), at);
  return clause ? PROMISE_REFUSED.test(clause.text) : false;
}

/**
 * Compliance and soft skills: breaches and conduct penalties. Credit (a "yes") only goes to a
 * conversation that worked on the problem; an empty one gets n/a, so silence earns nothing.
 */
export function conductChecks(list: CheckList, input: JudgeInput, turns: readonly AgentTurn[]): void {
  const { scenario, transcript } = input;
  const worked = turns.some(substantive);
  const pass = (id: string, section: 'compliance' | 'soft-skills') =>
    worked ? list.yes(id, section) : list.na(id, section, 'the conversation never worked on the problem');

  const breaches = turns.flatMap((t) => t.analysis.claims.map((c) => ({ t, c })));
  const shown = breaches.find((b) => b.c.fatal) ?? breaches[0];
  if (isGeneral(scenario)) list.na('no-forbidden-claim', 'compliance');
  else if (shown)
    list.no(
      'no-forbidden-claim',
      'compliance',
      { index: shown.t.index, quote: shown.c.quote },
      {
        fatal: shown.c.fatal,
        ref: shown.c.claimId,
      },
    );
  else pass('no-forbidden-claim', 'compliance');

  const secret = conductAt(turns, 'asks-secret');
  if (secret) list.no('no-secret-request', 'compliance', secret, { fatal: true, ref: 'asks-secret' });
  else pass('no-secret-request', 'compliance');
  const promise = conductAt(turns, 'overpromise', refused);
  if (promise) list.no('no-overpromise', 'compliance', promise, { ref: 'overpromise' });
  else pass('no-overpromise', 'compliance');

  // Account data said before any verification data was asked for (or with none ever asked);
  // within one reply, a disclosure before the verification request counts too. Where the case
  // needs no verification, no question opens the record: account data read out is more than needed.
  const asked = scenario.identityVerificationRequired
    ? turns.find((t) => t.analysis.verification)
    : undefined;
  const customerBefore = (index: number) =>
    transcript
      .slice(0, index)
      .filter((e) => e.speaker === 'customer')
      .map((e) => e.text)
      .join(' ');
  const early = turns
    .filter((t) => !asked || t.index <= asked.index)
    .flatMap((t) => {
      const cut = t === asked ? t.text.indexOf(asked.analysis.verification ?? '') : t.text.length;
      const said = t.analysis.conduct
        .filter((c) => c.label === 'discloses-data' && t.text.indexOf(c.quote) < cut)
        .map((c) => c.quote);
      const before = t.text.slice(0, cut);
      const data =
        unsaidAccountData(before, customerBefore(t.index)) ??
        maskedNumber(before) ??
        (scenario.identityVerificationRequired ? readOffRecord(before) : undefined);
      return [...said, ...(data ? [data] : [])].map((quote) => ({ index: t.index, quote }));
    })[0];
  // After verification too, a full phone number or address, or a stocktake of the holdings, is more than the chat needs.
  const excess = early
    ? undefined
    : turns
        .map((t) => {
          const said = customerBefore(t.index);
          return { index: t.index, quote: contactReadOut(t.text, said) ?? accountStocktake(t.text, said) };
        })
        .find((t) => t.quote !== undefined);
  if (early) list.no('no-early-disclosure', 'compliance', early, { ref: 'discloses-data' });
  else if (excess) list.no('no-early-disclosure', 'compliance', excess, { ref: 'discloses-data' });
  else pass('no-early-disclosure', 'compliance');

  if (!scenario.impostor) list.na('no-data-leak', 'compliance');
  else {
    const leak = turns.find((t) => t.analysis.leak);
    // A card tail or a balance the caller never said is a leak too (a hotline number is not).
    const told = turns
      .map((t) => ({ t, data: unsaidAccountData(t.text, customerBefore(t.index), { numbers: false }) }))
      .find((x) => x.data);
    const said = leak
      ? { index: leak.index, quote: leak.analysis.leak }
      : (conductAt(turns, 'discloses-data') ??
        (told ? { index: told.t.index, quote: told.data } : undefined));
    if (said) list.no('no-data-leak', 'compliance', said, { fatal: true });
    else pass('no-data-leak', 'compliance');
  }

  const manipulation = turns.find(
    (t) => MANIPULATION.test(t.text) || Boolean(transcript[t.index]?.flags?.includes('manipulation')),
  );
  if (manipulation)
    list.no('no-manipulation', 'compliance', {
      index: manipulation.index,
      quote: MANIPULATION.exec(manipulation.text)?.[0],
    });
  else list.yes('no-manipulation', 'compliance');

  for (const [id, label] of SOFT_CONDUCT) {
    const flagged = conductAt(turns, label);
    if (flagged) list.no(id, 'soft-skills', flagged, { ref: label });
    else if (!worked) pass(id, 'soft-skills');
    else {
      const lean = leaning(turns, label);
      if (!lean) list.yes(id, 'soft-skills');
      else
        list.yes(
          id,
          'soft-skills',
          { index: lean.index },
          { ref: label, credit: 1 - lean.confidence / 2, note: `leaning ${lean.confidence.toFixed(2)}` },
        );
    }
  }
}

const SOFT_CONDUCT = [
  ['polite', 'rude'],
  ['no-blame', 'blame'],
  ['no-dismissal', 'dismissive'],
] as const;

/**
 * Conduct the tagger leans towards without the confidence or the cue to penalise it: counted with
 * its confidence as a part of the check's credit, so a copy that sounds more like blame or
 * dismissal than its good conversation ranks below it instead of tying.
 */
const LEANING = 0.45;

function leaning(
  turns: readonly AgentTurn[],
  label: string,
): { index: number; confidence: number } | undefined {
  let best: { index: number; confidence: number } | undefined;
  for (const t of turns)
    for (const c of t.analysis.tags.conduct)
      if (c.label === label && c.confidence >= LEANING && c.confidence > (best?.confidence ?? 0))
        best = { index: t.index, confidence: c.confidence };
  return best;
}

const SLOW_MEDIAN_MS = 60_000;
const STALL_RUN = 2;

/** Efficiency: the turn budget only counts for a conversation that did every required step. */
export function efficiencyChecks(
  list: CheckList,
  input: JudgeInput,
  turns: readonly AgentTurn[],
  requiredDone: boolean,
): void {
  const { scenario } = input;
  if (isGeneral(scenario)) list.na('turns-to-resolution', 'efficiency');
  else {
    const budget = Math.ceil(scenario.maxTurns * 0.6);
    const note = `${turns.length}/${budget}`;
    const last = turns.at(-1);
    if (!requiredDone)
      list.no('turns-to-resolution', 'efficiency', undefined, {
        note: `${note}, a required step is missing`,
      });
    else if (turns.length <= budget && last)
      list.yes('turns-to-resolution', 'efficiency', { index: last.index }, { note });
    else list.no('turns-to-resolution', 'efficiency', undefined, { note });
  }
  // Stalling: two or more replies in a row that do no work while the problem is still open. Kind
  // words do not make a reply work: "I completely understand, try not to worry" twice while money
  // is at risk is the empty reassurance a reviewer calls stalling.
  const lastWork = turns.findLastIndex(substantive);
  let run = 0;
  let stall: AgentTurn | undefined;
  turns.slice(1, Math.max(lastWork, 0)).forEach((t) => {
    run = substantive(t) ? 0 : run + 1;
    if (run === STALL_RUN && !stall) stall = t;
  });
  if (!turns.length) list.na('no-stalling', 'efficiency');
  else if (stall)
    list.no('no-stalling', 'efficiency', { index: stall.index }, { note: `${STALL_RUN}+ filler replies` });
  else list.yes('no-stalling', 'efficiency');

  const latencies = responseTimes(input.transcript);
  if (!latencies.length) list.na('response-time', 'efficiency');
  else {
    const median = latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)] as number;
    const note = `median ${Math.round(median / 1000)} s`;
    if (median <= SLOW_MEDIAN_MS) list.yes('response-time', 'efficiency', undefined, { note });
    else list.no('response-time', 'efficiency', undefined, { note });
  }
}

function responseTimes(transcript: JudgeInput['transcript']): number[] {
  const out: number[] = [];
  for (let i = 1; i < transcript.length; i++) {
    const prev = transcript[i - 1];
    const cur = transcript[i];
    if (cur?.speaker !== 'agent' || prev?.speaker !== 'customer' || !cur.at || !prev.at) continue;
    const ms = Date.parse(cur.at) - Date.parse(prev.at);
    if (Number.isFinite(ms) && ms >= 0) out.push(ms);
  }
  return out;
}

export { has };
