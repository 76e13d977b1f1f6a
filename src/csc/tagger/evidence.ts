import type { Span } from '../span.ts';
import type { CueHit } from './cue-match.ts';
import { type HashedModel, SCALE as S } from './hashed-model.ts';

const WHOLE = W;
const SCALE = S;

import { type FeatureSink, WHOLE as W } from './hashing.ts';

/**
 * Evidence for a label: its cue phrases in the reply, or else the clause whose own features the
 * model weighs highest for it (features remember their clause and model slot, so nothing is
 * featurised or looked up again). The sink must be the one the model just scored.
 */
export class ClauseEvidence {
  private text = '';
  private cues: readonly CueHit[] = [];
  private sink: FeatureSink | undefined;
  private scores = new Float64Array(16);

  constructor(private readonly model: HashedModel) {}

  /** The reply just scored: its text, cue hits and the sink still holding its features. */
  reset(text: string, cues: readonly CueHit[], sink: FeatureSink): void {
    this.text = text;
    this.cues = cues;
    this.sink = sink;
  }

  /**
   * In a reply of several clauses, the strategies that win a clause of their own: each clause's
   * own features, softmaxed over the first `columns` outputs, give a winner at `min` or more.
   */
  clauseWinners(columns: number, min: number): number[] {
    const sink = this.sink as FeatureSink;
    if (sink.clauses < 2) return [];
    const k = sink.clauses;
    if (this.scores.length < k * columns) this.scores = new Float64Array(k * columns * 2);
    const scores = this.scores.fill(0, 0, k * columns);
    for (let i = 0; i < sink.n; i++) {
      const c = sink.clause[i] as number;
      if (c === WHOLE) continue;
      const id = sink.ids[i] as number;
      for (let j = 0; j < columns; j++)
        scores[c * columns + j] = (scores[c * columns + j] as number) + this.model.weight(id, j);
    }
    const winners: number[] = [];
    for (let c = 0; c < k; c++) {
      let top = 0;
      let max = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < columns; j++) {
        const v = scores[c * columns + j] as number;
        if (v > max) {
          max = v;
          top = j;
        }
      }
      let sum = 0;
      for (let j = 0; j < columns; j++) sum += Math.exp(((scores[c * columns + j] as number) - max) / SCALE);
      if (1 / sum >= min && !winners.includes(top)) winners.push(top);
    }
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
      if (this.scores.length < sink.clauses) this.scores = new Float64Array(sink.clauses * 2);
      const scores = this.scores.fill(0, 0, sink.clauses);
      for (let i = 0; i < sink.n; i++) {
        const k = sink.clause[i] as number;
        if (k !== WHOLE)
          scores[k] = (scores[k] as number) + this.model.rawAt(sink.slots[i] as number, column);
      }
      for (let k = 1; k < sink.clauses; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
    }
    const start = sink.spans[2 * best] as number;
    const end = sink.spans[2 * best + 1] as number;
    return [{ text: this.text.slice(start, end), start, end }];
  }
}
