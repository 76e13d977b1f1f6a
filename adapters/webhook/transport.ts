import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { IdentityService } from '../../src/auth/identity.ts';
import { signInUrl } from '../../src/auth/links.ts';
import { personId } from '../../src/chat/contract/actor.ts';
import type { RunningAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { PassiveReplies } from '../../src/chat/runtime/passive-replies.ts';
import type { OpenStore } from '../../src/store/open-store.ts';
import { CallbackSender } from './callback.ts';
import type { WebhookClient, WebhookSettings } from './config.ts';
import { parseBody, RequestError, readRaw, sendJson } from './http.ts';
import { webhookKeys } from './key.ts';
import { parseEvent } from './parse.ts';
import { WebhookChannel } from './post.ts';
import { SignInLinkRequest, WebhookEvent, type WebhookMessage } from './schemas.ts';
import { verifyRequest } from './signature.ts';

export const EVENTS_PATH = '/webhook/v1/events';
export const SIGN_IN_PATH = '/webhook/v1/sign-in-links';
const REPLY_TTL_MS = 60 * 60_000;
const CALLBACK_TTL_MS = 30 * 24 * 3_600_000;

export interface WebhookDeps {
  sink: InboundSink;
  log: Logger;
  store: Pick<OpenStore, 'kv' | 'atomic'>;
  identity?: IdentityService;
  /** The page's base URL for sign-in links, given the request's Host header. */
  baseUrl?: (requestHost?: string) => string;
  fetch?: typeof fetch;
}

/**
 * The signed JSON webhook: verify (signature, timestamp window, one-time nonce) → validate →
 * record in the sink → answer inline with what the bot posted within the window, else 202 and
 * the rest to the client's callback URL.
 */
export function startWebhook(s: WebhookSettings, d: WebhookDeps): RunningAdapter {
  const clients: readonly WebhookClient[] = s.WEBHOOK_CLIENTS ?? [];
  const secretOf = new Map(clients.map((c) => [c.id, c]));
  const replies = new PassiveReplies<WebhookMessage>();
  const callbacks = new CallbackSender({
    retries: s.WEBHOOK_CALLBACK_RETRIES,
    backoffMs: s.WEBHOOK_CALLBACK_BACKOFF_MS,
    timeoutMs: s.WEBHOOK_CALLBACK_TIMEOUT_MS,
    log: d.log,
    fetch: d.fetch,
  });
  const push = (key: string, messages: WebhookMessage[]) => {
    const { client } = webhookKeys.decode(key);
    callbacks.send(
      key,
      async () => {
        const c = secretOf.get(client);
        const url =
          ((await d.store.kv.get(`webhook-callback:${key}`)) as string | undefined) ?? c?.callbackUrl;
        return c && url ? { url, clientId: c.id, secret: c.secret } : undefined;
      },
      messages,
    );
  };
  const channel = new WebhookChannel(replies, push);

  const authenticate = async (req: IncomingMessage, raw: Buffer): Promise<WebhookClient> => {
    const verdict = await verifyRequest(req.headers, raw, clients, (k, ttl) =>
      d.store.atomic.setIfAbsent(k, ttl),
    );
    if (verdict.ok) return verdict.client;
    d.log.warn(
      { path: req.url, reason: verdict.reason, ip: req.socket.remoteAddress },
      'webhook request refused',
    );
    throw new RequestError(401, 'unauthorized', verdict.reason);
  };

  const onEvent = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readRaw(req);
    const client = await authenticate(req, raw);
    const body = parseBody(raw, WebhookEvent);
    const event = parseEvent(client.id, body);
    if (body.callbackUrl)
      await d.store.kv.set(`webhook-callback:${event.key}`, body.callbackUrl, CALLBACK_TTL_MS);
    const replyKey = `webhook-reply:${event.eventId}`;
    const answer = await replies.answer(d.sink, event, s.WEBHOOK_REPLY_WITHIN_MS, (early) => {
      if (early.length) push(event.key, early);
    });
    if (answer.status === 'duplicate') {
      const earlier = (await d.store.kv.get(replyKey)) as WebhookMessage[] | undefined;
      return earlier
        ? sendJson(res, 200, { messages: earlier, duplicate: true })
        : sendJson(res, 202, { accepted: true, duplicate: true });
    }
    if (answer.late) return sendJson(res, 202, { accepted: true });
    await d.store.kv.set(replyKey, answer.items, REPLY_TTL_MS);
    sendJson(res, 200, { messages: answer.items });
  };

  const onSignInLink = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readRaw(req);
    const client = await authenticate(req, raw);
    const body = parseBody(raw, SignInLinkRequest);
    if (!d.identity || !d.baseUrl) throw new RequestError(501, 'not-available', 'sign-in links are off here');
    const person = {
      id: personId({ platform: 'webhook', tenant: client.id, user: body.user.id }),
      name: body.user.name,
    };
    const landing = body.drillId ? { view: 'scorecard' as const, drillId: body.drillId } : undefined;
    const { token, expiresAt } = await d.identity.mintSignIn(person, landing);
    sendJson(res, 201, { url: signInUrl(d.baseUrl(req.headers.host), token), expiresAt });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      const route = path === EVENTS_PATH ? onEvent : path === SIGN_IN_PATH ? onSignInLink : undefined;
      if (!route) throw new RequestError(404, 'not-found', `no route for ${path}`);
      if (req.method !== 'POST') throw new RequestError(405, 'method-not-allowed', 'use POST');
      await route(req, res);
    } catch (e) {
      if (!(e instanceof RequestError)) throw e;
      sendJson(res, e.status, { error: { code: e.code, message: e.message } });
    }
  };

  return {
    channel,
    routes: [{ prefix: '/webhook/v1', handle }],
    stop: async () => {
      callbacks.stop();
      await callbacks.settle();
    },
    describe: (baseUrl) => `${clients.length} client(s) at ${baseUrl}${EVENTS_PATH}`,
  };
}
