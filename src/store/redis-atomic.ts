import { randomUUID } from 'node:crypto';
import { type Atomic, KeyedMutex, type LeaseOps, withLease } from './atomic.ts';

/** The subset of the node-redis client this needs. */
export interface RedisCommands {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/** Leases as keys that expire: SET NX PX takes one, token-checked scripts renew and release it. */
export const redisLeases = (client: RedisCommands): LeaseOps => ({
  acquire: async (key, token, ttl) => (await client.set(key, token, { NX: true, PX: ttl })) === 'OK',
  renew: async (key, token, ttl) =>
    Number(await client.eval(RENEW, { keys: [key], arguments: [token, String(ttl)] })) === 1,
  release: async (key, token) => {
    await client.eval(RELEASE, { keys: [key], arguments: [token] });
  },
});

/** SET NX PX claims and token-checked renewal and release, so several replicas share dedupe and drill locks. */
export class RedisAtomic implements Atomic {
  private readonly mutex = new KeyedMutex();
  /** How this backend takes, renews and gives back a lease (tests watch renewals through it). */
  readonly leases: LeaseOps;

  constructor(
    private readonly client: RedisCommands,
    private readonly prefix = 'csc:',
    private readonly onLost?: (key: string) => void,
  ) {
    this.leases = redisLeases(client);
  }

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(`${this.prefix}once:${key}`, '1', { NX: true, PX: ttlMs })) === 'OK';
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, () =>
      withLease(this.leases, `${this.prefix}lock:${key}`, randomUUID(), fn, this.onLost),
    );
  }

  async close(): Promise<void> {}
}
