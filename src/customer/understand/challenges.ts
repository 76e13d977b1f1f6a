import type { Scenario } from '../../content/scenario.ts';
import { quantitiesOf } from '../../evaluate/quantities.ts';
import type { CustomerState } from '../state.ts';
import { matchAny, slotSpans } from './match.ts';
import type { Sentence } from './text.ts';

/** The words of a wrong claim stand this close together (characters): "we never sent you a text". */
const CLAIM_WINDOW = 40;
/** A figure belongs to the topic word it stands this close to: "违约金是2365.56元", not the interest two clauses on. */
const FIGURE_WINDOW = 24;
const CLAUSE_BREAK = /[，；：。！？]|[,;:](?=\s)/u;

const NEGATION =
  /\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|wasn'?t|was not|weren'?t|failed to|no(?!\.?\s*\d|\s+(?:problem|worries|trouble)\b))\b|没有?(?:发|给|收|查|记|通知|联系|打)|未(?:能|曾)?(?:发|通知|联系)|从未|并未|不曾/u;

type Challenge = Scenario['challenges'][number];

/**
 * A figure the customer knows, stated wrongly: the figures next to the topic words, none of them
 * within what the customer knows ("the fee is 2365.56" when the app shows about 1,500; "USD 5,000 a
 * year" when the customer plans to send 30,000). A right figure anywhere near the topic clears it.
 */
function wrongFigure(c: Challenge, s: Sentence): boolean {
  const f = c.figure;
  if (!f) return false;
  const topic = c.saidBy.flatMap((q) => q.flatMap((slot) => slotSpans(slot, s)));
  if (!topic.length) return false;
  // One clause: in "就免违约金了，只是要多付1,047.40元利息" the figure is the interest, not the fee.
  const together = (from: number, to: number) =>
    to - from <= FIGURE_WINDOW && !CLAUSE_BREAK.test(s.text.slice(from, to));
  const near = quantitiesOf(s.text).filter(
    (q) =>
      q.kind === f.kind && topic.some(([a, b]) => (q.start >= b ? together(b, q.start) : together(q.end, a))),
  );
  const fits = (low: number, high: number) => high >= f.low && low <= (f.high ?? Number.POSITIVE_INFINITY);
  return near.length > 0 && !near.some((q) => fits(q.low, q.high));
}

/** A statement that makes the challenge's wrong claim in so many words. */
function wrongWords(c: Challenge, s: Sentence): boolean {
  return (
    matchAny(c.saidBy, s, CLAIM_WINDOW) > 0 &&
    // "We promised a text and never sent it" admits the opposite of "we sent you a text".
    (!NEGATION.test(s.norm) || c.saidBy.some((q) => q.some((slot) => NEGATION.test(slot))))
  );
}

/** Wrong information in the agent's turn the customer knows to contradict, not yet contradicted. */
export function challengesIn(scenario: Scenario, state: CustomerState, sents: Sentence[]): string[] {
  return scenario.challenges
    .filter(
      (c) =>
        !state.challenged.includes(c.id) &&
        (!c.after || state.revealed.includes(c.after)) &&
        sents.some((s) => s.act === 'statement' && (c.figure ? wrongFigure(c, s) : wrongWords(c, s))),
    )
    .map((c) => c.id);
}
