// Local stand-ins for the Bot Framework around a Teams bot: the channel's OpenID metadata and
// signing keys (JWKS with endorsements), the Entra login that issues the bot's connector token
// (https, as MSAL insists), and the Bot Connector at the activities' serviceUrl. Every connector
// and token call is recorded; the connector answers 429 with Retry-After when told to.
import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { type RosterMember, rosterAnswer } from './fake-roster.ts';

export type { RosterMember } from './fake-roster.ts';

export const TLS_CERT = new URL('./fixtures/login-cert.pem', import.meta.url);
const TLS_KEY = new URL('./fixtures/login-key.pem', import.meta.url);

export const APP_ID = '6c3f0b8e-1d2a-4e5f-9a7b-0c1d2e3f4a5b';
export const APP_PASSWORD = 'test-app-password';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const ISSUER = 'https://api.botframework.test';
const KID = 'test-signing-key';

export interface ConnectorCall {
  method: string;
  /** `createConversation`, `sendToConversation`, `replyToActivity`, `updateActivity`, with ` (429)` when refused. */
  op: string;
  conversation?: string;
  activityId?: string;
  body: Record<string, unknown>;
  authorization?: string;
  /** What the connector answered (`id`, and `activityId` for a new channel conversation). */
  result?: { id?: string; activityId?: string };
}

export interface Claims {
  iss: string;
  aud: string;
  serviceurl: string;
  nbf: number;
  exp: number;
}

export interface FakeBotFramework {
  /** The activities' serviceUrl (the connector). */
  serviceUrl: string;
  /** The bot's settings for this fake: credentials and the Bot Framework's pass-through keys. */
  env: Record<string, string>;
  calls: ConnectorCall[];
  tokenRequests: Record<string, string>[];
  /** Who the rosters hold (every conversation's, for this fake); paged two at a time. */
  roster: RosterMember[];
  /** A channel token as the Bot Framework signs it; `forged` signs with a key the JWKS does not hold, under its key id. */
  token(claims?: Partial<Claims>, options?: { forged?: boolean }): string;
  /** The next n connector calls get 429 with Retry-After: 1. */
  rateLimitNext(n?: number): void;
  /** The next connector call is refused with this status and Bot Framework error code. */
  refuseNext(status: number, code: string): void;
  /** Messages the bot sent (created conversations and sends), in order. */
  sent(): ConnectorCall[];
  /** Resolves once the connector has recorded at least n calls matching the predicate. */
  waitFor(predicate: (c: ConnectorCall) => boolean, n?: number): Promise<void>;
  close(): Promise<void>;
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function sign(payload: object, key: KeyObject): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KID, x5t: KID }));
  const body = b64url(JSON.stringify(payload));
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
  return `${head}.${body}.${b64url(signature)}`;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

const listen = (server: Server) =>
  new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));

/**
 * Starts the fakes. `trustInProcess` lets MSAL in this process trust the login's self-signed
 * certificate (the in-process stand-in for NODE_EXTRA_CA_CERTS, which Node reads only at start).
 */
