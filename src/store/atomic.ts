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

/** Per-key promise chain: the in-process half of every lock, so one process never contends with itself. */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Waits until no key has work left, including work queued while waiting. */
  async settle(): Promise<void> {
    while (this.tails.size) await Promise.all([...this.tails.values()]);
  }
}

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
