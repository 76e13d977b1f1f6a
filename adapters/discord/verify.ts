import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIInteraction, APIInteractionResponse } from 'discord.js';
import type { Logger } from 'pino';
import type { HttpRoute } from '../../src/chat/contract/adapter.ts';

const MAX_BODY = 1024 * 1024;
const MAX_SKEW_S = 300;

/** The application's public key (64 hex characters, as the developer portal shows it) as a key object. */
export const publicKeyOf = (hex: string): KeyObject =>
  createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });

/** Discord signs `timestamp + body` with Ed25519; a missing, malformed or wrong signature is refused. */
export function verifySignature(key: KeyObject, signature: string, timestamp: string, body: Buffer): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signature) || !timestamp) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const json = (res: ServerResponse, status: number, body?: unknown) =>
  new Promise<void>((resolve) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body), () => resolve());
  });

/**
 * `POST /discord/interactions`: verifies the Ed25519 signature (and refuses timestamps more than
 * five minutes off), then hands the interaction on; `answer` writes the initial response as the
 * HTTP reply, once the event is recorded.
 */
export function interactionsRoute(
  publicKey: string,
  log: Logger,
  handle: (i: APIInteraction, answer: (body: APIInteractionResponse) => Promise<void>) => Promise<void>,
): HttpRoute {
  const key = publicKeyOf(publicKey);
  return {
    prefix: '/discord/interactions',
    async handle(req, res) {
      if (req.method !== 'POST') return json(res, 405, { error: 'POST only' });
      const body = await readBody(req);
      if (!body) return json(res, 413, { error: 'body too large' });
      const signature = String(req.headers['x-signature-ed25519'] ?? '');
      const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
      const skew = Math.abs(Date.now() / 1000 - Number(timestamp));
      if (!verifySignature(key, signature, timestamp, body) || !(skew <= MAX_SKEW_S)) {
        log.warn({ path: req.url }, 'discord interaction refused: bad signature or stale timestamp');
        return json(res, 401, { error: 'invalid request signature' });
      }
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return json(res, 400, { error: 'body is not JSON' });
      }
      let answered = false;
      await handle(interaction, async (reply) => {
        answered = true;
        await json(res, 200, reply);
      });
      if (!answered) await json(res, 204);
    },
  };
}
