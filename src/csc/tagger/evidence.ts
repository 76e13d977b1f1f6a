import type { Span } from '../span.ts';
import type { CueHit } from './cue-match.ts';
import { type HashedModel, SCALE as S } from './hashed-model.ts';
import { type FeatureSink, WHOLE as W } from './hashing.ts';

const WHOLE = W;
const SCALE = S;

/**
 * Evidence for a label: its cue phrases in the reply, or else the clause that speaks for it most
 * (features remember their clause and model slot, so nothing is featurised or looked up again).
 * Also finds the strategies that win a clause of their own. The sink must be the one the model
 * just scored.
 */
export class ClauseEvidence {
  private text = '';
  private cues: readonly CueHit[] = [];
  private sink: FeatureSink | undefined;
  /** Per clause, the summed int16 weights of its own features on every column; filled lazily. */
  private scores = new Float64Array(64);
  private scored = false;
  /** Per clause, the strategy softmax of its own features; filled lazily. */
  private probs = new Float64Array(64);
  private softmaxed = false;

  /** `strategies`: how many leading columns form the strategy softmax. */
  constructor(
    private readonly model: HashedModel,
    private readonly strategies: number,
  ) {}

  reset(text: string, cues: readonly CueHit[], sink: FeatureSink): void {
    this.text = text;
    this.cues = cues;
    this.sink = sink;
    this.scored = false;
    this.softmaxed = false;
  }

  private clauseScores(): Float64Array {
    const sink = this.sink as FeatureSink;
    const c = this.model.columns.length;
    if (this.scored) return this.scores;
    if (this.scores.length < sink.clauses * c) this.scores = new Float64Array(sink.clauses * c * 2);
    const scores = this.scores.fill(0, 0, sink.clauses * c);
    for (let i = 0; i < sink.n; i++) {
      const k = sink.clause[i] as number;
      const slot = sink.slots[i] as number;
      if (k !== WHOLE && slot >= 0) this.model.addRowAt(slot, c, scores, k * c);
    }
    this.scored = true;
    return scores;
  }

  /** Probability of strategy `column` in clause `k`, from that clause's own features alone. */
  private clauseProbability(k: number, column: number): number {
    const n = this.strategies;
    if (!this.softmaxed) {
      const scores = this.clauseScores();
      const c = this.model.columns.length;
      const clauses = (this.sink as FeatureSink).clauses;
      if (this.probs.length < clauses * n) this.probs = new Float64Array(clauses * n * 2);
      for (let q = 0; q < clauses; q++) {
        let max = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < n; j++) max = Math.max(max, scores[q * c + j] as number);
        let sum = 0;
        for (let j = 0; j < n; j++) {
          const e = Math.exp(((scores[q * c + j] as number) - max) / SCALE);
          this.probs[q * n + j] = e;
          sum += e;
        }
        for (let j = 0; j < n; j++) this.probs[q * n + j] = (this.probs[q * n + j] as number) / sum;
      }
      this.softmaxed = true;
    }
    return this.probs[k * n + column] as number;
  }

  /** In a reply of several clauses, the strategies whose probability in some clause is at least `min`. */
  clauseWinners(min: number): number[] {
    const clauses = (this.sink as FeatureSink).clauses;
    if (clauses < 2) return [];
    const winners: number[] = [];
    for (let k = 0; k < clauses; k++)
      for (let j = 0; j < this.strategies; j++)
        if (this.clauseProbability(k, j) >= min && !winners.includes(j)) winners.push(j);
    return winners;
  }

  for(label: string, column: number): Span[] {
    const spans: Span[] = [];
    for (const h of this.cues)
      if (h.code === label && spans.length < 3)
        spans.push({ text: this.text.slice(h.start, h.end), start: h.start, end: h.end });
    if (spans.length) return spans;
    const sink = this.sink as FeatureSink;
    if (!sink.clauses) return [];
    let best = 0;
    if (sink.clauses > 1) {
      // A strategy: the clause most its own; a conduct label: the clause weighing most towards it.
      const c = this.model.columns.length;
      const value = (k: number) =>
        column < this.strategies
          ? this.clauseProbability(k, column)
          : (this.clauseScores()[k * c + column] as number);
      let bestValue = value(0);
      for (let k = 1; k < sink.clauses; k++) {
        const v = value(k);
        if (v > bestValue) {
          bestValue = v;
          best = k;
        }
      }
    }
    const start = sink.spans[2 * best] as number;
    const end = sink.spans[2 * best + 1] as number;
    return [{ text: this.text.slice(start, end), start, end }];
  }
}
