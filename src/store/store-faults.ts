import { type StoreFaults, StoreUnavailableError } from './store-guard.ts';

/** A failure of the inbox's background take-over (not any caller's call), told as a store fault. */
export function recoveryFault(faults: StoreFaults, what: () => string) {
  return (e: unknown) => {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    const error = new StoreUnavailableError(
      'inbox.recover',
      'error',
      `${what()}: inbox recovery failed (${reason})`,
      {
        cause: e,
      },
    );
    faults.emit('fault', { op: 'inbox.recover', kind: 'error', error });
  };
}

/**
 * A lease found gone at renewal: the process stalled longer than the lease and another may now
 * hold the drill, so the work running under it could overlap; said and counted like any fault.
 */
export function leaseLost(faults: StoreFaults, what: () => string) {
  return (key: string) => {
    const error = new StoreUnavailableError(
      'lease',
      'error',
      `${what()}: lost the lease on ${key} while its work ran (the process stalled longer than the lease)`,
    );
    faults.emit('fault', { op: 'lease', kind: 'error', error });
  };
}
