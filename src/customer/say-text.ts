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
