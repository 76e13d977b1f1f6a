import type { Act } from './say.ts';

/** Leads that snap at the agent, and acts that agree or thank: never in one line. */
export const SHARP = new Set([
  'rude',
  'blamed',
  'dismissed',
  'griefDismissed',
  'supervisor',
  'doubt',
  'emptyComfort',
  'offTopic',
]);
export const SOFT = new Set([
  'knowledgeAck',
  'accept',
  'confirm',
  'satisfied',
  'wrapUpAck',
  'empathyAck',
  'relief',
  'waitOk',
]);
export const isSharp = (a: Act) => a.k === 'bank' && SHARP.has(a.key);
export const isSoft = (a: Act) =>
  (a.k === 'bank' && SOFT.has(a.key)) || (a.k === 'reaction' && a.key === 'thanks');

const OUTBURST = new Set(['angry', 'furious', 'upset', ...SHARP]);

/**
 * Keeps a line to what one person would type in one go: asking for a supervisor is the whole
 * line, a challenge is not preceded by a stock doubt, and an outburst is not followed by a flat "not sure" or "I see" ("Can you people solve
 * anything?! I didn't really pay attention to that.").
 */
export function unglued(line: readonly Act[]): Act[] {
  let acts = line;
  const supervisor = acts.find((a) => a.k === 'bank' && a.key === 'supervisor');
  if (supervisor) return [supervisor];
  // Challenging a wrong claim is the doubt; a stock "that's a big promise" in front says it twice.
  if (acts.some((a) => a.k === 'challenge'))
    acts = acts.filter((a) => !(a.k === 'bank' && a.key === 'doubt'));
  const first = acts[0];
  if (first?.k === 'bank' && OUTBURST.has(first.key))
    return acts.filter(
      (a, i) => i === 0 || !(a.k === 'bank' && ['unknown', 'knowledgeAck', 'confirm'].includes(a.key)),
    );
  return [...acts];
}

/** Reactions of a customer already at ease: "那就好，那就好", "That would be great, thanks". */
const EASED = new Set(['relief', 'satisfied', 'empathyAck', 'accept']);

/**
 * A customer who was angry a moment ago (asked for a supervisor, refused a code) does not sound
 * relieved or grateful in the next line; its mood comes down a step at a time.
 */
export function notYetEased(acts: readonly Act[], before: number): Act[] {
  if (before < 3) return [...acts];
  return acts.filter(
    (a) => !(a.k === 'bank' && EASED.has(a.key)) && !(a.k === 'reaction' && a.key === 'thanks'),
  );
}
