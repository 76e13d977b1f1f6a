import type { Scenario } from '../../content/scenario.ts';
import { quantitiesOf } from '../../evaluate/quantities.ts';
import { zhNumber } from '../../evaluate/zh-numerals.ts';
import type { CustomerState } from '../state.ts';
import { matchAny, slotSpans } from './match.ts';
import { deniedAt, isDenial } from './negation.ts';
import type { Sentence } from './text.ts';

/** The words of a wrong claim stand this close together (characters): "we never sent you a text". */
const CLAIM_WINDOW = 40;
/** A figure belongs to the topic word it stands this close to: "违约金是2365.56元", not the interest two clauses on. */
const FIGURE_WINDOW = 24;
const CLAUSE_BREAK = /[，；：。！？]|[,;:](?=\s)/u;

const NEGATION =
  /\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|wasn'?t|was not|weren'?t|failed to|no(?!\.?\s*\d|\s+(?:problem|worries|trouble)\b))\b|没有?(?:发|给|收|查|记|通知|联系|打)|未(?:能|曾)?(?:发|通知|联系)|从未|并未|不曾/u;

type Challenge = Scenario['challenges'][number];

/** Whether a stated range overlaps the figure the customer knows. */
const withinKnown = (f: NonNullable<Challenge['figure']>, low: number, high: number) =>
  high >= f.low && low <= (f.high ?? Number.POSITIVE_INFINITY);

/**
 * A figure the customer knows, stated wrongly: the figures next to the topic words, none of them
 * within what the customer knows ("the fee is 2365.56" when the app shows about 1,500; "USD 5,000 a
 * year" when the customer plans to send 30,000). A right figure anywhere near the topic clears it.
 */
function figureSaid(c: Challenge, s: Sentence): 'wrong' | 'right' | undefined {
  const f = c.figure;
  if (!f) return undefined;
  const fits = (low: number, high: number) => withinKnown(f, low, high);
  if (deniesKnownFigure(c, s, fits)) return 'wrong';
  const topic = c.saidBy.flatMap((q) => q.flatMap((slot) => slotSpans(slot, s)));
  if (!topic.length) return undefined;
  // One clause: in "就免违约金了，只是要多付1,047.40元利息" the figure is the interest, not the fee.
  const together = (from: number, to: number) =>
    to - from <= FIGURE_WINDOW && !CLAUSE_BREAK.test(s.text.slice(from, to));
  const near = quantitiesOf(s.text).filter(
    (q) =>
      q.kind === f.kind && topic.some(([a, b]) => (q.start >= b ? together(b, q.start) : together(q.end, a))),
  );
  if (!near.length) return undefined;
  return near.some((q) => fits(q.low, q.high)) ? 'right' : 'wrong';
}

/** A figure set aside, not stated: "not the 1,500 the app shows", "不是App上显示的一千五". */
const DENIED =
  /(?:\bnot\s+(?!just\b|only\b)(?:the\s+|that\s+)?|\brather than\s+(?:the\s+)?|\binstead of\s+(?:the\s+)?|(?<![就只也还])不是)[^\d，。！？,;]{0,10}?(\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)/gu;

/**
 * "It's 2,000 yuan, not the 1,500 the app shows": the figure the customer knows is brushed aside
 * for another of its kind. No topic word is needed; the customer's own figure is the topic.
 */
function deniesKnownFigure(c: Challenge, s: Sentence, fits: (low: number, high: number) => boolean): boolean {
  const spans: [number, number][] = [];
  for (const m of s.norm.matchAll(DENIED)) {
    const raw = m[1] as string;
    const n = /\d/.test(raw) ? Number(raw.replace(/,/g, '')) : zhNumber(raw);
    const at = (m.index ?? 0) + m[0].length - raw.length;
    if (n !== undefined && fits(n, n)) spans.push([at, at + raw.length]);
  }
  if (!spans.length) return false;
  return quantitiesOf(s.text).some(
    (q) =>
      q.kind === c.figure?.kind && !fits(q.low, q.high) && !spans.some(([a, b]) => q.start < b && a < q.end),
  );
}

/**
 * "It is NOT principal-protected", "这只基金不保本": each of the claim's words that is said at all is
 * said denied. Wordings that are denials themselves ("can't lose", "不会亏") are left out of the test.
 */
function deniesClaim(c: Challenge, s: Sentence): boolean {
  return c.saidBy.some(
    (q) =>
      // A claim that is a denial itself ("it has nothing to do with the purchase") puts its other words after it.
      !q.some((slot) => slot.split('|').every(isDenial)) &&
      q.some((slot) => {
        const plain = slot
          .split('|')
          .filter((alt) => !isDenial(alt))
          .join('|');
        const spans = plain ? slotSpans(plain, s) : [];
        return spans.length > 0 && spans.every(([a]) => deniedAt(s.norm, a));
      }),
  );
}

