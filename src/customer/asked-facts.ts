import type { Scenario } from '../content/scenario.ts';
import type { Act } from './act.ts';
import type { Reading } from './understand/reading.ts';

/**
 * The facts the customer tells for this turn's questions. "The mobile on the loan and your date of
 * birth?" asks for those two only: its "loan" and "date" do not bring out the loan's story as well
 * (a safety point: nothing unasked is given). A fact about the asked detail itself (an impostor's
 * "I don't have her card") still comes.
 */
export function factsToTell(r: Reading, sc: Scenario, planned: readonly Act[]): string[] {
  const identityOnly =
    planned.some((a) => a.k === 'identity') && r.sentences.filter((s) => s.act !== 'statement').length < 2;
  if (!identityOnly) return r.facts;
  return r.facts.filter((f) => sc.hiddenFacts.some((h) => h.id === f && h.identityField));
}
