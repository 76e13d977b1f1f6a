import { readDataset } from '../src/csc/tagger/dataset.ts';
import { defaultTagger } from '../src/csc/tagger/tagger.ts';
import { heapMb, median } from './stats.ts';

/** Utterances per second on one core (median of several runs) and heap growth over many utterances. */
export function benchTagger(runs = 5, perRun = 20_000) {
  const tagger = defaultTagger();
  const pool = [
    ...readDataset('multiwoz'),
    ...readDataset('crosswoz'),
    ...readDataset('fixture-en'),
    ...readDataset('fixture-zh'),
  ].map((u) => ({ text: u.text, context: u.context, turn: u.turn, upset: u.upset }));
  for (let i = 0; i < 2000; i++) tagger.tag(pool[i % pool.length] as (typeof pool)[number]);
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < perRun; i++) tagger.tag(pool[(i * 7 + r) % pool.length] as (typeof pool)[number]);
    rates.push(perRun / ((performance.now() - start) / 1000));
  }
  const heapAt = (n: number) => {
    for (let i = 0; i < n; i++) tagger.tag(pool[i % pool.length] as (typeof pool)[number]);
    return heapMb();
  };
  const after10k = heapAt(10_000);
  const after100k = heapAt(100_000);
  return {
    utterancesPerSecond: Math.round(median(rates)),
    runs: rates.map(Math.round),
    heapMbAfter10k: after10k,
    heapMbAfter100k: after100k,
  };
}
