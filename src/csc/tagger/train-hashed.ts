import { mulberry32 } from '../deterministic.ts';

/** One training example: its feature buckets and, per head, what it should predict. */
export interface HashedExample {
  ids: Uint32Array;
  /** Softmax head: the class index, or -1 when the example does not train this head. */
  y: number;
  /** Sigmoid heads: 1/0 per column (2: this column learns nothing from the example), or undefined when the example trains none. */
  targets?: Uint8Array;
  weight?: number;
}

export interface HashedTrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer training examples are dropped. */
  minCount: number;
  seed: number;
  /** Sigmoid heads: extra weight of positive examples (they are rare). */
  positiveWeight?: number;
  /** Features this head does not learn from (their weights stay 0). */
  ignore?: ReadonlySet<number>;
  /** Fixed weights of some features (bucket -> one weight per column), not learned: lexicon priors. */
  priors?: ReadonlyMap<number, ArrayLike<number>>;
}

/** Buckets seen in at least `minCount` examples, numbered densely. */
function compactIndex(
  examples: readonly HashedExample[],
  minCount: number,
  ignore?: ReadonlySet<number>,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ex of examples)
    for (const b of ex.ids) if (!ignore?.has(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [b, n] of counts) if (n >= minCount) index.set(b, index.size);
  return index;
}

function rowsOf(examples: readonly HashedExample[], index: Map<number, number>) {
  return examples.map((ex) => {
    const feats: number[] = [];
    for (const b of ex.ids) {
      const i = index.get(b);
      if (i !== undefined) feats.push(i);
    }
    return { feats: Int32Array.from(new Set(feats)), ex };
  });
}

function toRows(index: Map<number, number>, W: Float64Array, c: number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [bucket, i] of index) out.set(bucket, W.slice(i * c, (i + 1) * c));
  return out;
}

/**
 * Trains a linear model with AdaGrad and L2 on sparse binary features: a softmax over `classes`
 * columns (examples with y = -1 are skipped) or, with `sigmoid`, one logistic output per column.
 */
export function trainHashed(
  examples: readonly HashedExample[],
  columns: number,
  o: HashedTrainOptions,
  sigmoid = false,
): Map<number, Float64Array> {
  const used = examples.filter((ex) => (sigmoid ? ex.targets !== undefined : ex.y >= 0));
  const index = compactIndex(used, o.minCount, o.ignore);
  const rows = rowsOf(used, index);
  const c = columns;
  const W = new Float64Array(index.size * c);
  const G = new Float64Array(index.size * c).fill(1e-6);
  const frozen = new Uint8Array(index.size);
  for (const [bucket, w] of o.priors ?? []) {
    const i = index.get(bucket);
    if (i === undefined) continue;
    frozen[i] = 1;
    for (let k = 0; k < c; k++) W[i * c + k] = w[k] as number;
  }
  const scores = new Float64Array(c);
  const grad = new Float64Array(c);
  const random = mulberry32(o.seed);
  const order = rows.map((_, i) => i);
  const pos = o.positiveWeight ?? 1;

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const { feats, ex } = rows[r] as (typeof rows)[number];
      const weight = ex.weight ?? 1;
      scores.fill(0);
      for (const f of feats)
        for (let k = 0; k < c; k++) scores[k] = (scores[k] as number) + (W[f * c + k] as number);
      if (sigmoid) {
        const t = ex.targets as Uint8Array;
        for (let k = 0; k < c; k++) {
          const target = t[k] as number;
          if (target === 2) {
            grad[k] = 0;
            continue;
          }
          const p = 1 / (1 + Math.exp(-(scores[k] as number)));
          grad[k] = (p - target) * weight * (target ? pos : 1);
        }
      } else {
        let max = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < c; k++) max = Math.max(max, scores[k] as number);
        let sum = 0;
        for (let k = 0; k < c; k++) {
          scores[k] = Math.exp((scores[k] as number) - max);
          sum += scores[k] as number;
        }
        for (let k = 0; k < c; k++) grad[k] = ((scores[k] as number) / sum - (k === ex.y ? 1 : 0)) * weight;
      }
      for (const f of feats) {
        if (frozen[f]) continue;
        for (let k = 0; k < c; k++) {
          if (sigmoid && grad[k] === 0) continue;
          const at = f * c + k;
          const g = (grad[k] as number) + o.l2 * (W[at] as number);
          G[at] = (G[at] as number) + g * g;
          W[at] = (W[at] as number) - (o.learningRate * g) / Math.sqrt(G[at] as number);
        }
      }
    }
  }
  return toRows(index, W, c);
}
