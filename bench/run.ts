// npm run bench: figures for the README (tagger throughput and memory, engine per-turn latency and heap,
// CLI start-up). `npm run bench <section>` runs one section: tagger, engine, llm, slack, durable, coach or startup.
import { benchEngine, warmUp } from './engine.ts';
import { benchLlm } from './llm.ts';
import { benchStartup, TAG_TARGET_MS, VERSION_TARGET_RATIO } from './startup.ts';
import { benchTagger } from './tagger.ts';

const only = process.argv[2];
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; gc exposed: ${Boolean((globalThis as { gc?: unknown }).gc)}`,
);

if (!only || only === 'tagger') {
  const t = benchTagger();
  console.log('\n# strategy and conduct tagger (one core; agent replies with the customer line as context)');
  console.log(
    `utterances/s (median of ${t.runs.length} runs of 20,000): ${t.utterancesPerSecond}   runs: ${t.runs.join(', ')}`,
  );
  console.log(`utterances per CPU second (median): ${t.utterancesPerCpuSecond}`);
  console.log(`customer distress lines/s: ${t.distressLinesPerSecond}`);
  console.log(
    `heap after 10,000 more utterances: ${t.heapMbAfter10k} MB; after 100,000 more: ${t.heapMbAfter100k} MB`,
  );
}

if (!only || only === 'engine') {
  console.log('\n# offline drill engine, memory store (bot work per trainee turn; no model call)');
  console.log(
    'open drills | turns | turns/s | p50 ms | p99 ms | heap KB per open drill (beyond transcript text)',
  );
  await warmUp();
  for (const n of [1, 100, 10_000]) {
    // Enough turns that every drill plays several and drills end (and are scored) along the way.
    const r = await benchEngine(n, Math.max(5000, 3 * n));
    console.log(
      `${String(n).padStart(11)} | ${r.turns} | ${r.turnsPerSecond} | ${r.p50ms} | ${r.p99ms} | ${r.heapKbPerOpenDrill ?? '–'}`,
    );
  }
}

if (!only || only === 'llm') {
  console.log('\n# LLM mode against the local fake OpenAI-compatible server (one 40-turn drill)');
  const slow = await benchLlm(100);
  const fast = await benchLlm(0);
  console.log(`model calls per turn: ${slow.callsPerTurn} (customer + tagger); judge once at the end`);
  console.log(
    `model calls on a turn's critical path (turn time / model latency at ${slow.latencyMs} ms): ${slow.criticalPathCalls}`,
  );
  console.log(
    `prompt tokens per turn (all calls): turn 5 ${slow.promptTokensTurn5}, turn 40 ${slow.promptTokensTurn40}, ratio ${slow.growth}`,
  );
  console.log(
    `bot's own time per turn with a zero-latency model: p50 ${fast.p50ms} ms, p99 ${fast.p99ms} ms (includes local HTTP)`,
  );
}

if (!only || only === 'slack') {
  const { benchSlackPath } = await import('./slack-path.ts');
  console.log(
    '\n# Slack path: signed event → reply posted in the thread (fake Web API on loopback, memory store)',
  );
  console.log(
    'trainees×3 turns | pause | bare Bolt reply p50 / p99 ms | drill bot reply p50 / p99 ms | ratio p50 / p99 | ack p99 ms bare / bot | bot ack p99 turns 2-3 | CPU ms per turn bare / bot',
  );
  for (const r of await benchSlackPath()) {
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    console.log(
      `${String(r.trainees).padStart(16)} | ${r.thinkMs ? `~${r.thinkMs / 1000} s` : 'none'} | ${r.bare.replyP50} / ${r.bare.replyP99} | ${r.bot.replyP50} / ${r.bot.replyP99} | ${ratio(r.bot.replyP50, r.bare.replyP50)} / ${ratio(r.bot.replyP99, r.bare.replyP99)} | ${r.bare.ackP99} / ${r.bot.ackP99} | ${r.bot.ackP99AfterFirstTurn} | ${r.bare.cpuMsPerTurn} / ${r.bot.cpuMsPerTurn}`,
    );
  }
}

if (!only || only === 'durable') {
  const { benchDurable, ACK_TARGET_MS } = await import('./durable.ts');
  const { cpus } = await import('node:os');
  console.log(
    '\n# durable Slack path: 200 drills at once × 5 turns, signed event → queued in the store → reply in the thread',
  );
  console.log(
    'store | drills×turns | ack p99 ms (all turns) | ack p99 ms (turn 1, all at once) | ack p99 ms (turns 2-5) | reply p50 ms | reply p99 ms',
  );
  const { rows, load } = await benchDurable();
  for (const r of rows) {
    if (r.skipped) console.log(`${r.store} | skipped: ${r.skipped}`);
    else
      console.log(
        `${r.store} | ${r.drills}×${r.turns} | ${r.ackP99}${(r.ackP99 ?? 0) < ACK_TARGET_MS ? '' : ` (over the ${ACK_TARGET_MS} ms target)`} | ${r.ackP99FirstTurn} | ${r.ackP99AfterFirstTurn} | ${r.replyP50} | ${r.replyP99}`,
      );
  }
  const { ackFloor } = await import('./ack-floor.ts');
  const floor = await ackFloor();
  console.log(
    `floor | a no-op HTTP server in its own process, the same client and first burst | – | ${floor.ackP99} | – | – | –`,
  );
  const busiest = Math.max(...load);
  console.log(
    `load average before / after: ${load.map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores${busiest > cpus().length ? ' — the machine was loaded by other work; figures are pessimistic' : ''}`,
  );
}

if (!only || only === 'coach') {
  const { benchReport } = await import('./coach.ts');
  const r = await benchReport();
  console.log('\n# managers: a team report from stored scorecard summaries (memory store)');
  console.log(
    `${r.people} people × ${r.drills} drills: ${r.ms} ms, ${r.rows} rows; heap change ${r.heapDeltaMb} MB`,
  );
}

if (!only || only === 'startup') {
  console.log('\n# CLI start-up (hyperfine, 3 warm-up runs + 30 runs each, the build in dist/)');
  const s = benchStartup();
  console.log('command | mean ms | ± ms | median ms | max ms | peak RSS MB');
  for (const r of s.results)
    console.log(
      `${r.name} | ${r.meanMs} | ${r.stddevMs} | ${r.medianMs} | ${r.maxMs} | ${s.maxRssMb[r.name] ?? '–'}`,
    );
  const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');
  console.log(
    `--version / node -e 0: ${s.versionRatio}x (target ≤ ${VERSION_TARGET_RATIO}x, ${verdict(s.versionRatio <= VERSION_TARGET_RATIO)})`,
  );
  console.log(
    `tag on one line: ${s.tagMs} ms (target ≤ ${TAG_TARGET_MS} ms, ${verdict(s.tagMs <= TAG_TARGET_MS)})`,
  );
}
