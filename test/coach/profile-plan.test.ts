import { describe, expect, it } from 'vitest';
import { loadValidLibrary } from '../../src/app/core.ts';
import { parseResultsCsv, resultsCsv } from '../../src/coach/export.ts';
import { certifications, nextDrill } from '../../src/coach/plan.ts';
import { capabilityProfile, weakest } from '../../src/coach/profile.ts';
import { personReport } from '../../src/coach/report.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { HistoryItem } from '../../src/drill/ports.ts';

const library = loadValidLibrary(loadConfig({}));

let n = 0;
/** A finished drill with the given check results (yes unless listed as missed). */
function drill(over: Partial<HistoryItem> & { missed?: string[] } = {}): HistoryItem {
  n++;
  const missed = new Set(over.missed ?? []);
  const ids: [string, string][] = [
    ['greeting', 'opening'],
    ['identity-verified', 'opening'],
    ['empathy', 'understanding'],
    ['knowledge:freeze-reason', 'resolution'],
    ['no-forbidden-claim', 'compliance'],
    ['closed-politely', 'closing'],
  ];
  return {
    drillId: `d${n}`,
    scenarioId: 'card-frozen-after-travel',
    personaId: 'programmer-liu',
    mode: 'practice',
    endReason: 'resolved',
    overall: 80,
    passed: true,
    endedAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    checks: ids.map(([id, section]) => ({
      id,
      section,
      result: missed.has(id) ? 'no' : 'yes',
      ...(missed.has(id) ? { quote: `miss ${n}` } : {}),
    })),
    strategies: { GT: 1, ID: 3 },
    ...over,
  };
}

describe('capability profile', () => {
  it('weighs recent drills more, says how many drills a figure rests on, and names the weakest areas', () => {
    const history = [
      drill({ missed: ['identity-verified'] }),
      drill({ missed: ['identity-verified'] }),
      drill({ missed: ['identity-verified', 'empathy'] }),
      drill(),
    ];
    const p = capabilityProfile('slack:T1:U1', history);
    expect(p.drills).toBe(4);
    const identity = p.areas.find((a) => a.area === 'identity-verified');
    expect(identity).toMatchObject({ drills: 4, missed: 3 });
    // yes only in the newest drill: weight 1 of 1 + 0.8 + 0.64 + 0.512 = 2.952 → 0.34
    expect(identity?.score).toBe(0.34);
    expect(weakest(p).map((a) => a.area)).toEqual(['identity-verified', 'empathy']);
    expect(p.qualities.compliance).toBeLessThan(p.qualities.communication as number);
    expect(p.strategies).toEqual({ GT: 1, ID: 3 });
  });

  it('plans the next drill on the weakest area, with a one-line reason', () => {
    const history = [
      drill({ missed: ['identity-verified'] }),
      drill({ missed: ['identity-verified'] }),
      drill({ missed: ['identity-verified'] }),
      drill(),
    ];
    const plan = nextDrill(library, history, capabilityProfile('p', history));
    expect(library.scenarios.get(plan.scenarioId)?.identityVerificationRequired).toBe(true);
    expect(plan.reason.en).toBe(
      'You skipped identity checks in 3 of 4 drills; this scenario works on exactly that.',
    );
    expect(plan.reason.zh).toContain('最近 4 次练习中有 3 次没有先核实身份');
    expect(plan.personaId).not.toBe('programmer-liu');
  });

  it('certifies a scenario family after k passes in a row across different personas (pass^k)', () => {
    const k = 3;
    const passes = (personas: string[]) => personas.map((personaId) => drill({ personaId, passed: true }));
    expect(certifications(library, passes(['a', 'b', 'c']), k)[0]).toMatchObject({
      certified: true,
      streak: 3,
    });
    expect(certifications(library, passes(['a', 'a', 'a']), k)[0]).toMatchObject({
      certified: false,
      streak: 3,
    });
    const broken = [...passes(['a', 'b']), drill({ passed: false }), ...passes(['c', 'd'])];
    expect(certifications(library, broken, k)[0]).toMatchObject({ certified: false, streak: 2 });
  });

  it('reports pass rate and the change over the last drills', () => {
    const scores = [50, 55, 60, 80, 85, 90];
    const r = personReport(
      'p',
      'Ada',
      scores.map((overall) => drill({ overall, passed: overall >= 70 })),
    );
    expect(r).toMatchObject({ drills: 6, passRate: 0.5, trend: scores, change: 30 });
  });
});

describe('export', () => {
  it('round-trips results through CSV, defusing formulas', () => {
    const items = [drill({ scenarioId: 'x,"y"' }), drill({ personaId: '=cmd()' })];
    const csv = resultsCsv(items.map((item) => ({ person: 'slack:T1:U1', name: 'Ada, L.', item })));
    const rows = parseResultsCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      person: 'slack:T1:U1',
      name: 'Ada, L.',
      scenarioId: 'x,"y"',
      overall: '80',
      passed: 'true',
    });
    expect(rows[1]?.personaId).toBe("'=cmd()");
  });
});
