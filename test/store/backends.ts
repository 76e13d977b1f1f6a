import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers; in CI a missing one fails the suite instead of skipping it. */
export function redisAvailable(suite: string, url = REDIS_URL): boolean {
  let up = false;
  try {
    up =
      execFileSync('redis-cli', ['-u', url, 'ping'], { encoding: 'utf8', timeout: 2000 }).trim() === 'PONG';
  } catch {
    up = false;
  }
  if (!up) {
    const why = `${suite} skipped: no Redis answering at ${url} (apt-get install redis-server; CI starts one)`;
    if (process.env.CI) throw new Error(why.replace('skipped', 'cannot run in CI'));
    console.warn(why);
  }
  return up;
}

export const sqliteUrl = (name = 'store') =>
  `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-store-')), `${name}.sqlite`)}`;
