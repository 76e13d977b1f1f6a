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
   * Open-addressing table of the buckets that carry weight: slot pairs [bucket + 1, row], 0 = empty.
   * Far smaller than one entry per bucket, so lookups stay in cache.
   */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  /** Weights as shipped: int16, weight × SCALE (half the memory of floats, so fewer cache misses). */
  private readonly w: Int16Array;
  private readonly stamp: Uint32Array;
  private readonly acc: Int32Array;
  private generation = 0;

  constructor(columns: readonly string[], bits: number, rows: ReadonlyMap<number, ArrayLike<number>>) {
    this.columns = columns;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    let size = 16;
    while (size < rows.size * 2.5) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.slotMask = size - 1;
    const c = columns.length;
    this.w = new Int16Array(rows.size * c);
    this.stamp = new Uint32Array(rows.size);
    this.acc = new Int32Array(c);
    let r = 0;
    for (const [bucket, weights] of rows) {
      this.place(bucket & this.mask, r);
      for (let k = 0; k < c; k++) this.w[r * c + k] = quantize(weights[k] as number);
      r++;
    }
  }

  private place(bucket: number, row: number): void {
    for (let i = mix(bucket) & this.slotMask; ; i = (i + 1) & this.slotMask) {
      const key = this.slots[2 * i] as number;
      if (key === 0 || key === bucket + 1) {
        this.slots[2 * i] = bucket + 1;
        this.slots[2 * i + 1] = row;
        return;
      }
    }
  }

  /** Row of a feature hash, -1 when its bucket carries no weight. */
  private rowOf(hash: number): number {
    const key = (hash & this.mask) + 1;
    for (let i = mix(key - 1) & this.slotMask; ; i = (i + 1) & this.slotMask) {
      const k = this.slots[2 * i] as number;
      if (k === key) return this.slots[2 * i + 1] as number;
      if (k === 0) return -1;
    }
  }

  get rowCount(): number {
    return this.stamp.length;
  }

  /**
   * Adds one feature's weights on columns [0, count) to out[offset..offset + count), unscaled
   * (int16 units: divide by SCALE); false when the feature carries no weight.
   */
  addRaw(hash: number, count: number, out: Float64Array, offset: number): boolean {
    const r = this.rowOf(hash);
    if (r < 0) return false;
    const base = r * this.columns.length;
    for (let k = 0; k < count; k++)
      out[offset + k] = (out[offset + k] as number) + (this.w[base + k] as number);
    return true;
  }

  /** One feature's weight on one column (0 when the feature carries none). */
  weight(hash: number, column: number): number {
    const r = this.rowOf(hash);
    return r < 0 ? 0 : (this.w[r * this.columns.length + column] as number) / SCALE;
  }

  /** The weights per bucket (for saving a model trained in process). */
  rows(): Map<number, Float32Array> {
    const c = this.columns.length;
    const out = new Map<number, Float32Array>();
    for (let i = 0; i < this.slots.length; i += 2) {
      const key = this.slots[i] as number;
      const r = this.slots[i + 1] as number;
      if (key)
        out.set(
          key - 1,
          Float32Array.from(this.w.subarray(r * c, (r + 1) * c), (q) => q / SCALE),
        );
    }
    return out;
  }

  /** Adds the weights of features ids[0..n) to `out` (length = columns); a repeated feature counts once. */
  addScores(ids: Uint32Array, n: number, out: Float64Array): Float64Array {
    const c = this.columns.length;
    const generation = ++this.generation;
    if (generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const acc = this.acc.fill(0);
    for (let i = 0; i < n; i++) {
      const r = this.rowOf(ids[i] as number);
      if (r < 0 || this.stamp[r] === this.generation) continue;
      this.stamp[r] = this.generation;
      const base = r * c;
      for (let k = 0; k < c; k++) acc[k] = (acc[k] as number) + (this.w[base + k] as number);
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
