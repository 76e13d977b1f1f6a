// Replays the authored calibration conversations against the offline customer and prints the
// simulator errors found (see test/support/calibration-replay.ts for what is checked), then plays
// the generic flawed trainees of test/customer/probes.ts against every scenario and counts the
// drill-level defects of test/customer/defects.ts.
import { playProbes } from '../test/customer/probes.ts';
import { replayCalibration } from '../test/support/calibration-replay.ts';

const started = performance.now();
const report = await replayCalibration();
const count = (kinds: string[]) => {
  const by = new Map<string, number>();
  for (const k of kinds) by.set(k, (by.get(k) ?? 0) + 1);
  return by;
};
const byKind = count(report.findings.map((f) => f.kind));
console.log(`${report.drills} drills, ${report.customerLines} customer lines`);
console.log(`endings: ${JSON.stringify(report.endings)}`);
console.log(`findings: ${report.findings.length}${byKind.size ? '' : ' (none)'}`);
for (const [kind, n] of byKind) console.log(`  ${kind}: ${n}`);
for (const f of report.findings.slice(0, 40))
  console.log(`  - ${f.drill} turn ${f.turn} [${f.kind}] ${f.line}`);
const probes = await playProbes();
const byProbe = count(probes.findings.map((f) => f.kind));
console.log(
  `probes: ${probes.drills} drills (flawed trainees on every scenario), findings: ${probes.findings.length}`,
);
for (const [kind, n] of byProbe) console.log(`  ${kind}: ${n}`);
for (const f of probes.findings.slice(0, 30)) console.log(`  - ${f.drill} [${f.kind}] ${f.line}`);
console.log(`(took ${Math.round(performance.now() - started)} ms)`);
