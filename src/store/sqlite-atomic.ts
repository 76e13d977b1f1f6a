import { randomUUID } from 'node:crypto';
import { type Atomic, KeyedMutex, type LeaseOps, withLease } from './atomic.ts';

type Query = (sql: string, ...params: unknown[]) => Promise<unknown>;

/**
 * Claims and leases in a table of the same SQLite file. SQLite serialises writers, so
 * INSERT OR IGNORE followed by reading the row back tells exactly one caller it won.
 */
export class SqliteAtomic implements Atomic {
  private readonly mutex = new KeyedMutex();
  private ready: Promise<unknown> | undefined;
  /** How this backend takes, renews and gives back a lease (tests watch renewals through it). */
  readonly leases: LeaseOps;

  constructor(
    private readonly query: Query,
    private readonly onLost?: (key: string) => void,
  ) {
    this.leases = {
      acquire: (key, token, ttl) => this.claim(key, token, ttl),
      renew: async (key, token, ttl) => {
        const rows = (await this.query(
          'UPDATE csc_claims SET expires = ? WHERE key = ? AND token = ? RETURNING key',
          Date.now() + ttl,
          key,
          token,
        )) as unknown[];
        return rows.length === 1;
      },
      release: async (key, token) => {
        await this.query('DELETE FROM csc_claims WHERE key = ? AND token = ?', key, token);
      },
    };
  }

  private init(): Promise<unknown> {
    this.ready ??= this.query(
      'CREATE TABLE IF NOT EXISTS csc_claims (key TEXT PRIMARY KEY, token TEXT NOT NULL, expires INTEGER NOT NULL)',
    );
    return this.ready;
  }

  private async claim(key: string, token: string, ttlMs: number): Promise<boolean> {
    await this.init();
    const now = Date.now();
    await this.query('DELETE FROM csc_claims WHERE key = ? AND expires <= ?', key, now);
    await this.query(
      'INSERT OR IGNORE INTO csc_claims (key, token, expires) VALUES (?, ?, ?)',
      key,
      token,
      now + ttlMs,
    );
    const rows = (await this.query('SELECT token FROM csc_claims WHERE key = ?', key)) as { token: string }[];
    return rows[0]?.token === token;
  }

  setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return this.claim(`once:${key}`, randomUUID(), ttlMs);
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, () => withLease(this.leases, `lock:${key}`, randomUUID(), fn, this.onLost));
  }

  async close(): Promise<void> {}
}
