import { mulberry32 } from '../deterministic.ts';
import { STRATEGY_CODES, type StrategyCode } from '../strategies.ts';
import { LinearModel, softmax } from './model.ts';

export interface TrainingExample {
  features: readonly string[];
  label: StrategyCode;
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Features seen in fewer examples are dropped. */
  minCount?: number;
  seed?: number;
  /**
   * Fixed weight of the `prior:<CODE>` features (a cue phrase of that strategy occurs): the
   * definitions' lexicon speaks first and the model learns what it leaves over. 0 disables it.
   */
  cuePrior?: number;
}

/** Multinomial logistic regression trained with AdaGrad and L2, over sparse binary features. */
export function trainLinearModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = {},
): LinearModel {
  const { epochs = 12, learningRate = 0.3, l2 = 1e-5, minCount = 2, seed = 7, cuePrior = 0 } = options;
  const classes = STRATEGY_CODES;
  const n = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));

  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, count] of counts) if (count >= minCount || f === 'bias') index.set(f, index.size);

  const rows = examples.map((ex) => ({
    feats: Int32Array.from(
      new Set(ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
    ),
    y: classIndex.get(ex.label) as number,
    weight: ex.weight ?? 1,
  }));

  const W = new Float64Array(index.size * n);
  const frozen = new Uint8Array(index.size);
  for (const [f, i] of index) {
    if (!f.startsWith('prior:')) continue;
    frozen[i] = 1;
    W[i * n + (classIndex.get(f.slice(6) as StrategyCode) as number)] = cuePrior;
  }
  const G = new Float64Array(index.size * n).fill(1e-6);
  const scores = new Float64Array(n);
  const random = mulberry32(seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as (typeof rows)[number];
      scores.fill(0);
      for (const f of row.feats)
        for (let c = 0; c < n; c++) scores[c] = (scores[c] as number) + (W[f * n + c] as number);
      softmax(scores);
      for (const f of row.feats) {
        if (frozen[f]) continue;
        for (let c = 0; c < n; c++) {
          const k = f * n + c;
          const g = ((scores[c] as number) - (c === row.y ? 1 : 0)) * row.weight + l2 * (W[k] as number);
          G[k] = (G[k] as number) + g * g;
          W[k] = (W[k] as number) - (learningRate * g) / Math.sqrt(G[k] as number);
        }
      }
    }
  }

  const weights = new Map<string, Float64Array>();
  for (const [f, i] of index) weights.set(f, W.slice(i * n, (i + 1) * n));
  return new LinearModel(classes, weights);
}
