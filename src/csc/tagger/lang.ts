import type { Lang } from '../text.ts';

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Picks the utterance's main language: Chinese when Han characters outweigh Latin words. */
export function detectLang(text: string): Lang {
  let han = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isLatin(c)) {
      run++;
      continue;
    }
    // A Latin word counts from two letters on.
    if (run >= 2) words++;
    run = 0;
    if (isHan(c)) han++;
  }
  if (han === 0) return 'en';
  // One English word carries about as much as two Han characters.
  return han >= words * 2 ? 'zh' : 'en';
}
