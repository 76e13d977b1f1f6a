import type { Library } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import { mulberry32 } from '../csc/deterministic.ts';

import { pick } from '../customer/rng.ts';
import type { HistoryItem } from './ports.ts';

/** The scenario the trainee has practised least (ties broken by the seed), and one of its suggested personas. */
export function chooseDrill(
  library: Library,
  history: readonly HistoryItem[],
  seed: number,
  scenarioId?: string,
  personaId?: string,
): { scenario: Scenario; personaId: string } {
  const random = mulberry32(seed);
  let scenario = scenarioId ? library.scenarios.get(scenarioId) : undefined;
  if (!scenario) {
    const counts = new Map<string, number>();
    for (const h of history) counts.set(h.scenarioId, (counts.get(h.scenarioId) ?? 0) + 1);
    const all = [...library.scenarios.values()];
    const least = Math.min(...all.map((s) => counts.get(s.id) ?? 0));
    scenario = pick(
      random,
      all.filter((s) => (counts.get(s.id) ?? 0) === least),
    );
  }
  const candidates = scenario.suggestedPersonas.filter((id) => library.personas.has(id));
  return {
    scenario,
    personaId: personaId ?? pick(random, candidates.length ? candidates : [...library.personas.keys()]),
  };
}
