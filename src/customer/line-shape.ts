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
 * line, and an outburst is not followed by a flat "not sure" or "I see" ("Can you people solve
 * anything?! I didn't really pay attention to that.").
 */
export function unglued(acts: readonly Act[]): Act[] {
  const supervisor = acts.find((a) => a.k === 'bank' && a.key === 'supervisor');
  if (supervisor) return [supervisor];
  const first = acts[0];
  if (first?.k === 'bank' && OUTBURST.has(first.key))
    return acts.filter(
      (a, i) => i === 0 || !(a.k === 'bank' && ['unknown', 'knowledgeAck', 'confirm'].includes(a.key)),
    );
  return [...acts];
}
