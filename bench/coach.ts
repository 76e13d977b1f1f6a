import { loadValidLibrary } from '../src/app/core.ts';
import { Roles } from '../src/coach/roles.ts';
import { CoachService } from '../src/coach/service.ts';
import { loadConfig } from '../src/config/config.ts';
import type { HistoryItem } from '../src/drill/ports.ts';
import { CoachRepository } from '../src/store/coach-repository.ts';
import { DrillRepository } from '../src/store/drill-repository.ts';
import { openStore } from '../src/store/open-store.ts';
import { heapMb } from './stats.ts';

const CHECKS = [
  ['greeting', 'opening'],
  ['identity-verified', 'opening'],
  ['problem-understood', 'understanding'],
  ['empathy', 'understanding'],
  ['knowledge:a', 'resolution'],
  ['knowledge:b', 'resolution'],
  ['action-taken', 'resolution'],
  ['no-forbidden-claim', 'compliance'],
  ['feedback-requested', 'closing'],
  ['closed-politely', 'closing'],
  ['no-blame', 'soft-skills'],
  ['response-time', 'efficiency'],
] as const;

/** A team report over stored scorecard summaries: people × drills each, on the memory store. */
export async function benchReport(people = 200, drills = 50) {
  const store = await openStore('memory://');
  const repo = new DrillRepository(store.kv, store.atomic);
  const coach = new CoachService({
    store: new CoachRepository(store.kv, store.atomic),
    history: (id) => repo.coachingHistory(id),
    library: loadValidLibrary(loadConfig({})),
    roles: new Roles([]),
    certifyStreak: 3,
  });
  const ids = Array.from({ length: people }, (_, i) => `slack:T1:U${i}`);
  for (const [p, id] of ids.entries()) {
    const items: HistoryItem[] = Array.from({ length: drills }, (_, d) => ({
      drillId: `${p}-${d}`,
      scenarioId: 'card-frozen-after-travel',
      personaId: 'programmer-liu',
      mode: 'practice',
      endReason: 'resolved',
      overall: 40 + ((p * 7 + d * 13) % 60),
      passed: (p + d) % 3 !== 0,
      endedAt: new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString(),
      checks: CHECKS.map(([cid, section], k) => ({
        id: cid,
        section,
        result: (p + d + k) % 4 ? 'yes' : 'no',
        quote: 'a quote',
      })),
      strategies: { GT: 1, IV: 1, PR: 2, ID: 3, AC: 1 },
    }));
    await store.kv.set(`coaching:${id}`, items);
  }
  const heapBefore = heapMb();
  const t0 = performance.now();
  const report = await coach.report(
    ids.map((id) => ({ id, name: id })),
    'bench',
  );
  const ms = Math.round(performance.now() - t0);
  const heapAfter = heapMb();
  await store.close();
  return {
    people,
    drills,
    ms,
    rows: report.people.length,
    heapDeltaMb: Math.round((heapAfter - heapBefore) * 10) / 10,
  };
}
