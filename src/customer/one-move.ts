import { SOFT } from './line-shape.ts';
import type { Act } from './say.ts';

/** Saying the talk is over for now: "nothing else", "let's leave it there", "noted". */
const WIND_DOWN = new Set(['unsure', 'nothingElse', 'wrapUpAck']);
/** Keeping the talk going: something still asked for, argued against or doubted. */
const PRESSING = new Set<Act['k']>(['objection', 'need', 'challenge']);
/** Doubting what the agent said. */
const DOUBTS = new Set(['doubt', 'doubtStays', 'stillDoubt']);
/** The customer's own matter: what they tell, ask or argue. */
const CONTENT = new Set<Act['k']>(['fact', 'upfront', 'step', 'objection', 'need', 'challenge']);
/** Still asking what to do, and saying it is all clear now. */
const STILL_ASKS = new Set(['unresolved', 'notDone', 'notDoneAgain']);
const UNDERSTOOD = new Set(['knowledgeAck', 'satisfied']);
/** Small agreeing reactions; a line has at most one. */
const SMALL = new Set([...SOFT, 'empathyAck', 'griefAck']);
/** The small reactions that answer the agent's offer ("Sure, go ahead."): kept before a bare "thanks". */
const ANSWERS = new Set(['accept', 'confirm']);

const bankKey = (a: Act): string | undefined => (a.k === 'bank' ? a.key : undefined);
const isSmall = (a: Act) => SMALL.has(bankKey(a) ?? '') || (a.k === 'reaction' && a.key === 'thanks');

/**
 * One reply is one move: stock pieces that contradict each other are not stitched together.
 * "No idea" gives way to anything real the customer has to say; "nothing else" or "let's leave it
 * there" is not said while the customer still asks or argues (nor "leave it there" while telling
 * more or saying yes to an offer); and of the small agreeing reactions ("Thanks, I appreciate that.", "Sure, go ahead.",
 * the customer's own thanks) one is kept, an answer to the agent's offer first.
 */
export function oneMove(line: readonly Act[]): Act[] {
  let acts = [...line];
  const has = (kinds: Set<Act['k']>) => acts.some((a) => kinds.has(a.k));
  if (
    acts.some((a) => bankKey(a) === 'unknown') &&
    acts.some((a) => a.k !== 'need' && (CONTENT.has(a.k) || WIND_DOWN.has(bankKey(a) ?? '')))
  )
    acts = acts.filter((a) => bankKey(a) !== 'unknown');
  // Doubting a promise ("That's a big promise. Can I get it in writing?") is pressing too: no "let's leave it there" after it.
  const doubting = acts.some((a) => DOUBTS.has(bankKey(a) ?? ''));
  if (has(PRESSING) || doubting) acts = acts.filter((a) => !WIND_DOWN.has(bankKey(a) ?? ''));
  else if (has(CONTENT) || acts.some((a) => bankKey(a) === 'accept'))
    acts = acts.filter((a) => bankKey(a) !== 'unsure');
  // "That makes it clear" and "so what do I do now?" contradict each other: asking on wins.
  if (acts.some((a) => STILL_ASKS.has(bankKey(a) ?? '')))
    acts = acts.filter((a) => !UNDERSTOOD.has(bankKey(a) ?? ''));
  // One doubt per line: a fresh "big promise?" is not followed by "still not convinced".
  const firstDoubt = acts.find((a) => DOUBTS.has(bankKey(a) ?? ''));
  if (firstDoubt) acts = acts.filter((a) => a === firstDoubt || !DOUBTS.has(bankKey(a) ?? ''));
  const small = acts.filter(isSmall);
  if (small.length > 1) {
    const keep =
      small.find((a) => ANSWERS.has(bankKey(a) ?? '')) ??
      small.find((a) => a.k === 'reaction') ??
      (small[0] as Act);
    acts = acts.filter((a) => !isSmall(a) || a === keep);
  }
  return acts;
}
