import type { Lang } from '../text.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** Picks the utterance's main language: Chinese when Han characters outweigh Latin words. */
export function detectLang(text: string): Lang {
  const han = text.match(CJK)?.length ?? 0;
  if (han === 0) return 'en';
  const words = text.match(LATIN_WORD)?.length ?? 0;
  // One English word carries about as much as two Han characters.
  return han >= words * 2 ? 'zh' : 'en';
}
