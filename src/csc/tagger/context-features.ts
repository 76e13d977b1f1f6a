import type { FeatureSink } from './hashing.ts';
import * as hashing from './hashing.ts';

const { F, finish, pair, seed, step } = hashing;

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Words this common say nothing about whether a reply echoes the customer. */
const STOP = new Set(
  "the and you your for that this with have has had are was were but not can could would will just what when they them there here from about been its it's i'm i've you're don't can't"
    .split(' ')
    .map((w) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
      return h;
    }),
);

/** Content tokens of a text (Latin words of 3+ letters or numbers, Han character pairs) as hashes, into `out`; returns how many. */
function tokens(text: string, out: Uint32Array): number {
  const s = text.toLowerCase();
  let n = 0;
  let h = 0x811c9dc5;
  let len = 0;
  let digits = 0;
  let prevHan = 0;
  for (let i = 0; i <= s.length && n < out.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isWordChar(c) || (c === 39 && len > 0)) {
      h = step(h, c);
      len++;
      if (c < 97 && c !== 39) digits++;
      prevHan = 0;
      continue;
    }
    if ((len >= 3 || (digits && len >= 2)) && !STOP.has(h)) out[n++] = h;
    h = 0x811c9dc5;
    len = 0;
    digits = 0;
    if (isHan(c)) {
      if (prevHan) out[n++] = ((prevHan << 16) | c) >>> 0;
      prevHan = c;
    } else prevHan = 0;
  }
  return n;
}

/** A reusable set of token hashes (open addressing, generation-stamped: no allocation per call). */
class TokenSet {
  private keys = new Uint32Array(1024);
  private stamps = new Uint32Array(1024);
  private generation = 0;
  size = 0;

  clear(): void {
    this.generation++;
    this.size = 0;
  }

  add(h: number): void {
    if (this.size * 2 >= this.keys.length) return;
    const mask = this.keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) {
        this.stamps[i] = this.generation;
        this.keys[i] = h;
        this.size++;
        return;
      }
      if (this.keys[i] === h) return;
    }
  }

  has(h: number): boolean {
    const mask = this.keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) return false;
      if (this.keys[i] === h) return true;
    }
  }
}

const context = new TokenSet();
const buffer = new Uint32Array(512);
const OVERLAP = [0, 1, 2, 3, 4].map((k) => finish(pair(seed(F.context), k)));

/**
 * How much of the reply repeats the customer's own words: the share of the reply's content tokens
 * found in the customer's previous line, in four buckets (none shared: no feature). Only this relation to the context is a
 * feature, so an unrelated customer line cannot move a reply's tag.
 */
export function overlapFeatures(text: string, customerLine: string | undefined, sink: FeatureSink): void {
  if (!customerLine) return;
  context.clear();
  const inContext = tokens(customerLine, buffer);
  for (let i = 0; i < inContext; i++) context.add(buffer[i] as number);
  if (!context.size) return;
  const total = tokens(text, buffer);
  let shared = 0;
  for (let i = 0; i < total; i++) if (context.has(buffer[i] as number)) shared++;
  // No shared word is the same as no customer line at all.
  if (!shared) return;
  const r = shared / total;
  sink.push(OVERLAP[r < 0.2 ? 1 : r < 0.4 ? 2 : r < 0.6 ? 3 : 4] as number);
}
