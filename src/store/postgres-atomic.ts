import { randomUUID } from 'node:crypto';
import { type Atomic, acquireWithBackoff, KeyedMutex, LEASE_MS } from './atomic.ts';

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;

/**
 * Claims and leases in a table beside keyv's: one INSERT … ON CONFLICT decides the winner, an
 * expired claim is taken over in the same statement.
 */
export class PostgresAtomic implements Atomic {
  private readonly mutex = new KeyedMutex();
  private ready: Promise<unknown> | undefined;

  constructor(private readonly query: Query) {}

  private init(): Promise<unknown> {
    this.ready ??= this.query(
      'CREATE TABLE IF NOT EXISTS csc_claims (key TEXT PRIMARY KEY, token TEXT NOT NULL, expires BIGINT NOT NULL)',
    );
    return this.ready;
  }

  private async claim(key: string, token: string, ttlMs: number): Promise<boolean> {
    await this.init();
    const now = Date.now();
    const rows = await this.query(
      `INSERT INTO csc_claims (key, token, expires) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token, expires = EXCLUDED.expires
       WHERE csc_claims.expires <= $4
       RETURNING token`,
      [key, token, now + ttlMs, now],
    );
    return (rows[0] as { token?: string } | undefined)?.token === token;
  }

  setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return this.claim(`once:${key}`, randomUUID(), ttlMs);
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, async () => {
      const token = randomUUID();
      const lockKey = `lock:${key}`;
      await acquireWithBackoff(() => this.claim(lockKey, token, LEASE_MS), key);
      try {
        return await fn();
      } finally {
        await this.query('DELETE FROM csc_claims WHERE key = $1 AND token = $2', [lockKey, token]);
      }
    });
  }

  async close(): Promise<void> {}
}
