import { createHmac, randomUUID } from 'node:crypto';
import { sameSecret } from '../../src/auth/tokens.ts';
import type { WebhookClient } from './config.ts';

/** How far a request's timestamp may be from now, either way; a nonce is remembered for twice that. */
export const MAX_SKEW_S = 300;

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<nonce>.<raw body>">` with the client's secret. */
export function signatureOf(secret: string, timestamp: string, nonce: string, body: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${nonce}.`).update(body);
  return `sha256=${mac.digest('hex')}`;
}

/** Headers for a request we send (callbacks), signed exactly as clients sign theirs. */
export function signedHeaders(secret: string, body: string, nowMs = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomUUID();
  return {
    'x-csc-timestamp': timestamp,
    'x-csc-nonce': nonce,
    'x-csc-signature': signatureOf(secret, timestamp, nonce, body),
  };
}

export type Verdict = { ok: true; client: WebhookClient } | { ok: false; reason: string };

type Headers = Record<string, string | string[] | undefined>;
const one = (h: Headers, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Checks a request's signature against every client's secret (timing-safe), its timestamp window,
 * and that its nonce is new: `claimNonce` is the store's set-if-absent, so replicas share it.
 */
export async function verifyRequest(
  headers: Headers,
  body: Buffer,
  clients: readonly WebhookClient[],
  claimNonce: (key: string, ttlMs: number) => Promise<boolean>,
  nowMs = Date.now(),
): Promise<Verdict> {
  const timestamp = one(headers, 'x-csc-timestamp');
  const nonce = one(headers, 'x-csc-nonce');
  const signature = one(headers, 'x-csc-signature');
  if (!timestamp || !nonce || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'timestamp is not unix seconds' };
  if (Math.abs(Number(timestamp) - nowMs / 1000) > MAX_SKEW_S)
    return { ok: false, reason: `timestamp more than ${MAX_SKEW_S} s from now` };
  if (nonce.length > 128) return { ok: false, reason: 'nonce longer than 128 characters' };
  const client = clients.find((c) => sameSecret(signatureOf(c.secret, timestamp, nonce, body), signature));
  if (!client) return { ok: false, reason: 'signature does not match' };
  if (!(await claimNonce(`webhook-nonce:${client.id}:${nonce}`, 2 * MAX_SKEW_S * 1000)))
    return { ok: false, reason: 'nonce already used' };
  return { ok: true, client };
}
