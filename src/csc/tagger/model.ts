import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { STRATEGY_CODES, type StrategyCode } from '../strategies.ts';

/** Shipped weights: per feature, pairs of (class index, weight) for the classes it moves. */
export const ModelFile = z.object({
  version: z.literal(1),
  classes: z.array(z.enum(STRATEGY_CODES)).length(STRATEGY_CODES.length),
  trainedOn: z.record(z.string(), z.number()),
  weights: z.record(z.string(), z.array(z.number())),
});
export type ModelFile = z.infer<typeof ModelFile>;

/** A feature's weights per class, stamped with the last call that counted it. */
interface Row {
  w: Float64Array;
  seen: number;
}

export class LinearModel {
  readonly classes: readonly StrategyCode[];
  private readonly rows: Map<string, Row>;
  private generation = 0;

  constructor(classes: readonly StrategyCode[], weights: Map<string, Float64Array>) {
    this.classes = classes;
    this.rows = new Map([...weights].map(([f, w]) => [f, { w, seen: 0 }]));
  }

  static fromFile(file: ModelFile): LinearModel {
    const n = file.classes.length;
    const map = new Map<string, Float64Array>();
    for (const [feature, pairs] of Object.entries(file.weights)) {
      const w = new Float64Array(n);
      for (let i = 0; i + 1 < pairs.length; i += 2) w[pairs[i] as number] = pairs[i + 1] as number;
      map.set(feature, w);
    }
    return new LinearModel(file.classes, map);
  }

  static load(path: URL | string): LinearModel {
    return LinearModel.fromFile(ModelFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  /** Raw class scores; duplicate features count once (a generation stamp, so nothing is allocated). */
  scores(features: readonly string[], out = new Float64Array(this.classes.length)): Float64Array {
    out.fill(0);
    const generation = ++this.generation;
    for (const f of features) {
      const row = this.rows.get(f);
      if (!row || row.seen === generation) continue;
      row.seen = generation;
      const w = row.w;
      for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) + (w[c] as number);
    }
    return out;
  }

  probabilities(features: readonly string[]): Float64Array {
    return softmax(this.scores(features));
  }

  toFile(trainedOn: Record<string, number>, minWeight = 0.01): ModelFile {
    const weights: Record<string, number[]> = {};
    for (const [feature, { w }] of [...this.rows.entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const pairs: number[] = [];
      w.forEach((v, c) => {
        if (Math.abs(v) >= minWeight) pairs.push(c, Math.round(v * 1000) / 1000);
      });
      if (pairs.length) weights[feature] = pairs;
    }
    return { version: 1, classes: [...this.classes], trainedOn, weights };
  }
}

export function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] as number) - max);
    scores[i] = e;
    sum += e;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / sum;
  return scores;
}
