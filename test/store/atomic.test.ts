import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type OpenStore, openStore } from '../../src/store/open-store.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = (() => {
  try {
    return (
      execFileSync('redis-cli', ['-u', REDIS_URL, 'ping'], { encoding: 'utf8', timeout: 2000 }).trim() ===
      'PONG'
    );
  } catch {
    return false;
  }
})();
if (!redisUp) {
  const why = `Redis store suite skipped: no Redis answering at ${REDIS_URL} (apt-get install redis-server; CI starts one)`;
  if (process.env.CI) throw new Error(why.replace('skipped', 'cannot run in CI'));
  console.warn(why);
}

const backends: [string, () => string, boolean][] = [
  ['memory', () => 'memory://', true],
  ['sqlite', () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-atomic-')), 'store.sqlite')}`, true],
  ['redis', () => REDIS_URL, redisUp],
];

describe.each(backends)('%s store', (name, url, available) => {
  const opened: OpenStore[] = [];
  const open = async () => {
    const s = await openStore(url());
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it.runIf(available)('claims a key once until its TTL runs out', async () => {
    const s = await open();
    const key = `event-${Math.random()}`;
    const first = await Promise.all([
      s.atomic.setIfAbsent(key, 300),
      s.atomic.setIfAbsent(key, 300),
      s.atomic.setIfAbsent(key, 300),
    ]);
    expect(first.filter(Boolean)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(await s.atomic.setIfAbsent(key, 300)).toBe(true);
  });

  it.runIf(available)(
    'runs work for one key one at a time, in arrival order, and other keys in parallel',
    async () => {
      const s = await open();
      const log: string[] = [];
      const task = (key: string, id: string) =>
        s.atomic.withLock(key, async () => {
          log.push(`${id}+`);
          await new Promise((r) => setTimeout(r, 15));
          log.push(`${id}-`);
        });
      await Promise.all([task('a', '1'), task('a', '2'), task('a', '3'), task('b', 'x')]);
      const a = log.filter((e) => !e.startsWith('x'));
      expect(a).toEqual(['1+', '1-', '2+', '2-', '3+', '3-']);
      expect(log.indexOf('x+')).toBeLessThan(log.indexOf('1-'));
    },
  );

  it.runIf(available)('releases the lock when the work fails', async () => {
    const s = await open();
    await expect(s.atomic.withLock('c', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await s.atomic.withLock('c', async () => 'ok')).toBe('ok');
  });

  // A memory store is one process's own: there is no second connection to contend with.
  it.runIf(available && name !== 'memory')(
    'two connections to the same store never hold one lock together',
    async () => {
      const target = url();
      const one = await openStore(target);
      const two = await openStore(target);
      opened.push(one, two);
      let inside = 0;
      let overlap = false;
      const work = (s: OpenStore) =>
        s.atomic.withLock('shared', async () => {
          inside++;
          if (inside > 1) overlap = true;
          await new Promise((r) => setTimeout(r, 20));
          inside--;
        });
      await Promise.all([work(one), work(two), work(one), work(two)]);
      expect(overlap).toBe(false);
    },
  );

  it.runIf(available)('keeps values as JSON', async () => {
    const s = await open();
    await s.kv.set('k', { a: [1, 'x'], b: null });
    expect(await s.kv.get('k')).toEqual({ a: [1, 'x'], b: null });
  });
});

describe('STORE_URL', () => {
  it('rejects an unknown scheme naming the variable', async () => {
    await expect(openStore('mongodb://x')).rejects.toThrow(
      /^STORE_URL: expected memory:\/\/, sqlite:\/\/<file>, redis:\/\/<host> or postgres:/,
    );
  });
});
