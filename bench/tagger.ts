import { shippedDistress } from '../src/csc/distress.ts';
import { trainingReplies } from '../src/csc/tagger/authored.ts';
import { readDataset } from '../src/csc/tagger/dataset.ts';
import { defaultTagger } from '../src/csc/tagger/tagger.ts';
import { heapMb, median } from './stats.ts';

/**
 * Utterances per second on one core (median of several runs) and heap growth over many utterances:
 * agent replies with the customer's previous line as context (so the distress model runs when the
 * EM rule or a conduct label needs it), from the corpora, the fixture and the training authors.
 */
export function benchTagger(runs = 5, perRun = 20_000) {
  const tagger = defaultTagger();
  const pool = [
    ...readDataset('multiwoz'),
    ...readDataset('crosswoz'),
    ...readDataset('fixture-en'),
    ...readDataset('fixture-zh'),
    ...trainingReplies(),
  ].map((u) => ({ text: u.text, context: u.context, turn: 'turn' in u ? u.turn : undefined }));
  const at = (i: number) => pool[i % pool.length] as (typeof pool)[number];
  for (let i = 0; i < 5000; i++) tagger.tag(at(i));
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < perRun; i++) tagger.tag(at(i * 7 + r));
    const used = process.cpuUsage(cpu);
    rates.push(perRun / ((performance.now() - start) / 1000));
    cpuRates.push(perRun / ((used.user + used.system) / 1e6));
  }
  const distress = shippedDistress();
  const lines = pool.map((u) => u.context ?? '').filter(Boolean);
  const dStart = performance.now();
  for (let i = 0; i < perRun; i++) distress.detect(lines[(i * 7) % lines.length] as string);
  const distressPerSecond = perRun / ((performance.now() - dStart) / 1000);
  const heapAt = (n: number) => {
    for (let i = 0; i < n; i++) tagger.tag(at(i));
    return heapMb();
  };
  const after10k = heapAt(10_000);
  const after100k = heapAt(100_000);
  return {
    utterancesPerSecond: Math.round(median(rates)),
    /** Per second of CPU time used: what the wall figure would be if nothing else wanted the core. */
    utterancesPerCpuSecond: Math.round(median(cpuRates)),
    runs: rates.map(Math.round),
    distressLinesPerSecond: Math.round(distressPerSecond),
    heapMbAfter10k: after10k,
    heapMbAfter100k: after100k,
  };
}
