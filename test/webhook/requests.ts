import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// Requests signed the way the README documents it, written out here rather than borrowed from the
// adapter: X-CSC-Signature = "sha256=" + hex HMAC-SHA256(secret, "<timestamp>.<nonce>.<raw body>").

export const CLIENT = 'miniapp';
export const SECRET = 'miniapp-secret-0123456789';

export interface SignOptions {
  secret?: string;
  /** Unix seconds; now by default. */
  ts?: number;
  nonce?: string;
  omit?: 'x-csc-signature' | 'x-csc-timestamp' | 'x-csc-nonce';
}

export function signHeaders(body: string, o: SignOptions = {}): Record<string, string> {
  const ts = String(o.ts ?? Math.floor(Date.now() / 1000));
  const nonce = o.nonce ?? randomUUID();
  const hex = createHmac('sha256', o.secret ?? SECRET)
    .update(`${ts}.${nonce}.${body}`)
    .digest('hex');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-csc-timestamp': ts,
    'x-csc-nonce': nonce,
    'x-csc-signature': `sha256=${hex}`,
  };
  if (o.omit) delete headers[o.omit];
  return headers;
}

/** True when headers carry a valid signature of `body` under the documented rule (callbacks to us). */
export function isSignedBy(headers: IncomingMessage['headers'], body: string, secret = SECRET): boolean {
  const ts = String(headers['x-csc-timestamp']);
  const nonce = String(headers['x-csc-nonce']);
  const hex = createHmac('sha256', secret).update(`${ts}.${nonce}.${body}`).digest('hex');
  return headers['x-csc-signature'] === `sha256=${hex}` && Math.abs(Number(ts) - Date.now() / 1000) <= 300;
}

export async function post(
  url: string,
  payload: unknown,
  o: SignOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const res = await fetch(url, { method: 'POST', headers: signHeaders(text, o), body: text });
  const raw = await res.text();
  return { status: res.status, body: raw ? JSON.parse(raw) : {} };
}

let seq = 0;
export const eventId = () => `evt-${Date.now()}-${++seq}`;

export const command = (
  user: string,
  conversation: string,
  name: string,
  args: string[] = [],
  extra = {},
) => ({
  type: 'command',
  eventId: eventId(),
  user: { id: user, name: user },
  conversationId: conversation,
  command: { name, args },
  ...extra,
});

export const message = (user: string, conversation: string, text: string, extra = {}) => ({
  type: 'message',
  eventId: eventId(),
  user: { id: user },
  conversationId: conversation,
  text,
  ...extra,
});

export interface Receiver {
  url: string;
  /** Every request, in arrival order, with the status it was answered with. */
  calls: { headers: IncomingMessage['headers']; body: string; status: number }[];
  /** Answer the next n requests with this status (then 200). */
  failNext(n: number, status?: number): void;
  /** Resolves once at least n requests arrived. */
  waitFor(n: number): Promise<void>;
  close(): Promise<void>;
}

/** A client's callback endpoint on a local port, that can refuse deliveries for a while. */
export async function startReceiver(): Promise<Receiver> {
  const calls: Receiver['calls'] = [];
  let failing: { n: number; status: number } = { n: 0, status: 500 };
  let waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const status = failing.n > 0 ? failing.status : 200;
    if (failing.n > 0) failing.n--;
    calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
    res.writeHead(status).end();
    for (const w of waiters.filter((w) => calls.length >= w.n)) w.resolve();
    waiters = waiters.filter((w) => calls.length < w.n);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`,
    calls,
    failNext: (n, status = 500) => {
      failing = { n, status };
    },
    waitFor: (n) =>
      calls.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
