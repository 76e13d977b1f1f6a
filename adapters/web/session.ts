import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityService, Session } from '../../src/auth/identity.ts';
import { sameSecret } from '../../src/auth/tokens.ts';
import { HttpError } from './http-utils.ts';

export const COOKIE = 'csc_session';

const cookies = (req: IncomingMessage): Map<string, string> =>
  new Map(
    (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .filter((kv): kv is [string, string] => kv.length === 2 && Boolean(kv[0]))
      .map(([k, v]) => [k, decodeURIComponent(v)]),
  );

const secure = (req: IncomingMessage, publicUrl?: string) =>
  publicUrl?.startsWith('https:') || req.headers['x-forwarded-proto'] === 'https';

/** HttpOnly (scripts never see it), SameSite=Strict (other sites' pages never send it), Secure over https. */
export function setSessionCookie(
  res: ServerResponse,
  req: IncomingMessage,
  s: Session,
  publicUrl?: string,
): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(s.expiresAt) - Date.now()) / 1000));
  res.setHeader(
    'set-cookie',
    `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure(req, publicUrl) ? '; Secure' : ''}`,
  );
}

export const clearSessionCookie = (res: ServerResponse) =>
  res.setHeader('set-cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);

export const sessionIdOf = (req: IncomingMessage) => cookies(req).get(COOKIE);

/**
 * A request from a page of another site is refused before anything else: browsers say where a
 * request comes from (`Origin`, `Sec-Fetch-Site`), and ours only ever come from this origin.
 */
export function refuseCrossOrigin(req: IncomingMessage, publicUrl?: string): void {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site')
    throw new HttpError(403, 'cross-origin', 'requests from other sites are refused');
  const origin = req.headers.origin;
  if (!origin || req.method === 'GET' || req.method === 'HEAD') return;
  const own = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
  if (publicUrl) own.add(new URL(publicUrl).origin);
  if (!own.has(origin)) throw new HttpError(403, 'cross-origin', 'requests from other sites are refused');
}

/** The caller's live session, or 401. */
export async function requireSession(req: IncomingMessage, identity: IdentityService): Promise<Session> {
  const session = await identity.session(sessionIdOf(req));
  if (!session) throw new HttpError(401, 'signed-out', 'sign in with the link you were given');
  return session;
}

/** The page echoes its session's CSRF token in a header a cross-site form or link can never set. */
export function requireCsrf(req: IncomingMessage, session: Session): void {
  const given = req.headers['x-csrf-token'];
  if (typeof given !== 'string' || !sameSecret(given, session.csrf))
    throw new HttpError(403, 'csrf', 'missing or wrong X-CSRF-Token');
}
