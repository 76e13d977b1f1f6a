import type { HashedModel } from '../tagger/hashed-model.ts';
import { FeatureSink } from '../tagger/hashing.ts';
import { customerFeatures, distressCues } from './features.ts';
import { DISTRESS_KINDS, type DistressTag } from './kinds.ts';

/**
 * A kind is reported at `kind`; the customer counts as upset (EM may answer them) when some kind
 * reaches `upset` (looser: EM must not miss a distressed customer). `intensity` is where the
 * "at least 2" and "at least 3" outputs count.
 */
export const THRESHOLDS = { kind: 0.35, upset: 0.3, intensity: 0.5 };
/** Customer lines are read on this many leading characters. */
const MAX_CHARS = 1000;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Distress of customer lines from a linear model over the line's n-grams and distress cues. */
export class DistressModel {
  private readonly sink = new FeatureSink();
  private readonly scores: Float64Array;

  constructor(readonly model: HashedModel) {
    this.scores = new Float64Array(model.columns.length);
  }

  /** Probability of each kind, then of intensity ≥ 2 and ≥ 3 per kind. */
  probabilities(text: string, cues = distressCues(text)): Float64Array {
    const out = this.scores.fill(0);
    this.sink.reset();
    customerFeatures(text.slice(0, MAX_CHARS), cues, this.sink);
    this.model.addScores(this.sink.ids, this.sink.n, out);
    for (let i = 0; i < out.length; i++) out[i] = sigmoid(out[i] as number);
    return out;
  }

  detect(full: string): DistressTag[] {
    const text = full.slice(0, MAX_CHARS);
    if (!text.trim()) return [];
    const cues = distressCues(text);
    const p = this.probabilities(text, cues);
    const n = DISTRESS_KINDS.length;
    const out: DistressTag[] = [];
    DISTRESS_KINDS.forEach((kind, i) => {
      const confidence = p[i] as number;
      if (confidence < THRESHOLDS.kind) return;
      const intensity =
        (p[2 * n + i] as number) >= THRESHOLDS.intensity
          ? 3
          : (p[n + i] as number) >= THRESHOLDS.intensity
            ? 2
            : 1;
      const spans = (cues[i] ?? []).slice(0, 3);
      const whole = { text: text.trim(), start: text.indexOf(text.trim()), end: 0 };
      whole.end = whole.start + whole.text.length;
      out.push({
        kind,
        intensity,
        confidence: Math.round(confidence * 1000) / 1000,
        evidence: spans.length ? spans : [whole],
      });
    });
    return out.sort((a, b) => b.confidence - a.confidence);
  }

  /** Whether the line shows any distress at all (looser than reporting a kind: EM must not miss it). */
  upset(text: string): boolean {
    if (!text.trim()) return false;
    const p = this.probabilities(text);
    for (let i = 0; i < DISTRESS_KINDS.length; i++) if ((p[i] as number) >= THRESHOLDS.upset) return true;
    return false;
  }
}
