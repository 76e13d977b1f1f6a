import { HashedModel } from '../tagger/hashed-model.ts';
import { FeatureSink } from '../tagger/hashing.ts';
import { type HashedExample, type HashedTrainOptions, trainHashed } from '../tagger/train-hashed.ts';
import { customerFeatures, distressCues } from './features.ts';
import { DISTRESS_COLUMNS, DISTRESS_KINDS, type DistressKind } from './kinds.ts';

export const DISTRESS_BITS = 18;
export const DISTRESS_OPTIONS: HashedTrainOptions = {
  epochs: 20,
  learningRate: 0.1,
  l2: 1e-5,
  minCount: 1,
  seed: 7,
  positiveWeight: 1.5,
};

export interface DistressLabelled {
  text: string;
  distress: { kind: DistressKind; intensity: number }[];
}

/** Targets per column: kind present; intensity ≥ 2 and ≥ 3 only where the kind is present (2 = not trained). */
function targetsOf(distress: DistressLabelled['distress']): Uint8Array {
  const n = DISTRESS_KINDS.length;
  const t = new Uint8Array(DISTRESS_COLUMNS.length);
  DISTRESS_KINDS.forEach((k, i) => {
    const hit = distress.find((d) => d.kind === k);
    t[i] = hit ? 1 : 0;
    t[n + i] = hit ? Number(hit.intensity >= 2) : 2;
    t[2 * n + i] = hit ? Number(hit.intensity >= 3) : 2;
  });
  return t;
}

export function trainDistressModel(lines: readonly DistressLabelled[], o = DISTRESS_OPTIONS): HashedModel {
  const sink = new FeatureSink();
  const mask = (1 << DISTRESS_BITS) - 1;
  const examples: HashedExample[] = lines.map((l) => {
    sink.reset();
    customerFeatures(l.text, distressCues(l.text), sink);
    const ids = sink.snapshot().map((h) => h & mask);
    return { ids, y: -1, targets: targetsOf(l.distress) };
  });
  return new HashedModel(
    DISTRESS_COLUMNS,
    DISTRESS_BITS,
    trainHashed(examples, DISTRESS_COLUMNS.length, o, true),
  );
}
