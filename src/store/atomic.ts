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

/**
 * A lock's lease: short, so a crashed holder frees its drills within seconds, and renewed every
 * third of it while the work runs (model calls with retries and the judge can take longer).
 */
export const LEASE_MS = 5_000;
export const RENEW_EVERY_MS = Math.floor(LEASE_MS / 3);
export const LOCK_WAIT_MS = 30_000;

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/** Retries an acquire function with a short growing backoff until it succeeds or the wait runs out. */
export async function acquireWithBackoff(acquire: () => Promise<boolean>, key: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    if (await acquire()) return;
    if (Date.now() > deadline)
      throw new LockTimeoutError(`could not lock "${key}" within ${LOCK_WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** How one backend takes, extends and gives back a lease under a token only its holder knows. */
export interface LeaseOps {
  acquire(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** False when the lease was lost (it expired and someone else took it). */
  renew(key: string, token: string, ttlMs: number): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

/**
 * Runs fn under a lease that is renewed while fn runs. A renewal that finds the lease gone is
 * reported through onLost (the process stalled longer than the lease); fn is not interrupted.
 */
export async function withLease<T>(
  ops: LeaseOps,
  key: string,
  token: string,
  fn: () => Promise<T>,
  onLost?: (key: string) => void,
): Promise<T> {
  await acquireWithBackoff(() => ops.acquire(key, token, LEASE_MS), key);
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = ops
      .renew(key, token, LEASE_MS)
      .then((held) => {
        if (!held) onLost?.(key);
      })
      .catch(() => onLost?.(key));
  }, RENEW_EVERY_MS);
  timer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    await renewing;
    await ops.release(key, token);
  }
}
