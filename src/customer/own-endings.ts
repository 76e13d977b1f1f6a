import { type EndingKey, PERSONA_ENDINGS } from '../content/customer-endings.ts';
import { fnv1a } from '../csc/deterministic.ts';
import type { Lang } from '../csc/text.ts';
import type { PhraseKey } from './phrases.ts';
import type { CustomerState } from './state.ts';

const ENDINGS = new Set<PhraseKey>(['goodbye', 'unsure', 'nothingElse', 'grudgingBye']);

/**
 * The persona's own way of winding down, one not said yet in this drill, chosen by the seed; once
 * its own are used up the shared bank takes over, so no line comes back.
 */
export function ownEnding(
  personaId: string,
  lang: Lang,
  key: PhraseKey,
  seed: number,
  state: CustomerState,
): string | undefined {
  if (!ENDINGS.has(key)) return undefined;
  const lines = PERSONA_ENDINGS[personaId]?.[lang][key as EndingKey] ?? [];
  const fresh = lines
    .map((o, i) => ({ o, mark: `ending:${key}#${i}` }))
    .filter((x) => !state.used.includes(x.mark));
  const chosen = fresh[fnv1a(`${personaId}|${key}|${seed}`) % Math.max(1, fresh.length)];
  if (chosen) state.used.push(chosen.mark);
  return chosen?.o;
}
