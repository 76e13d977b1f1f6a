import { fnv1a, mulberry32 } from '../csc/deterministic.ts';

/** A deterministic random source for one customer turn: same drill seed and turn, same choices. */
export function turnRandom(seed: number, turn: number, salt = ''): () => number {
  return mulberry32((seed ^ Math.imul(turn + 1, 0x9e3779b1) ^ fnv1a(salt)) >>> 0);
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Short stable fingerprint of a line, for the never-repeat check. */
export const lineHash = (text: string): string => fnv1a(text.replace(/\s+/g, ' ').trim()).toString(36);
