import type { Lang } from '../csc/text.ts';
import { lineHash } from './rng.ts';

const bigrams = (s: string): Set<string> => {
  const t = s.toLowerCase().replace(/[\s\p{P}]/gu, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
};
/** Share of one wording's character pairs found in the other. */
export const likeness = (a: string, b: string): number => {
  const x = bigrams(a);
  const y = bigrams(b);
  return x.size ? [...x].filter((g) => y.has(g)).length / x.size : 0;
};

/** The sentences of a part, each hashed: a sentence said once is never said again in another line. */
export const partHashes = (part: string): string[] =>
  part
    .split(/(?<=[。！？!?；;])|(?<=\.)\s+/u)
    .map((x) => x.trim())
    .filter((x) => x.replace(/[^\u3400-\u9fff]/gu, '').length >= 6 || x.split(/\s+/).length >= 5)
    .map((x) => lineHash(`part|${x.toLowerCase().replace(/[\s\p{P}]/gu, '')}`));

export const lowerFirst = (s: string) =>
  /^(?:I|I'm|I've|I'd|I'll)\b/.test(s) ? s : `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** An acknowledgement word a part may start with ("行，", "Right,"): said once a line, not at every sentence. */
const LEAD = {
  zh: /^(行|好|嗯|哦|对|OK|好吧|行吧|那好)[，,。！!]\s*/u,
  en: /^(ok(?:ay)?|right|fine|alright|all right|sure|well)[,.!]\s+/iu,
};

/** "行，这点我记下了。行，我先试试" says the same 行 twice; the second part starts on its content. */
export function oneLead(parts: readonly string[], lang: Lang): string[] {
  const seen = new Set<string>();
  return parts.map((p) => {
    const m = LEAD[lang].exec(p.trim());
    const word = m?.[1]?.toLowerCase();
    if (!m || !word) return p;
    if (!seen.has(word)) {
      seen.add(word);
      return p;
    }
    const rest = p.trim().slice(m[0].length);
    return lang === 'en' ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : rest;
  });
}

/** Asides that write down or read back what the agent said ("Let me note that down.", "我记一下，您看对不对。"). */
const NOTING = /\bnote\b|\bwrite (?:it|that) down\b|is (?:that|this) correct|记一下|记下|对不对/iu;

/**
 * The signature remark, if it may close this line. After a question or an outburst the customer waits
 * for the answer ("Can't you make an exception? Let me note that down." is two people talking), an
 * angry one makes no remarks, and only a calm one stops to note something down (the caller allows
 * remarks only after the agent explained or suggested something, so there is something to note).
 */
export function tailFits(aside: string | undefined, line: string, emotion: number): string | undefined {
  if (!aside || /[?？!！]\s*$/u.test(line.trim()) || emotion >= 3) return undefined;
  return !NOTING.test(aside) || emotion < 2 ? aside : undefined;
}
