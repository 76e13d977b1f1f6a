import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Shipped weights of a linear model over hashed features: the buckets that carry weight, and per
 * bucket one int16 per output column (weight × 2^12), both base64 little-endian.
 */
export const HashedModelFile = z.object({
  version: z.literal(2),
  bits: z.int().min(8).max(24),
  columns: z.array(z.string()).min(1),
  scale: z.number().positive(),
  trainedOn: z.record(z.string(), z.number()),
  buckets: z.string(),
  weights: z.string(),
});
export type HashedModelFile = z.infer<typeof HashedModelFile>;

export const SCALE = 4096;
/** Spreads bucket numbers over the slot table (buckets are already hashes; this breaks up runs). */
const mix = (b: number) => Math.imul(b, 0x9e3779b1) >>> 12;
const quantize = (w: number) => Math.max(-32768, Math.min(32767, Math.round(w * SCALE)));

/** A linear model over hashed binary features: each output column's score is the sum of its rows' weights. */
export class HashedModel {
  readonly columns: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  /**
   * Open-addressing table of the buckets that carry weight. Each slot is STRIDE int32s:
   * [bucket + 1 (0 = empty), stamp, then the int16 weights two to an int32], so one lookup touches
   * one place in memory. Weights are as shipped: weight × SCALE.
   */
  private readonly table: Int32Array;
  private readonly w16: Int16Array;
  private readonly stride: number;
  private readonly slotMask: number;
  private readonly count: number;
  private readonly acc: Int32Array;
  private generation = 0;

  constructor(columns: readonly string[], bits: number, rows: ReadonlyMap<number, ArrayLike<number>>) {
    this.columns = columns;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    const c = columns.length;
    this.stride = 2 + Math.ceil(c / 2);
    let size = 16;
    while (size < rows.size * 2) size *= 2;
    this.table = new Int32Array(size * this.stride);
    this.w16 = new Int16Array(this.table.buffer);
    this.slotMask = size - 1;
    this.count = rows.size;
    this.acc = new Int32Array(c);
    for (const [bucket, weights] of rows) {
      const base = 2 * (this.place(bucket & this.mask) * this.stride + 2);
      for (let k = 0; k < c; k++) this.w16[base + k] = quantize(weights[k] as number);
    }
  }

  /** The slot of a bucket, claimed if new. */
  private place(bucket: number): number {
    for (let i = mix(bucket) & this.slotMask; ; i = (i + 1) & this.slotMask) {
      const key = this.table[i * this.stride] as number;
      if (key === 0 || key === bucket + 1) {
        this.table[i * this.stride] = bucket + 1;
        return i;
      }
    }
  }

  /** Offset (in int32s) of a feature's slot, -1 when its bucket carries no weight. */
  private slotOf(hash: number): number {
    const key = (hash & this.mask) + 1;
    const stride = this.stride;
    for (let i = mix(key - 1) & this.slotMask; ; i = (i + 1) & this.slotMask) {
      const k = this.table[i * stride] as number;
      if (k === key) return i * stride;
      if (k === 0) return -1;
    }
  }

  get rowCount(): number {
    return this.count;
  }

  /** One feature's weight on one column (0 when the feature carries none). */
  weight(hash: number, column: number): number {
    const at = this.slotOf(hash);
    return at < 0 ? 0 : (this.w16[2 * (at + 2) + column] as number) / SCALE;
  }

  /** The weights per bucket (for saving a model trained in process). */
  rows(): Map<number, Float32Array> {
    const c = this.columns.length;
    const out = new Map<number, Float32Array>();
    for (let at = 0; at < this.table.length; at += this.stride) {
      const key = this.table[at] as number;
      if (!key) continue;
      const base = 2 * (at + 2);
      out.set(
        key - 1,
        Float32Array.from(this.w16.subarray(base, base + c), (q) => q / SCALE),
      );
    }
    return out;
  }

  /** Adds a slot's weights on columns [0, count) to out[offset..], unscaled (int16 units). */
  addRowAt(slot: number, count: number, out: Float64Array, offset: number): void {
    const base = 2 * (slot + 2);
    const w16 = this.w16;
    for (let k = 0; k < count; k++) out[offset + k] = (out[offset + k] as number) + (w16[base + k] as number);
  }

  /** Feature i's weight on a column, given the slot `addScores` found for it (-1: none), unscaled. */
  rawAt(slot: number, column: number): number {
    return slot < 0 ? 0 : (this.w16[2 * (slot + 2) + column] as number);
  }

  /**
   * Adds the weights of features ids[0..n) to `out` (length = columns); a repeated feature counts
   * once. With `slots`, also records each feature's slot there (for `rawAt`).
   */
  addScores(ids: Uint32Array, n: number, out: Float64Array, slots?: Int32Array): Float64Array {
    const c = this.columns.length;
    let generation = ++this.generation;
    if (generation > 0x7ffffff0) {
      for (let at = 1; at < this.table.length; at += this.stride) this.table[at] = 0;
      generation = this.generation = 1;
    }
    const acc = this.acc.fill(0);
    const table = this.table;
    const w16 = this.w16;
    for (let i = 0; i < n; i++) {
      const at = this.slotOf(ids[i] as number);
      if (slots) slots[i] = at;
      if (at < 0 || table[at + 1] === generation) continue;
      table[at + 1] = generation;
      const base = 2 * (at + 2);
      for (let k = 0; k < c; k++) acc[k] = (acc[k] as number) + (w16[base + k] as number);
    }
    for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (acc[k] as number) / SCALE;
    return out;
  }

  static fromFile(file: HashedModelFile): HashedModel {
    const c = file.columns.length;
    const buckets = new Uint32Array(Buffer.from(file.buckets, 'base64').buffer.slice(0));
    const raw = Buffer.from(file.weights, 'base64');
    const q = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
    const rows = new Map<number, Float32Array>();
    buckets.forEach((b, r) => {
      const w = new Float32Array(c);
      for (let k = 0; k < c; k++) w[k] = (q[r * c + k] as number) / file.scale;
      // (re-quantized by the constructor to the same integers when file.scale is SCALE)
      rows.set(b, w);
    });
    return new HashedModel(file.columns, file.bits, rows);
  }

  static load(path: URL | string): HashedModel {
    return HashedModel.fromFile(HashedModelFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  /** The shipped form; rows whose every weight rounds below `minWeight` are dropped. */
  static toFile(
    columns: readonly string[],
    bits: number,
    rows: ReadonlyMap<number, ArrayLike<number>>,
    trainedOn: Record<string, number>,
    minWeight = 0.01,
  ): HashedModelFile {
    const c = columns.length;
    const kept = [...rows].filter(([, w]) => Array.from(w).some((x) => Math.abs(x) >= minWeight));
    kept.sort(([a], [b]) => a - b);
    const buckets = Uint32Array.from(kept.map(([b]) => b));
    const q = new Int16Array(kept.length * c);
    kept.forEach(([, w], r) => {
      for (let k = 0; k < c; k++) q[r * c + k] = quantize(w[k] as number);
    });
    return {
      version: 2,
      bits,
      columns: [...columns],
      scale: SCALE,
      trainedOn,
      buckets: Buffer.from(buckets.buffer).toString('base64'),
      weights: Buffer.from(q.buffer).toString('base64'),
    };
  }
}
