// Matches one lookaround pattern (the backtracking engine, under its time budget) again and again
// until told to stop on stdin; prints how many runs gave the wrong answer. The parent test stops
// this process now and then (SIGSTOP), as a busy machine keeps a process off the CPU.
import { compileContentPattern, onPatternTimeout } from '../../src/content/safe-pattern.ts';

const pattern = compileContentPattern(String.raw`\b\w+(?<!never) refund\b`);
// About 8 ms of matching: the linear pre-screen matches at once, the backtracking run scans it all.
const text = `${'never refund '.repeat(50_000)}we refund`;
let runs = 0;
let wrong = 0;
let timeouts = 0;
onPatternTimeout(() => timeouts++);
let stopped = false;
process.stdin.on('data', () => {
  stopped = true;
});
const loop = () => {
  if (stopped) {
    process.stdout.write(`${JSON.stringify({ runs, wrong, timeouts })}\n`);
    process.exit(0);
  }
  runs++;
  if (pattern.exec(text)?.[0] !== 'we refund') wrong++;
  if (runs === 3) process.stdout.write('go\n');
  setImmediate(loop);
};
loop();
