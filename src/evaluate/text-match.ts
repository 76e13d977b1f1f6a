import type { Lang } from '../csc/text.ts';

/** Lowercased, width-folded, whitespace-collapsed text, so cue matching ignores cosmetic differences. */
const FULL_WIDTH = /[\u3000\uff01-\uff5e]/;

export function normalize(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  // NFKC folds full-width letters and digits (ＡＢＣ１２３); it is costly, so only when there are any.
  const folded = FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
  const out = folded.toLowerCase().replace(/\s+/g, ' ');
  normalized.set(text, out);
  if (normalized.size > NORMALIZED_KEPT) normalized.delete(normalized.keys().next().value as string);
  return out;
}

/**
 * The latest clauses normalised: every forbidden claim, wording and check of a reply normalises the
 * same few clauses again (a fifth of a turn's time before this).
 */
const NORMALIZED_KEPT = 2000;
const normalized = new Map<string, string>();

/** The first cue found in the text, or undefined. Cues of both languages count: trainees mix them. */
export function findCue(
  normalizedText: string,
  cues: { zh: readonly string[]; en: readonly string[] },
): string | undefined {
  for (const lang of ['zh', 'en'] as Lang[]) {
    for (const cue of cues[lang]) {
      if (normalizedText.includes(normalize(cue))) return cue;
    }
  }
  return undefined;
}

/** Locates a normalized cue back in the original text, so evidence quotes are verbatim. */
export function quoteFor(original: string, cue: string): string {
  const i = original.toLowerCase().indexOf(cue.toLowerCase());
  return i >= 0 ? original.slice(i, i + cue.length) : original.trim().slice(0, 120);
}
