import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HttpRoute } from '../chat/contract/adapter.ts';

/** One HTTP server for every adapter: the longest matching prefix handles the request; health, readiness and metrics first. */
export function routeRequests(
  routes: readonly HttpRoute[],
  log: Logger,
  ops?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>,
): RequestListener {
  const ordered = [...routes].sort((a, b) => b.prefix.length - a.prefix.length);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    if (ops && (path === '/healthz' || path === '/readyz' || path === '/metrics')) {
      ops(req, res, path).then(
        (handled) => {
          if (!handled)
            res
              .writeHead(405, { 'content-type': 'application/json' })
              .end('{"error":{"code":"method-not-allowed"}}');
        },
        (err: unknown) => {
          log.error({ err, path }, 'ops endpoint failed');
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":{"code":"internal"}}');
        },
      );
      return;
    }
    const route = ordered.find(
      (r) => path === r.prefix || path.startsWith(r.prefix.endsWith('/') ? r.prefix : `${r.prefix}/`),
    );
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not-found"}}');
      return;
    }
    Promise.resolve(route.handle(req, res)).catch((err: unknown) => {
      log.error({ err, path }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"internal"}}');
    });
  };
}
