import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What a queue in front of the bot tells about itself, when there is one. */
export interface QueueState {
  depth: number;
  /** False when work is waiting but none has finished lately (a stuck consumer). */
  draining: boolean;
}
export type QueueProbe = () => QueueState | Promise<QueueState>;

/** The Prometheus metrics at /metrics, on a registry of their own (one per app, so tests can run several). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'csc_drill_' });
  let probe: QueueProbe | undefined;
  const queueDepth = new Gauge({
    name: 'csc_drill_queue_depth',
    help: 'Inbound events accepted and not yet handled (when a queue reports it)',
    registers: [registry],
    async collect() {
      if (!probe) return;
      try {
        this.set((await probe()).depth);
      } catch {
        // A store that does not answer leaves the last depth; the fault itself is counted and logged.
      }
    },
  });
  return {
    registry,
    queueDepth,
    setQueueProbe(p: QueueProbe | undefined) {
      probe = p;
    },
    queueState: async (): Promise<QueueState | undefined> => (probe ? probe() : undefined),
    turnSeconds: new Histogram({
      name: 'csc_drill_turn_seconds',
      help: 'Time to handle one inbound event (a trainee reply, a command, a button)',
      labelNames: ['type', 'outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40],
      registers: [registry],
    }),
    modelSeconds: new Histogram({
      name: 'csc_drill_model_call_seconds',
      help: 'Latency of one HTTP call to the model server',
      labelNames: ['outcome'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40],
      registers: [registry],
    }),
    modelFailures: new Counter({
      name: 'csc_drill_model_call_failures_total',
      help: 'Model calls that failed (network error or non-2xx answer)',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    dedupeHits: new Counter({
      name: 'csc_drill_dedupe_hits_total',
      help: 'Platform deliveries refused as duplicates of an event already accepted',
      registers: [registry],
    }),
    storeErrors: new Counter({
      name: 'csc_drill_store_errors_total',
      help: 'Store calls that timed out or failed',
      labelNames: ['op', 'kind'] as const,
      registers: [registry],
    }),
    patternTimeouts: new Counter({
      name: 'csc_drill_pattern_timeouts_total',
      help: 'Content pattern matches stopped at their time budget',
      registers: [registry],
    }),
    idleSwept: new Counter({
      name: 'csc_drill_idle_drills_ended_total',
      help: 'Drills the sweeper ended and scored after the idle timeout',
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
