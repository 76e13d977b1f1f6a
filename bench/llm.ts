import { createCore } from '../src/app/core.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/open-store.ts';
import { startFakeOpenAI } from '../test/support/fake-openai.ts';
import { median, percentile } from './stats.ts';

const TURNS = 40;
const line = (i: number) =>
  `I understand. Could you tell me a bit more about what the app shows on screen ${i + 1}?`;

/** One long drill through the local fake model: model calls per turn, prompt growth, and the bot's own time. */
export async function benchLlm(latencyMs: number) {
  const fake = await startFakeOpenAI();
  fake.latencyMs = latencyMs;
  const config = loadConfig({ OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake' });
  const store = await openStore('memory://');
  const { service, library } = await createCore({ ...config, STORE_URL: 'memory://' }, { store });
  const base = library.scenarios.get('transfer-stuck-processing');
  if (!base) throw new Error('scenario missing');
  // A longer budget than the shipped scenario, so turn 40 exists.
  library.scenarios.set(base.id, { ...base, maxTurns: 60 });
  const { drill } = await service.start({
    trainee: { id: 'bench' },
    scenarioId: base.id,
    personaId: 'nurse-he',
    lang: 'en',
    seed: 1,
  });

  const turnMs: number[] = [];
  const callsPerTurn: number[] = [];
  const promptTokens: number[] = [];
  for (let i = 0; i < TURNS; i++) {
    const before = fake.requests.length;
    const t0 = performance.now();
    const r = await service.reply(drill.id, 'bench', line(i));
    turnMs.push(performance.now() - t0);
    const calls = fake.requests.slice(before);
    callsPerTurn.push(calls.length);
    promptTokens.push(calls.reduce((sum, c) => sum + c.promptTokens, 0));
    if (r.ended) throw new Error(`drill ended early at turn ${i + 1}: ${r.ended.reason}`);
  }
  const endStarted = performance.now();
  await service.end(drill.id, 'bench');
  const endMs = performance.now() - endStarted;
  await fake.close();
  return {
    latencyMs,
    turns: TURNS,
    p50ms: Math.round(median(turnMs) * 100) / 100,
    p99ms: Math.round(percentile(turnMs, 99) * 100) / 100,
    callsPerTurn: Math.max(...callsPerTurn),
    criticalPathCalls: latencyMs ? Math.round(median(turnMs) / latencyMs) : undefined,
    promptTokensTurn5: promptTokens[4] as number,
    promptTokensTurn40: promptTokens[39] as number,
    growth: Math.round(((promptTokens[39] as number) / (promptTokens[4] as number)) * 100) / 100,
    endMs: Math.round(endMs),
  };
}
