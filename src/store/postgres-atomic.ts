import { randomUUID } from 'node:crypto';
import { type Atomic, KeyedMutex, type LeaseOps, withLease } from './atomic.ts';

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;

export const CLAIMS_DDL =
  'CREATE TABLE IF NOT EXISTS csc_claims (key TEXT PRIMARY KEY, token TEXT NOT NULL, expires BIGINT NOT NULL)';

/**
 * Claims and leases in a table beside keyv's: one INSERT … ON CONFLICT decides the winner, an
 * expired claim is taken over in the same statement.
 */
export class PostgresAtomic implements Atomic {
  private readonly mutex = new KeyedMutex();
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly query: Query,
    private readonly onLost?: (key: string) => void,
  ) {}

  private init(): Promise<unknown> {
    this.ready ??= this.query(CLAIMS_DDL);
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

  /** Locks are short leases renewed while the work runs, as on SQLite and Redis. */
  readonly leases: LeaseOps = {
    acquire: (key, token, ttlMs) => this.claim(key, token, ttlMs),
    renew: async (key, token, ttlMs) =>
      (
        await this.query('UPDATE csc_claims SET expires = $3 WHERE key = $1 AND token = $2 RETURNING key', [
          key,
          token,
          Date.now() + ttlMs,
        ])
      ).length === 1,
    release: async (key, token) => {
      await this.query('DELETE FROM csc_claims WHERE key = $1 AND token = $2', [key, token]);
    },
  };

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, () => withLease(this.leases, `lock:${key}`, randomUUID(), fn, this.onLost));
  }

  async close(): Promise<void> {}
}
