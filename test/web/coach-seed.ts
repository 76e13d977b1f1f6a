import type { App } from '../../src/app/compose.ts';
import type { HistoryItem } from '../../src/drill/ports.ts';

const CHECKS: [string, string][] = [
  ['greeting', 'opening'],
  ['identity-verified', 'opening'],
  ['empathy', 'understanding'],
  ['knowledge:freeze-reason', 'resolution'],
  ['no-forbidden-claim', 'compliance'],
  ['closed-politely', 'closing'],
];

/** A finished drill's history entry, as `finishDrill` files it, with the listed checks missed. */
export function historyItem(n: number, over: Partial<HistoryItem> & { missed?: string[] } = {}): HistoryItem {
  const missed = new Set(over.missed ?? []);
  const { missed: _, ...rest } = over;
  return {
    drillId: `seed-${n}`,
    scenarioId: 'card-frozen-after-travel',
    personaId: 'programmer-liu',
    mode: 'practice',
    endReason: 'resolved',
    overall: 80,
    passed: true,
    endedAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    lang: 'en',
    checks: CHECKS.map(([id, section]) => ({
      id,
      section,
      result: missed.has(id) ? 'no' : 'yes',
      ...(missed.has(id) ? { quote: `quote ${n}: ${id}` } : {}),
    })),
    strategies: { GT: 1, ID: 3 },
    ...rest,
  };
}

/**
 * A team with known answers, written through the real repositories: ada missed identity checks in
 * 3 of 4 drills (60, 65 failed; 72, 80 passed, both with the same persona), empathy and a forbidden
 * claim once; bob passed both of his cleanly with two personas; cy has none yet.
 */
export async function seedTeam(app: App): Promise<void> {
  const ada = [
    historyItem(1, { overall: 60, passed: false, missed: ['identity-verified'] }),
    historyItem(2, {
      overall: 65,
      passed: false,
      missed: ['identity-verified', 'empathy', 'no-forbidden-claim'],
    }),
    historyItem(3, { overall: 72, missed: ['identity-verified'] }),
    historyItem(4, { overall: 80 }),
  ];
  const bob = [historyItem(5, { overall: 90 }), historyItem(6, { overall: 88, personaId: 'designer-lin' })];
  for (const item of ada) await app.repo.addHistory('web:ada', item);
  for (const item of bob) await app.repo.addHistory('web:bob', item);
  await app.coach.remember({ platform: 'web', user: 'ada', name: 'Ada' });
  await app.coach.remember({ platform: 'web', user: 'bob', name: 'Bob' });
  await app.coach.remember({ platform: 'web', user: 'cy', name: 'Cy' });
  await app.coach.addToTeam('onboarding', ['web:ada', 'web:bob', 'web:cy'], 'web:boss');
}
