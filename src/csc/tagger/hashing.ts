// Feature hashing: every feature is a 32-bit hash of (family, content), computed straight from the
// text's character codes so that featurising an utterance allocates no strings.

/** Feature families; each seeds its own hash so equal content in two families never collides on purpose. */
export const F = {
  bias: 1,
  word: 2,
  wordPair: 3,
  firstWord: 4,
  lastWord: 5,
  firstPair: 6,
  han1: 7,
  han2: 8,
  han3: 9,
  hanFirst: 10,
  hanLast: 11,
  chars: 12,
  shape: 13,
  cue: 14,
  cueMode: 15,
  cueFirst: 16,
  cueSet: 17,
  context: 18,
  han4: 19,
  wordTriple: 20,
  mood: 21,
} as const;

export const seed = (family: number): number => Math.imul(family + 0x51ed27, 0x9e3779b1) >>> 0;

/** One step of FNV-1a over a UTF-16 code unit. */
export const step = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;

/** Combines two hashes into one (order matters). */
export const pair = (a: number, b: number): number =>
  (Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b) ^ b) >>> 0;

/** Final avalanche (murmur3 fmix32), so the low bits used as a bucket are well mixed. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a family and a string (for features named in code rather than read from the text). */
export function named(family: number, s: string): number {
  let h = seed(family);
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return finish(h);
}

/** Clause number of a feature that belongs to the whole text. */
export const WHOLE = 0xffff;

/**
 * A reusable list of feature hashes (no allocation per utterance once it has grown). Each feature
 * also records the clause it came from, and the text's clauses are kept as [start, end) offsets,
 * so evidence can be found without featurising the clauses again.
 */
export class FeatureSink {
  ids = new Uint32Array(512);
  clause = new Uint16Array(512);
  /** Model slot of each feature, filled by the model while scoring (-1: no weight). */
  slots = new Int32Array(512);
  n = 0;
  /** Clause of the features pushed next. */
  current = WHOLE;
  /** Clause offsets: start and end of clause k at [2k] and [2k + 1]. */
  spans = new Int32Array(64);
  clauses = 0;

  reset(): this {
    this.n = 0;
    this.clauses = 0;
    this.current = WHOLE;
    return this;
  }

  push(hash: number): void {
    if (this.n === this.ids.length) {
      const ids = new Uint32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const clause = new Uint16Array(this.clause.length * 2);
      clause.set(this.clause);
      this.clause = clause;
      this.slots = new Int32Array(this.slots.length * 2);
    }
    this.clause[this.n] = this.current;
    this.ids[this.n++] = hash;
  }

  addClause(start: number, end: number): void {
    if (this.clauses >= WHOLE - 1) return;
    if (2 * this.clauses + 1 >= this.spans.length) {
      const spans = new Int32Array(this.spans.length * 2);
      spans.set(this.spans);
      this.spans = spans;
    }
    this.spans[2 * this.clauses] = start;
    this.spans[2 * this.clauses + 1] = end;
    this.clauses++;
  }

  /** The clause holding a text offset, or WHOLE. */
  clauseAt(offset: number): number {
    for (let k = 0; k < this.clauses; k++)
      if (offset < (this.spans[2 * k + 1] as number))
        return offset >= (this.spans[2 * k] as number) ? k : WHOLE;
    return WHOLE;
  }

  /** A copy of the features collected (training keeps one per example). */
  snapshot(): Uint32Array {
    return this.ids.slice(0, this.n);
  }
}
