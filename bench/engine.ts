import { createCore } from '../src/app/core.ts';
import { loadConfig } from '../src/config/config.ts';
import type { DrillService } from '../src/drill/service.ts';
import { openStore } from '../src/store/open-store.ts';
import { heapMb, median, percentile } from './stats.ts';

const TRAINEE_LINES = [
  'Hello, thanks for contacting Huaxin Bank, how can I help you today?',
  'Could you confirm your full name and the phone number on the account?',
  'So your card was blocked after a purchase abroad — did you travel recently?',
  'Our risk control flagged a large overseas transaction to protect your money.',
  'Open the app, go to Security Center and complete the face recognition check.',
  'Once both checks pass the restriction is lifted in real time.',
];

async function engine(): Promise<DrillService> {
  const store = await openStore('memory://');
  return (await createCore({ ...loadConfig({}), STORE_URL: 'memory://' }, { store })).service;
}

/** Plays turns on a throwaway engine so the measured runs see optimised code, not the JIT warming up. */
export async function warmUp(turns = 3000): Promise<void> {
  await benchEngine(50, turns);
}

/** Per-turn latency of the offline engine with N open drills (memory store), and heap per open drill. */
export async function benchEngine(openDrills: number, turns = 3000) {
  const service = await engine();
  const heapBefore = heapMb();
  const ids: { drill: string; trainee: string }[] = [];
  let transcriptChars = 0;
  for (let i = 0; i < openDrills; i++) {
    const trainee = `t${i}`;
    const s = await service.start({
      trainee: { id: trainee },
      scenarioId: 'card-frozen-after-travel',
      lang: 'en',
      seed: i,
    });
    transcriptChars += s.opening.text.length;
    ids.push({ drill: s.drill.id, trainee });
  }
  const heapOpen = heapMb();
  const durations: number[] = [];
  const turnOf = new Map<string, number>();
  const started = performance.now();
  for (let k = 0; k < turns; k++) {
    const { drill, trainee } = ids[k % ids.length] as (typeof ids)[number];
    const n = turnOf.get(drill) ?? 0;
    const t0 = performance.now();
    const r = await service.reply(drill, trainee, TRAINEE_LINES[n % TRAINEE_LINES.length] as string);
    durations.push(performance.now() - t0);
    turnOf.set(drill, n + 1);
    if (r.ended) {
      const s = await service.start({
        trainee: { id: trainee },
        scenarioId: 'card-frozen-after-travel',
        lang: 'en',
        seed: k,
      });
      ids[k % ids.length] = { drill: s.drill.id, trainee };
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const perDrillKb =
    openDrills > 1 ? ((heapOpen - heapBefore) * 1024 - (transcriptChars * 2) / 1024) / openDrills : undefined;
  return {
    openDrills,
    turns,
    turnsPerSecond: Math.round(turns / seconds),
    p50ms: Math.round(median(durations) * 1000) / 1000,
    p99ms: Math.round(percentile(durations, 99) * 1000) / 1000,
    heapKbPerOpenDrill: perDrillKb === undefined ? undefined : Math.round(perDrillKb * 10) / 10,
  };
}
