// npm run bench: figures for the README (tagger throughput and memory, engine per-turn latency and heap).
import { benchEngine } from './engine.ts';
import { benchTagger } from './tagger.ts';

const only = process.argv[2];
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; gc exposed: ${Boolean((globalThis as { gc?: unknown }).gc)}`,
);

if (!only || only === 'tagger') {
  const t = benchTagger();
  console.log('\n# strategy tagger (one core)');
  console.log(
    `utterances/s (median of ${t.runs.length} runs of 20,000): ${t.utterancesPerSecond}   runs: ${t.runs.join(', ')}`,
  );
  console.log(
    `heap after 10,000 more utterances: ${t.heapMbAfter10k} MB; after 100,000 more: ${t.heapMbAfter100k} MB`,
  );
}

if (!only || only === 'engine') {
  console.log('\n# offline drill engine, memory store (bot work per trainee turn; no model call)');
  console.log(
    'open drills | turns | turns/s | p50 ms | p99 ms | heap KB per open drill (beyond transcript text)',
  );
  for (const n of [1, 100, 10_000]) {
    const r = await benchEngine(n);
    console.log(
      `${String(n).padStart(11)} | ${r.turns} | ${r.turnsPerSecond} | ${r.p50ms} | ${r.p99ms} | ${r.heapKbPerOpenDrill ?? '–'}`,
    );
  }
}