/** "Nothing more can be taken", "不会再被扣": what is safe from now on, not a word on what was lost. */
const FROM_NOW_ON = /\b(?:no|nothing|not any) more\b|\bany ?more\b|\bno longer\b|不会再|不能再|不再|再也/iu;

/**
 * "After the 12th instalment there's no fee", "等第12期扣完之后再还，就不收违约金了": the claim holds
 * only once a later point is reached, so it is not the claim about now.
 */
const LATER_ON =
  /\b(?:after|once|from)\s+(?:the\s+|your\s+)?(?:\d+|\w+(?:th|st|nd|rd)|twelve|first year|year|12 months|loan)\b|\bafter\s+(?:\w+\s+){0,3}(?:months?|instalments?|installments?|payments?|year)\b|(?:等|到|满|过了?).{0,12}(?:之后|以后|后再|后)|满(?:一年|12个月|十二个月)/iu;

/** A statement that makes the challenge's wrong claim in so many words. */
function wrongWords(c: Challenge, s: Sentence): boolean {
  const deniedLoss = c.saidBy.some((q) => q.some((slot) => isDenial(slot)));
  return (
    matchAny(c.saidBy, s, CLAIM_WINDOW) > 0 &&
    !deniesClaim(c, s) &&
    !(deniedLoss && FROM_NOW_ON.test(s.norm)) &&
    !LATER_ON.test(s.norm) &&
    // "We promised a text and never sent it" admits the opposite of "we sent you a text".
    (!NEGATION.test(s.norm) || c.saidBy.some((q) => q.some((slot) => NEGATION.test(slot))))
  );
}

/** The figure's topic came up in the agent's turn ("the fee covers the interest…"), with or without a figure. */
const topicIn = (c: Challenge, sents: readonly Sentence[]) =>
  sents.some((s) => c.saidBy.some((q) => q.some((slot) => slotSpans(slot, s).length > 0)));

/** Marks the figure topics of this agent turn, so a bare figure next turn ("As I said, 2,000 yuan") is read as about them. */
export function rememberFigureTopics(
  scenario: Scenario,
  state: CustomerState,
  sents: readonly Sentence[],
): void {
  state.used = state.used.filter((u) => !u.startsWith('figure-topic:'));
  for (const c of scenario.challenges)
    if (c.figure && topicIn(c, sents)) state.used.push(`figure-topic:${c.id}`);
}

/**
 * A figure of the challenge's kind said with no topic word, the turn after its topic came up: the
 * answer to "so how much exactly?". Wrong when none of the turn's figures of that kind fits.
 */
function bareFigureWrong(c: Challenge, state: CustomerState, sents: readonly Sentence[]): boolean {
  const f = c.figure;
  if (!f || !state.used.includes(`figure-topic:${c.id}`) || topicIn(c, sents)) return false;
  const figures = sents
    .filter((s) => s.act === 'statement')
    .flatMap((s) => quantitiesOf(s.text).filter((q) => q.kind === f.kind));
  const fits = (low: number, high: number) => withinKnown(f, low, high);
  return figures.length > 0 && !figures.some((q) => fits(q.low, q.high));
}

/** Wrong information in the agent's turn the customer knows to contradict (said again, it is contradicted again). */
export function challengesIn(scenario: Scenario, state: CustomerState, sents: Sentence[]): string[] {
  return (
    scenario.challenges
      .filter(
        (c) =>
          (!c.after || state.revealed.includes(c.after)) &&
          (bareFigureWrong(c, state, sents) ||
            sents.some(
              (s) => s.act === 'statement' && (c.figure ? figureSaid(c, s) === 'wrong' : wrongWords(c, s)),
            )),
      )
      .map((c) => c.id)
      // A wrong claim not contradicted yet comes before one said again.
      .sort((a, b) => Number(state.challenged.includes(a)) - Number(state.challenged.includes(b)))
  );
}

/** Figures the customer questioned that the agent now states rightly: the doubt is settled. */
export function correctionsIn(scenario: Scenario, state: CustomerState, sents: Sentence[]): string[] {
  return scenario.challenges
    .filter(
      (c) =>
        state.challenged.includes(c.id) &&
        sents.some((s) => s.act === 'statement' && figureSaid(c, s) === 'right'),
    )
    .map((c) => c.id);
}

/** Wrong claims the customer questioned and the agent never put right: the customer is not at ease. */
export const openDoubts = (state: CustomerState): string[] =>
  [...new Set(state.challenged)].filter((id) => !state.used.includes(`corrected:${id}`));
