import type { Scenario } from '../../content/scenario.ts';
import type { CustomerState } from '../state.ts';
import { matchAny } from './match.ts';
import type { Sentence } from './text.ts';

/**
 * The scenario's answer to a direct question about what the customer prefers ("which day suits you
 * for the courier?", "pay now or wait?"): the one whose words the question fits best.
 */
export function preferenceAsked(
  scenario: Scenario,
  state: CustomerState,
  sents: Sentence[],
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const a of scenario.answers ?? []) {
    if (a.after && !state.revealed.includes(a.after)) continue;
    for (const s of sents) {
      if (s.act === 'statement') continue;
      const score = matchAny(a.askedBy, s);
      if (score > (best?.score ?? 0)) best = { id: a.id, score };
    }
  }
  return best?.id;
}
