// CLI start-up, measured with hyperfine (Debian package `hyperfine`) on the build in dist/:
// `--version` against a bare `node -e 0` in the same run, and `tag` on one input line. The CLI runs
// as `csc-drill` does once installed, through its first line (which passes node a V8 flag);
// `node bin/csc-drill.js tag` shows what that flag saves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../scripts/build.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VERSION_TARGET_RATIO = 4;
export const TAG_TARGET_MS = 500;

interface HyperfineResult {
  command: string;
  mean: number;
  stddev: number;
  median: number;
  min: number;
  max: number;
}

export interface StartupFigures {
  results: { name: string; meanMs: number; stddevMs: number; medianMs: number; maxMs: number }[];
  versionRatio: number;
  tagMs: number;
  maxRssMb: Record<string, number | undefined>;
}

/** Peak resident memory of one run, from GNU time when it is installed. */
function maxRssMb(args: string[], input?: string): number | undefined {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  const kb = Number(r.stderr?.trim().split('\n').at(-1));
  return r.status === 0 && Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
}

export function benchStartup(runs = 30): StartupFigures {
  build();
  const dir = mkdtempSync(join(tmpdir(), 'csc-bench-startup-'));
  const input = join(dir, 'one-line.jsonl');
  const line = `${JSON.stringify({ text: '已经为您提交退款申请，单号RF2031。', context: '我的退款怎么还没到？' })}\n`;
  writeFileSync(input, line);
  const json = join(dir, 'hyperfine.json');
  const node = JSON.stringify(process.execPath);
  const commands = {
    'node -e 0': `${node} -e 0`,
    'csc-drill --version': 'bin/csc-drill.js --version',
    'csc-drill tag (one line)': `bin/csc-drill.js tag < ${JSON.stringify(input)}`,
    'node bin/csc-drill.js tag (one line)': `${node} bin/csc-drill.js tag < ${JSON.stringify(input)}`,
  };
  const args = ['--warmup', '3', '--runs', String(runs), '--export-json', json, '--style', 'basic'];
  for (const name of Object.keys(commands)) args.push('--command-name', name);
  args.push(...Object.values(commands));
  const r = spawnSync('hyperfine', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0)
    throw new Error(
      `hyperfine failed (${r.error?.message ?? r.stderr.trim()}): install it with apt-get install -y hyperfine`,
    );
  const found = (JSON.parse(readFileSync(json, 'utf8')) as { results: HyperfineResult[] }).results;
  const ms = (s: number) => Math.round(s * 10_000) / 10;
  const results = found.map((x) => ({
    name: x.command,
    meanMs: ms(x.mean),
    stddevMs: ms(x.stddev),
    medianMs: ms(x.median),
    maxMs: ms(x.max),
  }));
  const mean = (name: string) => results.find((x) => x.name === name)?.meanMs ?? Number.NaN;
  return {
    results,
    versionRatio: Math.round((mean('csc-drill --version') / mean('node -e 0')) * 100) / 100,
    tagMs: mean('csc-drill tag (one line)'),
    maxRssMb: {
      'node -e 0': maxRssMb([process.execPath, '-e', '0']),
      'csc-drill --version': maxRssMb(['bin/csc-drill.js', '--version']),
      'csc-drill tag (one line)': maxRssMb(['bin/csc-drill.js', 'tag'], line),
      'node bin/csc-drill.js tag (one line)': maxRssMb([process.execPath, 'bin/csc-drill.js', 'tag'], line),
    },
  };
}
