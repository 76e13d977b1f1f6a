// Replays the authored calibration conversations against the offline customer and prints the
// simulator errors found (see test/support/calibration-replay.ts for what is checked).
import { replayCalibration } from '../test/support/calibration-replay.ts';

const started = performance.now();
const report = await replayCalibration();
const byKind = new Map<string, number>();
for (const f of report.findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
console.log(`${report.drills} drills, ${report.customerLines} customer lines`);
console.log(`endings: ${JSON.stringify(report.endings)}`);
console.log(`findings: ${report.findings.length}${byKind.size ? '' : ' (none)'}`);
for (const [kind, n] of byKind) console.log(`  ${kind}: ${n}`);
for (const f of report.findings.slice(0, 40))
  console.log(`  - ${f.drill} turn ${f.turn} [${f.kind}] ${f.line}`);
console.log(`(took ${Math.round(performance.now() - started)} ms)`);
