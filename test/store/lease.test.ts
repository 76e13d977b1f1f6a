import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { LEASE_MS, type LeaseOps, withLease } from '../../src/store/atomic.ts';
import { type OpenStore, openStore } from '../../src/store/open-store.ts';
import type { PostgresAtomic } from '../../src/store/postgres-atomic.ts';
import type { RedisAtomic } from '../../src/store/redis-atomic.ts';
import type { SqliteAtomic } from '../../src/store/sqlite-atomic.ts';
import { POSTGRES_URL, postgresAvailable, REDIS_URL, redisAvailable, sqliteUrl } from './backends.ts';

const redisUp = redisAvailable('Redis lease suite');
const postgresUp = await postgresAvailable('Postgres lease suite');

describe.each([
  ['sqlite', () => sqliteUrl('lease'), true],
  ['redis', () => REDIS_URL, redisUp],
  ['postgres', () => POSTGRES_URL, postgresUp],
] as const)('%s leases', (_name, url, available) => {
  const opened: OpenStore[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });
  const twoConnections = async () => {
    const target = url();
    const one = await openStore(target);
    const two = await openStore(target);
    opened.push(one, two);
    const leases = (s: OpenStore) => (s.atomic as SqliteAtomic | RedisAtomic | PostgresAtomic).leases;
    return { one: leases(one), two: leases(two) };
  };

  it.runIf(available)(
    'a lock held past its lease is renewed while the work runs, so no one else takes it',
    async () => {
      const { one, two } = await twoConnections();
      const key = `lock:${randomUUID()}`;
      let renewals = 0;
      let renewed = () => {};
      const watched: LeaseOps = {
        ...one,
        renew: async (...args) => {
          const held = await one.renew(...args);
          renewals++;
          renewed();
          return held;
        },
      };
      const started = Date.now();
      const stolen = await withLease(watched, key, 'holder', async () => {
        // Held until renewals carried it past one whole lease.
        while (Date.now() - started <= LEASE_MS + 500)
          await new Promise<void>((r) => {
            renewed = r;
          });
        return two.acquire(key, 'intruder', LEASE_MS);
      });
      expect(renewals).toBeGreaterThanOrEqual(3);
      expect(stolen, 'taken while its holder still worked').toBe(false);
      expect(await two.acquire(key, 'next', LEASE_MS), 'free once released').toBe(true);
    },
    20_000,
  );

  it.runIf(available)(
    'a holder that died frees its lock within one lease, not half a minute',
    async () => {
      const { one, two } = await twoConnections();
      const key = `lock:${randomUUID()}`;
      // Taken and never renewed nor released: what a process killed mid-turn leaves.
      expect(await one.acquire(key, 'dead', LEASE_MS)).toBe(true);
      const started = Date.now();
      await withLease(two, key, 'next', async () => undefined);
      const waited = Date.now() - started;
      expect(waited).toBeLessThan(LEASE_MS + 1000);
      expect(waited).toBeGreaterThan(LEASE_MS - 1000);
    },
    20_000,
  );
});
