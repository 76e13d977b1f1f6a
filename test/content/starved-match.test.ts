import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./starved-match-child.ts', import.meta.url));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a lookaround pattern on a busy machine', () => {
  it('gives the same answer when the process is kept off the CPU past the match budget', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const started = new Promise<void>((resolve) => {
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('go\n')) resolve();
      });
    });
    const exited = once(proc, 'exit');
    await started;
    // The fault itself: each stop outlasts the 50 ms budget of whatever match it lands in.
    for (let i = 0; i < 4; i++) {
      proc.kill('SIGSTOP');
      await pause(150);
      proc.kill('SIGCONT');
      await pause(40);
    }
    proc.stdin.end('stop\n');
    await exited;
    const { runs, wrong, timeouts } = JSON.parse(out.trim().split('\n').at(-1) as string);
    expect(runs).toBeGreaterThan(4);
    expect({ wrong, timeouts }).toEqual({ wrong: 0, timeouts: 0 });
  }, 30_000);
});
