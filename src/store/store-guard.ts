import type { EventEmitter } from 'node:events';
import type Keyv from 'keyv';
import type { Inbox } from '../chat/runtime/inbox.ts';
import type { Atomic } from './atomic.ts';

/** The store did not answer in time, or answered with an error: a fault to tell, never "not found". */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    readonly op: string,
    readonly kind: 'timeout' | 'error',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface StoreFault {
  op: string;
  kind: 'timeout' | 'error';
  error: StoreUnavailableError;
}

/**
 * Emits `fault` (a StoreFault) for every store call that timed out or failed, and `connection`
 * when a networked store's connection drops or comes back.
 */
export type StoreFaults = EventEmitter<{ fault: [StoreFault]; connection: ['down' | 'up', string?] }>;

const KV_METHODS = new Set([
  'get',
  'getMany',
  'set',
  'setMany',
  'delete',
  'deleteMany',
  'has',
  'hasMany',
  'clear',
]);

/** Runs one store call with a deadline; what fails is wrapped, counted and thrown. */
export function guarded<T>(
  op: string,
  call: () => Promise<T>,
  timeoutMs: number,
  what: string,
  faults: StoreFaults,
): Promise<T> {
  return withDeadline(op, call, undefined, timeoutMs, what, faults);
}

/**
 * The same for a call of several steps: its signal is aborted when the deadline passes, so it can
 * stop before its next step. (An AbortController per call is measurable on the turn's path, so only
 * calls that read the signal get one.)
 */
export function guardedAbortable<T>(
  op: string,
  call: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  what: string,
  faults: StoreFaults,
): Promise<T> {
  const abandon = new AbortController();
  return withDeadline(op, () => call(abandon.signal), abandon, timeoutMs, what, faults);
}

function withDeadline<T>(
  op: string,
  call: () => Promise<T>,
  abandon: AbortController | undefined,
  timeoutMs: number,
  what: string,
  faults: StoreFaults,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const fail = (error: StoreUnavailableError) => {
    faults.emit('fault', { op, kind: error.kind, error });
    return error;
  };
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon?.abort();
      reject(
        fail(new StoreUnavailableError(op, 'timeout', `${what}: ${op} got no answer within ${timeoutMs} ms`)),
      );
    }, timeoutMs);
  });
  const work = call().catch((e: unknown) => {
    if (e instanceof StoreUnavailableError) throw e;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw fail(new StoreUnavailableError(op, 'error', `${what}: ${op} failed (${reason})`, { cause: e }));
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The same keyv, every read and write under a deadline. */
export function guardKv(kv: Keyv, timeoutMs: number, what: string, faults: StoreFaults): Keyv {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !KV_METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        guarded(`kv.${prop}`, () => value.apply(target, args), timeoutMs, what, faults);
    },
  });
}

const NOTHING = Symbol('nothing');

/**
 * Claims under a deadline. A lock's wait is the lease's business, but a lock that cannot be taken
 * or released because the store fails is a store fault like any other, told as one.
 */
export function guardAtomic(atomic: Atomic, timeoutMs: number, what: string, faults: StoreFaults): Atomic {
  const overrides: Pick<Atomic, 'setIfAbsent' | 'withLock'> = {
    setIfAbsent: (key, ttlMs) =>
      guarded('claim', () => atomic.setIfAbsent(key, ttlMs), timeoutMs, what, faults),
    async withLock(key, fn) {
      let ownError: unknown = NOTHING;
      try {
        return await atomic.withLock(key, async () => {
          try {
            return await fn();
          } catch (e) {
            ownError = e;
            throw e;
          }
        });
      } catch (e) {
        if (e === ownError || e instanceof StoreUnavailableError) throw e;
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        const kind = e instanceof Error && /timeout/i.test(e.name) ? 'timeout' : 'error';
        const error = new StoreUnavailableError('lock', kind, `${what}: lock failed (${reason})`, {
          cause: e,
        });
        faults.emit('fault', { op: 'lock', kind, error });
        throw error;
      }
    },
  };
  // Anything else the store's primitives offer passes through untouched.
  return new Proxy(atomic, {
    get: (target, prop, receiver) =>
      prop in overrides ? overrides[prop as keyof typeof overrides] : Reflect.get(target, prop, receiver),
  });
}

/**
 * The inbox under the same deadline. Recording is the event id's claim (op `claim`): a record
 * that fails or times out is refused, so the platform delivers the event again; one that timed
 * out stops before its next step, and if its last step still lands the retry is refused as a
 * duplicate while recovery handles the recorded event.
 */
export function guardInbox(inbox: Inbox, timeoutMs: number, what: string, faults: StoreFaults): Inbox {
  const within = <T>(op: string, call: () => Promise<T>) => guarded(op, call, timeoutMs, what, faults);
  return {
    record: (id, key, event) =>
      guardedAbortable('claim', (signal) => inbox.record(id, key, event, signal), timeoutMs, what, faults),
    next: (key) => within('inbox.next', () => inbox.next(key)),
    complete: (id, key) => within('inbox.complete', () => inbox.complete(id, key)),
    depth: () => within('inbox.depth', () => inbox.depth()),
    recover: (drain) => inbox.recover(drain),
    close: () => inbox.close(),
  };
}
