import type { Library } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import { mulberry32 } from '../csc/deterministic.ts';
import { pick } from '../customer/rng.ts';
import type { HistoryItem } from '../store/drill-repository.ts';

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

/** The closest valid id to what the user typed, for "did you mean" messages. */
export function closest(input: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = o.includes(input) ? 0 : levenshtein(input, o);
    if (d < bestDistance) {
      bestDistance = d;
      best = o;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
