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
