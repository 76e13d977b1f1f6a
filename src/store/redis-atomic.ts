import { randomUUID } from 'node:crypto';
import { type Atomic, acquireWithBackoff, KeyedMutex, LEASE_MS } from './atomic.ts';

/** The subset of the node-redis client this needs. */
export interface RedisCommands {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** SET NX PX claims and token-checked release, so several replicas share dedupe and drill locks. */
export class RedisAtomic implements Atomic {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly client: RedisCommands,
    private readonly prefix = 'csc:',
  ) {}

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(`${this.prefix}once:${key}`, '1', { NX: true, PX: ttlMs })) === 'OK';
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, async () => {
      const token = randomUUID();
      const lockKey = `${this.prefix}lock:${key}`;
      await acquireWithBackoff(
        async () => (await this.client.set(lockKey, token, { NX: true, PX: LEASE_MS })) === 'OK',
        key,
      );
      try {
        return await fn();
      } finally {
        await this.client.eval(RELEASE, { keys: [lockKey], arguments: [token] });
      }
    });
  }

  async close(): Promise<void> {}
}
