import { ConnectionClosedError, createNodeRedisClient } from 'bullmq';

/** A BullMQ adapter over a node-redis client whose re-emitted errors are heard (else printed on stderr). */
export function quietAdapter(client: unknown): ReturnType<typeof createNodeRedisClient> {
  const adapter = createNodeRedisClient(client);
  adapter.on('error', () => {});
  return adapter;
}

interface RawClient {
  readonly isReady: boolean;
}

/** Socket failures BullMQ does not count as connection errors (it knows only ECONNREFUSED). */
const SOCKET_ERROR = /^(?:ECONNRESET|EPIPE|ETIMEDOUT|ENOTCONN|ECONNABORTED|EHOSTUNREACH|ENETUNREACH)$/;

/**
 * BullMQ retries a command that failed on a connection error after a delay, but any other error at
 * once: "read ECONNRESET" from a Redis that just died made its fetch loop spin on promises without
 * ever yielding, so the process never reconnected (nor reaped a child, nor ran a timer). A failure
 * while the client is not ready, or a socket error, is handed on as the connection error it is.
 */
export function outageAware<T extends object>(adapter: T, raw: RawClient): T {
  const asConnectionError = (err: unknown): never => {
    const e = err as { code?: string; message?: string } | undefined;
    if (!raw.isReady || SOCKET_ERROR.test(e?.code ?? '')) throw new ConnectionClosedError(e?.message);
    throw err;
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        const out = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (prop === 'duplicate') {
          const dup = out as T & { raw?: RawClient; on(e: string, l: () => void): unknown };
          dup.on('error', () => {});
          return outageAware(dup, dup.raw ?? raw);
        }
        return out instanceof Promise ? out.catch(asConnectionError) : out;
      };
    },
  });
}
