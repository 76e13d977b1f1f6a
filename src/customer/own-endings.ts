import { type EndingKey, PERSONA_ENDINGS } from '../content/customer-endings.ts';
import { PERSONA_PUSHBACK, type PushbackKey } from '../content/customer-pushback.ts';
import { fnv1a } from '../csc/deterministic.ts';
import type { Lang } from '../csc/text.ts';
import type { PhraseKey } from './phrases.ts';
import type { CustomerState } from './state.ts';

const ENDINGS = new Set<PhraseKey>(['goodbye', 'unsure', 'nothingElse', 'grudgingBye']);
const PUSHBACK = new Set<PhraseKey>(['dismissed', 'unresolved', 'notDone']);

/**
 * The persona's own way of winding down or pushing back, one not said yet in this drill, chosen by
 * the seed; once its own are used up the shared bank takes over, so no line comes back.
 */
export function ownEnding(
  personaId: string,
  lang: Lang,
  key: PhraseKey,
  seed: number,
  state: CustomerState,
): string | undefined {
  const lines = ENDINGS.has(key)
    ? (PERSONA_ENDINGS[personaId]?.[lang][key as EndingKey] ?? [])
    : PUSHBACK.has(key)
      ? (PERSONA_PUSHBACK[personaId]?.[lang][key as PushbackKey] ?? [])
      : [];
  if (!lines.length) return undefined;
  const fresh = lines
    .map((o, i) => ({ o, mark: `ending:${key}#${i}` }))
    .filter((x) => !state.used.includes(x.mark));
  const chosen = fresh[fnv1a(`${personaId}|${key}|${seed}`) % Math.max(1, fresh.length)];
  if (chosen) state.used.push(chosen.mark);
  return chosen?.o;
}
