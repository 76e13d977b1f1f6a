/**
 * The two primitives keyv's get/set cannot give: claim a key once (webhook dedupe) and run work
 * for one drill at a time (turns never interleave, even across processes sharing a store).
 */
export interface Atomic {
  /** Claims the key for ttlMs; true only for the first caller while the claim lasts. */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  /** Runs fn while holding the key's lock; callers queue in arrival order. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export { KeyedMutex } from '../util/keyed-mutex.ts';

export const LEASE_MS = 30_000;
export const LOCK_WAIT_MS = 30_000;

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/** Retries an acquire function with a short growing backoff until it succeeds or the wait runs out. */
export async function acquireWithBackoff(acquire: () => Promise<boolean>, key: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    if (await acquire()) return;
    if (Date.now() > deadline)
      throw new LockTimeoutError(`could not lock "${key}" within ${LOCK_WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}
