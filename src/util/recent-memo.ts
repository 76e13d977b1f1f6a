/**
 * Remembers the results of a pure function for the most recent distinct keys. Lines repeat a lot
 * (the live turn reads a customer line, the scorecard reads it again at the end), so recomputing
 * costly but pure readings is waste. Oldest keys are dropped first; results must not be mutated.
 */
export class RecentMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly capacity = 2048,
  ) {}

  get(key: string): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = this.compute(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }
}
