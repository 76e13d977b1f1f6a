import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';

const KEY = 'meta:store-epoch';

export interface Epoch {
  id: string;
  since: string;
}

/**
 * A marker written into the store once: when it is gone, the store lost everything (a Redis that
 * restarted without persistence) and drills the trainees still talk about have vanished.
 */
export class StoreEpoch {
  private current: Epoch | undefined;
  /** When this process saw the store come back empty, if it did. */
  resetAt: Date | undefined;

  constructor(private readonly kv: Keyv) {}

  /** Reads the marker, writing one into a new store; true when the store is new (nothing to lose). */
  async open(): Promise<{ fresh: boolean; epoch: Epoch }> {
    const found = (await this.kv.get(KEY)) as Epoch | undefined;
    if (found) {
      this.current = found;
      return { fresh: false, epoch: found };
    }
    this.current = { id: randomUUID(), since: new Date().toISOString() };
    await this.kv.set(KEY, this.current);
    return { fresh: true, epoch: this.current };
  }

  /** Compares the marker with the one opened; a missing or different one means the data went away. */
  async check(): Promise<{ lost: false } | { lost: true; previous: Epoch; now: Epoch }> {
    const found = (await this.kv.get(KEY)) as Epoch | undefined;
    const previous = this.current;
    if (!previous || found?.id === previous.id) return { lost: false };
    this.current = found ?? { id: randomUUID(), since: new Date().toISOString() };
    if (!found) await this.kv.set(KEY, this.current);
    this.resetAt = new Date();
    return { lost: true, previous, now: this.current };
  }
}
