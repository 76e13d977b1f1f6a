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

export const POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://csc_drill:csc_drill@127.0.0.1:5432/csc_drill_test';

/** Whether the test PostgreSQL answers (scripts/ci-postgres.sh sets it up); in CI a missing one fails. */
export async function postgresAvailable(suite: string, url = POSTGRES_URL): Promise<boolean> {
  const { openStore } = await import('../../src/store/open-store.ts');
  const why = await openStore(url, { timeoutMs: 3000 }).then(
    async (s) => {
      await s.close();
      return '';
    },
    (e: Error) => e.message,
  );
  if (why) {
    const message = `${suite} skipped: no PostgreSQL answering (${why}); run scripts/ci-postgres.sh or set TEST_POSTGRES_URL`;
    if (process.env.CI) throw new Error(message.replace('skipped', 'cannot run in CI'));
    console.warn(message);
  }
  return !why;
}
