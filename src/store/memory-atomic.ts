import { type Atomic, KeyedMutex } from './atomic.ts';

export class MemoryAtomic implements Atomic {
  private readonly claims = new Map<string, number>();
  private readonly mutex = new KeyedMutex();

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const until = this.claims.get(key);
    if (until !== undefined && until > now) return false;
    this.claims.set(key, now + ttlMs);
    if (this.claims.size > 10_000) for (const [k, t] of this.claims) if (t <= now) this.claims.delete(k);
    return true;
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, fn);
  }

  async close(): Promise<void> {}
}
