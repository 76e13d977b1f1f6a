import type { JudgeInput } from './offline-judge.ts';
import type { Check, JudgedAnswer } from './scorecard-model.ts';

/**
 * The transcript entry a check's `turn` points at: scorecard turns are 1-based, as the trainee sees
 * them; this is the one place that knows it.
 */
export const entryAt = (transcript: JudgeInput['transcript'], turn: number | undefined) =>
  turn === undefined || turn < 1 ? undefined : transcript[turn - 1];

/** Why a model answer was not used; the offline answer stands and the check says so. */
export type DiscardReason =
  | 'fatal-breach-stands'
  | 'no-such-turn'
  | 'wrong-speaker'
  | 'quote-not-in-turn'
  | 'not-the-flagged-turn';

/** Checks a customer line can support (the customer saying it is sorted); all others need an agent turn. */
const CUSTOMER_SUPPORTED = new Set(['goal-met']);

/**
 * "no-…" checks and politeness pass on an absence (of a breach, of rudeness), which no quote can
 * prove: clearing a line the rules flagged must look at that line.
 */
const isAbsenceCheck = (id: string): boolean => id.startsWith('no-') || id === 'polite';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The quote is words of the turn: verbatim, up to runs of white space. */
export function quoteInTurn(text: string, quote: string | undefined): quote is string {
  if (quote === undefined) return false;
  const q = squash(quote);
  return [...q].length >= 2 && squash(text).includes(q);
}

function discardReason(
  c: Check,
  a: JudgedAnswer,
  transcript: JudgeInput['transcript'],
): DiscardReason | undefined {
  if (c.result === 'no' && c.fatal && a.result !== 'no') return 'fatal-breach-stands';
  const entry = entryAt(transcript, a.turn);
  if (!entry) return 'no-such-turn';
  if (entry.speaker !== 'agent' && !CUSTOMER_SUPPORTED.has(c.id)) return 'wrong-speaker';
  if (!quoteInTurn(entry.text, a.quote)) return 'quote-not-in-turn';
  if (
    isAbsenceCheck(c.id) &&
    a.result === 'yes' &&
    c.result === 'no' &&
    c.turn !== undefined &&
    a.turn !== c.turn
  )
    return 'not-the-flagged-turn';
  return undefined;
}

/**
 * A model answer replaces the offline one only when code can stand behind it: a fatal breach the
 * rules found stays, the quote must be words of the cited turn, and that turn must be able to carry
 * the check. A discarded answer leaves the offline one with `modelDiscarded` saying why; "na"
 * stays a structural decision of the rules (what the scenario requires).
 */
export function guardJudged(
  offline: readonly Check[],
  answers: readonly JudgedAnswer[],
  transcript: JudgeInput['transcript'],
): Check[] {
  const byId = new Map<string, JudgedAnswer>();
  for (const a of answers) if (!byId.has(a.id)) byId.set(a.id, a);
  return offline.map((c) => {
    const a = byId.get(c.id);
    if (!a || c.result === 'na' || a.result === 'na') return c;
    const reason = discardReason(c, a, transcript);
    if (reason) return { ...c, modelDiscarded: reason };
    const text = entryAt(transcript, a.turn)?.text ?? '';
    const { quote: _offlineQuote, ...rest } = c;
    return {
      ...rest,
      result: a.result,
      turn: a.turn,
      // Scorecard quotes are verbatim: one that matched only up to white space is not shown.
      ...(a.quote && text.includes(a.quote) ? { quote: a.quote } : {}),
      fatal: a.result === 'no' ? c.fatal : undefined,
    };
  });
}

/** The judge label, naming the checks where the rules' answer was kept over the model's. */
export function guardedJudgeLabel(judge: string, checks: readonly Check[]): string {
  const kept = checks.filter((c) => c.modelDiscarded).map((c) => `${c.id}: ${c.modelDiscarded}`);
  return kept.length ? `${judge} (rules kept — ${kept.join(', ')})` : judge;
}
