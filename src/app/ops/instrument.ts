import type { Logger } from 'pino';
import type { Inbound } from '../../chat/contract/inbound.ts';
import type { Inbox } from '../../chat/runtime/inbox.ts';
import { onPatternTimeout } from '../../content/safe-pattern.ts';
import { addLogField, withLogFields } from '../../log.ts';
import type { Atomic } from '../../store/atomic.ts';
import type { OpenStore } from '../../store/open-store.ts';
import type { Metrics } from './metrics.ts';

/**
 * The store as the app uses it: deliveries the inbox refuses as duplicates counted, the drill lock
 * naming the drill on the log lines that follow, every fault logged in one line and counted.
 */
export function instrumentStore(store: OpenStore, metrics: Metrics, log: Logger): OpenStore {
  store.faults.on('fault', ({ op, kind, error }) => {
    metrics.storeErrors.inc({ op, kind });
    log.warn({ op, kind, store: store.describe }, error.message);
  });
  store.faults.on('connection', (state, reason) => {
    if (state === 'down')
      log.error({ store: store.describe, reason }, 'store connection lost; calls fail until it is back');
    else log.info({ store: store.describe }, 'store connection back');
  });
  const inner = store.atomic;
  const overrides: Pick<Atomic, 'withLock'> = {
    withLock(key, fn) {
      if (key.startsWith('drill:')) addLogField('drillId', key.slice('drill:'.length));
      return inner.withLock(key, fn);
    },
  };
  const atomic = new Proxy(inner, {
    get: (target, prop, receiver) =>
      prop in overrides ? overrides[prop as keyof typeof overrides] : Reflect.get(target, prop, receiver),
  });
  const queue = store.inbox;
  const inbox: Inbox = {
    async record(id, key, event, abandoned) {
      const fresh = await queue.record(id, key, event, abandoned);
      if (!fresh) metrics.dedupeHits.inc();
      return fresh;
    },
    next: (key) => queue.next(key),
    complete: (id, key) => queue.complete(id, key),
    recover: (drain) => queue.recover(drain),
    depth: () => queue.depth(),
    close: () => queue.close(),
  };
  return { ...store, atomic, inbox };
}

/** Each model HTTP call timed and its failures counted, at the fetch boundary (no change to the client). */
export function instrumentFetch(inner: typeof fetch, metrics: Metrics): typeof fetch {
  return async (input, init) => {
    const end = metrics.modelSeconds.startTimer();
    try {
      const res = await inner(input, init);
      end({ outcome: res.ok ? 'ok' : 'error' });
      if (!res.ok) metrics.modelFailures.inc({ reason: `http-${res.status}` });
      return res;
    } catch (e) {
      end({ outcome: 'error' });
      metrics.modelFailures.inc({ reason: (e as Error).name === 'AbortError' ? 'timeout' : 'network' });
      throw e;
    }
  };
}

/** Handles one event with its ids on every log line and its latency in the turn histogram. */
export function instrumentHandler(
  handle: (e: Inbound) => Promise<void>,
  metrics: Metrics,
): (e: Inbound) => Promise<void> {
  return (e) =>
    withLogFields({ eventId: e.eventId, platform: e.actor.platform }, async () => {
      const end = metrics.turnSeconds.startTimer({ type: e.type });
      try {
        await handle(e);
        end({ outcome: 'ok' });
      } catch (err) {
        end({ outcome: 'error' });
        throw err;
      }
    });
}

/** Pattern matches stopped at their budget: counted and logged with the pattern's start. */
export function watchPatterns(metrics: Metrics, log: Logger): () => void {
  return onPatternTimeout((source) => {
    metrics.patternTimeouts.inc();
    log.warn(
      { pattern: source.slice(0, 80) },
      'content pattern ran out of its time budget; counted as no match',
    );
  });
}
