// Requests as Discord sends them to an HTTP interactions endpoint: Ed25519 over timestamp + body.
import { generateKeyPairSync, sign } from 'node:crypto';

const keys = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519');

/** The application's public key as the developer portal shows it (DISCORD_PUBLIC_KEY). */
export const PUBLIC_KEY = Buffer.from(
  keys.publicKey.export({ format: 'jwk' }).x as string,
  'base64url',
).toString('hex');

/** Headers Discord adds; `forged` signs with another key, `ts` sets the timestamp (seconds). */
export function signedHeaders(
  body: string,
  o: { ts?: number; forged?: boolean } = {},
): Record<string, string> {
  const ts = String(o.ts ?? Math.floor(Date.now() / 1000));
  const key = (o.forged ? forger : keys).privateKey;
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(ts + body), key).toString('hex'),
    'x-signature-timestamp': ts,
  };
}

/** POSTs an interaction to the endpoint, signed (or not) as given; resolves to status and parsed body. */
export async function postInteraction(
  url: string,
  interaction: unknown,
  o: { ts?: number; forged?: boolean; unsigned?: boolean } = {},
): Promise<{ status: number; body: unknown }> {
  const body = JSON.stringify(interaction);
  const headers = o.unsigned ? { 'content-type': 'application/json' } : signedHeaders(body, o);
  const r = await fetch(url, { method: 'POST', headers, body });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}
