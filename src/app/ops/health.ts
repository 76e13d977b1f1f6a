import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenStore } from '../../store/open-store.ts';
import type { Metrics } from './metrics.ts';
import type { StoreWatch } from './store-watch.ts';

export interface HealthDeps {
  store: OpenStore;
  metrics: Metrics;
  watch: StoreWatch;
  /** True from the moment a shutdown begins: not ready for new work, still alive. */
  stopping: () => boolean;
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

const bearerMatches = (header: string | undefined, token: string): boolean => {
  const given = Buffer.from(header ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
};

const send = (res: ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));

async function readiness(d: HealthDeps): Promise<{ ready: boolean; body: Record<string, unknown> }> {
  if (d.stopping()) return { ready: false, body: { ready: false, reason: 'shutting down' } };
  const body: Record<string, unknown> = { store: d.store.describe };
  try {
    await d.store.ping();
    if (await d.watch.wasReset()) body.storeResetAt = d.watch.resetAt?.toISOString();
  } catch (e) {
    return { ready: false, body: { ready: false, ...body, reason: (e as Error).message } };
  }
  let queue: Awaited<ReturnType<Metrics['queueState']>>;
  try {
    queue = await d.metrics.queueState();
  } catch (e) {
    return { ready: false, body: { ready: false, ...body, reason: `queue: ${(e as Error).message}` } };
  }
  if (queue) {
    body.queue = queue;
    if (!queue.draining)
      return {
        ready: false,
        body: { ready: false, ...body, reason: `queue of ${queue.depth} is not draining` },
      };
  }
  return { ready: true, body: { ready: true, ...body } };
}

/**
 * /healthz: the process answers (liveness; a store outage is reported in the body, not as a
 * restart-worthy failure). /readyz: the store answers and the queue drains (send traffic here).
 * /metrics: Prometheus text.
 */
export function opsHandler(d: HealthDeps) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (path === '/healthz') {
      const r = await readiness(d);
      send(res, 200, { ok: true, ready: r.ready, ...(r.ready ? {} : { reason: r.body.reason }) });
      return true;
    }
    if (path === '/readyz') {
      const r = await readiness(d);
      send(res, r.ready ? 200 : 503, r.body);
      return true;
    }
    if (path === '/metrics' && req.method === 'GET') {
      if (d.metricsToken && !bearerMatches(req.headers.authorization, d.metricsToken)) {
        send(res, 401, {
          error: { code: 'unauthorized', message: 'set Authorization: Bearer <METRICS_TOKEN>' },
        });
        return true;
      }
      const text = await d.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': d.metrics.registry.contentType }).end(text);
      return true;
    }
    return false;
  };
}
