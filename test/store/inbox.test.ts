import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { type OpenStore, openStore } from '../../src/store/open-store.ts';
import { POSTGRES_URL, postgresAvailable, REDIS_URL, redisAvailable, sqliteUrl } from './backends.ts';

const redisUp = redisAvailable('Redis inbox suite');
const postgresUp = await postgresAvailable('Postgres inbox suite');

const event = (id: string, key: string): Inbound => ({
  type: 'message',
  eventId: id,
  key,
  actor: { platform: 'fake', user: 'u1' },
  text: `line ${id}`,
  at: '2026-01-01T00:00:00.000Z',
  where: 'thread',
});

describe.each([
  ['memory', (): string => 'memory://', true, false],
  ['sqlite', (): string => sqliteUrl('inbox'), true, true],
  ['redis', (): string => REDIS_URL, redisUp, true],
  ['postgres', (): string => POSTGRES_URL, postgresUp, true],
] as const)('%s inbox', (_name, url, available, shared) => {
  const opened: OpenStore[] = [];
  const open = async (target: string = url()): Promise<OpenStore> => {
    const s = await openStore(target);
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it.runIf(available)('records an event id once, however many deliveries race', async () => {
    const s = await open();
    const id = `fake:${randomUUID()}`;
    const key = `k-${randomUUID()}`;
    const results = await Promise.all([1, 2, 3].map(() => s.inbox.record(id, key, event(id, key))));
    expect(results.filter(Boolean)).toHaveLength(1);
    await s.inbox.complete(id, key);
    expect(await s.inbox.record(id, key, event(id, key)), 'a redelivery after handling').toBe(false);
  });

  it.runIf(available)(
    'a burst recorded at once (more than one write holds) answers each delivery, once per id, in arrival order',
    async () => {
      const s = await open();
      const key = `k-${randomUUID()}`;
      const ids = Array.from({ length: 300 }, (_, i) => `fake:burst-${i}-${randomUUID()}`);
      // Every tenth delivery arrives twice within the burst, as Slack retries do.
      const deliveries = ids.flatMap((id, i) => (i % 10 === 0 ? [id, id] : [id]));
      const results = await Promise.all(deliveries.map((id) => s.inbox.record(id, key, event(id, key))));
      expect(results.filter(Boolean)).toHaveLength(ids.length);
      const seen: string[] = [];
      for (let item = await s.inbox.next(key); item; item = await s.inbox.next(key)) {
        seen.push(item.id);
        await s.inbox.complete(item.id, key);
      }
      expect(seen).toEqual(ids);
    },
  );

  it.runIf(available)(
    'hands a conversation’s events out oldest first, counting attempts, until each is complete',
    async () => {
      const s = await open();
      const key = `k-${randomUUID()}`;
      const other = `k-${randomUUID()}`;
      const ids = ['a', 'b', 'c'].map((x) => `fake:${x}-${randomUUID()}`);
      await s.inbox.record(ids[0] as string, key, event(ids[0] as string, key));
      await s.inbox.record(`fake:${randomUUID()}`, other, event('elsewhere', other));
      for (const id of ids.slice(1)) await s.inbox.record(id, key, event(id, key));
      const seen: string[] = [];
      for (let item = await s.inbox.next(key); item; item = await s.inbox.next(key)) {
        expect(item.attempts).toBe(1);
        expect(item.event).toMatchObject({ type: 'message', eventId: item.id, key });
        seen.push(item.id);
        await s.inbox.complete(item.id, key);
      }
      expect(seen).toEqual(ids);
      const again = await s.inbox.next(other);
      expect(again?.event).toMatchObject({ eventId: 'elsewhere' });
      expect((await s.inbox.next(other))?.attempts, 'taken again without completing').toBe(2);
      // A shared store (Redis, Postgres) outlives the test: nothing is left for the next run to take over.
      await s.inbox.complete(again?.id as string, other);
    },
  );

  it.runIf(available && shared)(
    'an event one process recorded and never handled is handed to another process sharing the store',
    async () => {
      const target = url();
      const dead = await open(target);
      const key = `k-${randomUUID()}`;
      const id = `fake:${randomUUID()}`;
      await dead.inbox.record(id, key, event(id, key));
      const alive = await open(target);
      const handled = new Promise<string | undefined>((resolve) => {
        alive.inbox.recover(async (k) => {
          if (k !== key) return;
          const item = await alive.inbox.next(k);
          if (item) await alive.inbox.complete(item.id, k);
          resolve(item?.id);
        });
      });
      expect(await handled).toBe(id);
      expect(await alive.inbox.next(key)).toBeUndefined();
    },
    20_000,
  );
});
