import type { Persona } from '../content/persona.ts';
import type { Lang } from '../csc/text.ts';

const QUOTED = /[“"「『]([^”"」』]{2,40})[”"」』]/u;
/** Only quirks that describe how the persona opens or habitually talks yield an opener; others quote reactions. */
const OPENER_QUIRK = /\b(?:starts?|opens?|begins?|keeps saying)\b|开口|开头|口头禅|一开口/iu;

const cache = new WeakMap<Persona, Record<Lang, string[]>>();

/** Literal catchphrases found in the persona's quirks ("常说“小同志，我跟你讲啊”"), used as line openers. */
export function catchphrases(persona: Persona, lang: Lang): string[] {
  let entry = cache.get(persona);
  if (!entry) {
    entry = { zh: extract(persona, 'zh'), en: extract(persona, 'en') };
    cache.set(persona, entry);
  }
  return entry[lang];
}

function extract(persona: Persona, lang: Lang): string[] {
  const out: string[] = [];
  for (const quirk of persona.speakingStyle.quirks) {
    if (!OPENER_QUIRK.test(quirk.en) && !OPENER_QUIRK.test(quirk.zh)) continue;
    const m = QUOTED.exec(quirk[lang]);
    // Skip glossed single words ("e" for I): only whole phrases work as an opener.
    if (m?.[1] && (lang === 'zh' ? m[1].length >= 3 : m[1].includes(' '))) out.push(m[1]);
  }
  return out;
}

export const joiner = (lang: Lang): string => (lang === 'zh' ? '' : ' ');

/** Joins sentence parts the way each language writes them. */
export function joinParts(parts: readonly string[], lang: Lang): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(joiner(lang));
}

/** Adds a catchphrase as an opening sentence of its own, punctuated for the language. */
export function withCatchphrase(line: string, phrase: string, lang: Lang): string {
  const ended = /[，,。.!！?？…~～]$/.test(phrase);
  if (lang === 'zh') return `${phrase}${ended ? '' : '，'}${line}`;
  return `${phrase}${ended ? '' : '.'} ${line}`;
}
