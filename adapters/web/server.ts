import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { Logger } from 'pino';
import type { IdentityService } from '../../src/auth/identity.ts';
import { actorOfPersonId } from '../../src/chat/contract/actor.ts';
import type { HttpRoute } from '../../src/chat/contract/adapter.ts';
import type { CoachService } from '../../src/coach/service.ts';
import { DrillError, type DrillErrorCode } from '../../src/drill/errors.ts';
import type { DrillService } from '../../src/drill/service.ts';
import { type CoachDeps, coachRoutes } from './api-coach.ts';
import { type ApiHandler, drillRoutes, type OnEnded } from './api-drills.ts';
import { progressRoutes } from './api-progress.ts';
import { SignInBody } from './api-schemas.ts';
import { body } from './body.ts';
import { HttpError, sendJson, sendText } from './http-utils.ts';
import { rateLimits } from './rate-limit.ts';
import {
  clearSessionCookie,
  refuseCrossOrigin,
  requireCsrf,
  requireSession,
  setSessionCookie,
} from './session.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const STATUS_OF: Partial<Record<DrillErrorCode, number>> = {
  'not-found': 404,
  'not-yours': 404,
  'not-active': 409,
};
// No framing by other sites, no scripts or connections but our own.
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** The page's files: index.html at `/`, the stylesheets, and the ES modules under /js/. */
function staticFiles(): Map<string, { type: string; data: Buffer }> {
  const dir = new URL('./static/', import.meta.url);
  const read = (name: string) => ({
    type: TYPES[extname(name)] as string,
    data: readFileSync(new URL(name, dir)),
  });
  const files = new Map([
    ['/', read('index.html')],
    ['/index.html', read('index.html')],
    ['/app.css', read('app.css')],
    ['/coach.css', read('coach.css')],
  ]);
  for (const name of readdirSync(new URL('js/', dir)))
    if (name.endsWith('.js')) files.set(`/js/${name}`, read(`js/${name}`));
  return files;
}

export interface PageDeps {
  service: DrillService;
  identity: IdentityService;
  coach: CoachService;
  deliver: CoachDeps['deliver'];
  passMark: number;
  certifyStreak: number;
  log: Logger;
  publicUrl?: string;
  limits?: Parameters<typeof rateLimits>[0];
}

/**
 * The mini-app page and its JSON API, served for every path no other adapter claims. Every API
 * call needs a session (cookie) and its CSRF token; calls from other sites are refused first.
 */
export function practiceRoute(d: PageDeps): HttpRoute {
  const files = staticFiles();
  const limits = rateLimits(d.limits);
  const onEnded: OnEnded = (drillId, ended) =>
    d.coach.finished(drillId, ended.scorecard.overall, ended.scorecard.passed);
  const coachDeps: CoachDeps = d;
  const api = [
    ...drillRoutes(d.service, limits, onEnded),
    ...progressRoutes(coachDeps, limits, onEnded),
    ...coachRoutes(coachDeps),
  ];

  const signIn = async (req: IncomingMessage, res: ServerResponse) => {
    await limits.signIn(req.socket.remoteAddress ?? 'unknown', res);
    const { token } = await body(req, SignInBody);
    const redeemed = await d.identity.redeem(token);
    if (!redeemed) throw new HttpError(401, 'link-expired', 'this sign-in link is used or expired');
    setSessionCookie(res, req, redeemed.session, d.publicUrl);
    const { person, csrf } = redeemed.session;
    // Managers find web trainees by the name they signed in with.
    await d.coach.remember(actorOfPersonId(person.id, person.name));
    const role = await d.coach.roleOf(person.id);
    sendJson(res, 200, { person, csrf, role, landing: redeemed.landing });
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    refuseCrossOrigin(req, d.publicUrl);
    if (url.pathname === '/api/session' && req.method === 'POST') return signIn(req, res);
    const session = await requireSession(req, d.identity);
    // Reading one's own session is how the page learns its CSRF token after a reload.
    if (url.pathname === '/api/session' && req.method === 'GET')
      return sendJson(res, 200, {
        person: session.person,
        csrf: session.csrf,
        role: await d.coach.roleOf(session.person.id),
      });
    requireCsrf(req, session);
    await limits.request(session.id, res);
    if (url.pathname === '/api/session' && req.method === 'DELETE') {
      await d.identity.endSession(session.id);
      clearSessionCookie(res);
      return sendJson(res, 200, { ok: true });
    }
    for (const [method, pattern, handler] of api) {
      const m = pattern.exec(url.pathname);
      if (!m || req.method !== method) continue;
      return (handler as ApiHandler)({ req, res, url, session, id: m[1] });
    }
    throw new HttpError(404, 'not-found', `no route for ${req.method} ${url.pathname}`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      const file = req.method === 'GET' ? files.get(url.pathname) : undefined;
      if (!file) throw new HttpError(404, 'not-found', `no route for ${req.method} ${url.pathname}`);
      for (const [k, v] of Object.entries(PAGE_HEADERS)) res.setHeader(k, v);
      return sendText(res, 200, file.type, file.data);
    } catch (e) {
      if (e instanceof HttpError)
        return sendJson(res, e.status, { error: { code: e.code, message: e.userMessage ?? e.message } });
      if (e instanceof DrillError)
        return sendJson(res, STATUS_OF[e.code] ?? 400, { error: { code: e.code, message: e.userMessage } });
      d.log.error({ err: e, path: url.pathname }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'internal error' } });
    }
  };
  return { prefix: '/', handle };
}
