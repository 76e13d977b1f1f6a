import type { Inbound, InboundSink } from '../../src/chat/contract/inbound.ts';

/**
 * A sink that records every event an adapter hands in, optionally passing it on (to a dispatcher).
 * `settle()` waits for what the downstream says is pending; nothing here ever sleeps.
 */
export class RecordingSink implements InboundSink {
  readonly events: Inbound[] = [];
  private waiters: { n: number; resolve: () => void }[] = [];

  constructor(private readonly downstream?: InboundSink & { settle?: () => Promise<void> }) {}

  async accept(event: Inbound): Promise<'queued' | 'duplicate' | 'ignored'> {
    this.events.push(event);
    for (const w of this.waiters.filter((w) => this.events.length >= w.n)) w.resolve();
    this.waiters = this.waiters.filter((w) => this.events.length < w.n);
    return this.downstream ? this.downstream.accept(event) : 'queued';
  }

  /** Resolves once at least n events have arrived (socket transports deliver without an HTTP answer to wait for). */
  waitFor(n: number): Promise<void> {
    if (this.events.length >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  async settle(): Promise<void> {
    await this.downstream?.settle?.();
  }
}