export async function startFakeBotFramework(o: { trustInProcess?: boolean } = {}): Promise<FakeBotFramework> {
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = signing.publicKey.export({ format: 'jwk' });
  const issued = new Set<string>();
  const waiters: { check: () => boolean; resolve: () => void }[] = [];
  let limited = 0;
  let refusal: { status: number; code: string } | undefined;
  let seq = 1_700_000_000_000;

  const fake = {
    calls: [] as ConnectorCall[],
    tokenRequests: [] as Record<string, string>[],
    roster: [] as RosterMember[],
  };
  const record = (call: ConnectorCall) => {
    fake.calls.push(call);
    for (const w of waiters.filter((w) => w.check())) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };

  const botFramework = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/v1/.well-known/openidconfiguration')
      return json(res, 200, {
        issuer: ISSUER,
        authorization_endpoint: `${base}/v1/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    if (url.pathname === '/v1/.well-known/keys')
      return json(res, 200, {
        keys: [{ kty: 'RSA', use: 'sig', kid: KID, x5t: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
      });
    const roster = /^\/teams\/v3\/conversations\/([^/]+)(\/members\/[^/]+|\/pagedmembers)$/.exec(
      url.pathname,
    );
    if (roster && req.method === 'GET') {
      const conversation = decodeURIComponent(roster[1] as string);
      const authorization = req.headers.authorization;
      const answer = rosterAnswer(fake.roster, TENANT, roster[2] as string, url.searchParams);
      const authorized = authorization && issued.has(authorization.replace(/^Bearer /, ''));
      record({
        method: 'GET',
        op: authorized ? answer.op : `${answer.op} (401)`,
        conversation,
        activityId: roster[2]?.startsWith('/members/')
          ? decodeURIComponent(roster[2].slice('/members/'.length))
          : undefined,
        body: Object.fromEntries(url.searchParams),
        authorization,
      });
      if (!authorized) return json(res, 401, { error: { code: 'Unauthorized' } });
      return json(res, answer.status, answer.body);
    }
    const m = /^\/teams\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?$/.exec(url.pathname);
    if (!m) return json(res, 404, { error: { code: 'NotFound' } });
    const raw = await bodyOf(req);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const conversation = m[1] ? decodeURIComponent(m[1]) : undefined;
    const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
    const op = !conversation
      ? 'createConversation'
      : req.method === 'PUT'
        ? 'updateActivity'
        : activityId
          ? 'replyToActivity'
          : 'sendToConversation';
    const authorization = req.headers.authorization;
    const call: ConnectorCall = {
      method: req.method ?? '',
      op,
      conversation,
      activityId,
      body,
      authorization,
    };
    if (!authorization || !issued.has(authorization.replace(/^Bearer /, ''))) {
      record({ ...call, op: `${op} (401)` });
      return json(res, 401, { error: { code: 'Unauthorized', message: 'token not issued by this login' } });
    }
    if (refusal) {
      const { status, code } = refusal;
      refusal = undefined;
      record({ ...call, op: `${op} (${status})` });
      return json(res, status, { error: { code, message: 'refused by the fake' } });
    }
    if (limited > 0) {
      limited--;
      record({ ...call, op: `${op} (429)` });
      return json(res, 429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '1' });
    }
    const id = String(++seq);
    let result: { id: string; activityId?: string; serviceUrl?: string };
    if (op === 'createConversation') {
      const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
      const member = (body.members as { id: string }[] | undefined)?.[0]?.id ?? 'nobody';
      result = channel
        ? { id: `${channel};messageid=${id}`, activityId: id, serviceUrl }
        : { id: `a:direct-${member}` };
    } else result = { id: op === 'updateActivity' ? (activityId ?? id) : id };
    record({ ...call, result });
    return json(res, op === 'updateActivity' ? 200 : 201, result);
  });

  const login = https.createServer(
    { cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) },
    async (req, res) => {
      const url = new URL(req.url ?? '/', 'https://x');
      const m = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/.exec(
        url.pathname,
      );
      if (!m) return json(res, 404, { error: 'not_found' });
      const tenant = m[1];
      const root = `${loginUrl}/${tenant}`;
      if (m[2]?.startsWith('v2.0'))
        return json(res, 200, {
          issuer: `${root}/v2.0`,
          authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
          token_endpoint: `${root}/oauth2/v2.0/token`,
          end_session_endpoint: `${root}/oauth2/v2.0/logout`,
          jwks_uri: `${root}/discovery/v2.0/keys`,
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
          response_types_supported: ['code', 'token'],
          scopes_supported: ['openid'],
        });
      const form = Object.fromEntries(new URLSearchParams(await bodyOf(req)));
      fake.tokenRequests.push(form);
      if (form.client_id !== APP_ID || form.client_secret !== APP_PASSWORD)
        return json(res, 401, { error: 'invalid_client' });
      const token = `connector-token-${randomUUID()}`;
      issued.add(token);
      return json(res, 200, {
        token_type: 'Bearer',
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: token,
      });
    },
  );

  const base = `http://127.0.0.1:${await listen(botFramework)}`;
  const loginUrl = `https://127.0.0.1:${await listen(login)}`;
  const serviceUrl = `${base}/teams/`;
  const previousAgent = https.globalAgent;
  if (o.trustInProcess) https.globalAgent = new https.Agent({ ca: readFileSync(TLS_CERT) });

  const now = () => Math.floor(Date.now() / 1000);
  return {
    ...fake,
    serviceUrl,
    env: {
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: APP_PASSWORD,
      ToBotFromChannelOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: ISSUER,
      ToChannelFromBotLoginUrl: `${loginUrl}/botframework.com`,
      // The scope is this fake's own, so a token the SDK cached for another fake is never reused.
      ToChannelFromBotOAuthScope: base,
      ValidateAuthority: 'false',
    },
    token: (claims = {}, options = {}) =>
      sign(
        { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now() - 60, exp: now() + 3600, ...claims },
        options.forged ? forger.privateKey : signing.privateKey,
      ),
    rateLimitNext: (n = 1) => {
      limited = n;
    },
    refuseNext: (status, code) => {
      refusal = { status, code };
    },
    sent: () => fake.calls.filter((c) => c.op === 'createConversation' || c.op === 'sendToConversation'),
    waitFor: (predicate, n = 1) =>
      new Promise<void>((resolve) => {
        const check = () => fake.calls.filter(predicate).length >= n;
        if (check()) resolve();
        else waiters.push({ check, resolve });
      }),
    close: async () => {
      if (o.trustInProcess) https.globalAgent = previousAgent;
      botFramework.closeAllConnections();
      login.closeAllConnections();
      await Promise.all([
        new Promise((r) => botFramework.close(() => r(undefined))),
        new Promise((r) => login.close(() => r(undefined))),
      ]);
    },
  };
}
