// A local stand-in for Slack's Web API (SLACK_API_URL points here): records every call and answers
// the way Slack does, including a 429 with Retry-After when asked.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** Which replica called, when its SLACK_API_URL is `<url>/<replica>/api/` (crash tests run two). */
  replica?: string;
}

export interface FakeSlack {
  url: string;
  calls: SlackCall[];
  /** Answer the next call of this method with 429 and Retry-After: 1. */
  rateLimitNext(method: string): void;
  /** Answer every call that posts into this channel with `{ok: false, error}` (e.g. not_in_channel). */
  refuseChannel(channel: string, error: string): void;
  posted(): SlackCall[];
  /** Called for every recorded call (benchmarks wait on it). */
  onCall?: (call: SlackCall) => void;
  /**
   * Asked before a call is answered: true leaves it unanswered and unrecorded, as if Slack never
   * got it (crash tests kill the caller there).
   */
  hold?: (call: SlackCall) => boolean;
  /**
   * Asked once a call is recorded and its message stored: true leaves it unanswered, as if the
   * caller died after Slack took the post but before it heard back.
   */
  swallow?: (call: SlackCall) => boolean;
  close(): Promise<void>;
}

/** A message as the fake keeps it, for conversations.replies and conversations.history. */
interface Stored {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  metadata?: unknown;
}

/** Form-encoded calls send objects as JSON strings. */
const parseMaybe = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** Slack returns a message's metadata only when asked with include_all_metadata. */
const shown =
  (args: Record<string, unknown>) =>
  ({ metadata, ...m }: Stored) =>
    args.include_all_metadata === true || args.include_all_metadata === 'true' ? { ...m, metadata } : m;

export async function startFakeSlack(): Promise<FakeSlack> {
  let ts = 1_700_000_000;
  const messages: Stored[] = [];
  const limited = new Set<string>();
  const refused = new Map<string, string>();
  const fake: FakeSlack = {
    url: '',
    calls: [],
    rateLimitNext: (m) => limited.add(m),
    refuseChannel: (channel, error) => refused.set(channel, error),
    posted: () => fake.calls.filter((c) => c.method === 'chat.postMessage'),
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/upload/')) {
      fake.calls.push({ method: 'upload', args: { bytes: chunks.reduce((n, c) => n + c.length, 0) } });
      return void res.writeHead(200).end('OK');
    }
    const tagged = /^\/([\w-]+)\/api\/(.*)$/.exec(path);
    const replica = tagged?.[1];
    const method = tagged ? (tagged[2] as string) : path.replace(/^\/api\//, '').replace(/^\//, '');
    const type = req.headers['content-type'] ?? '';
    const args: Record<string, unknown> = type.includes('json')
      ? JSON.parse(raw || '{}')
      : Object.fromEntries(new URLSearchParams(raw));
    for (const k of ['blocks']) if (typeof args[k] === 'string') args[k] = JSON.parse(args[k] as string);
    if (limited.delete(method)) {
      fake.calls.push({ method: `${method} (429)`, args });
      return void res
        .writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' })
        .end('{"ok":false,"error":"ratelimited"}');
    }
    const call: SlackCall = replica ? { method, args, replica } : { method, args };
    if (fake.hold?.(call)) return;
    fake.calls.push(call);
    fake.onCall?.(call);
    const refusal = refused.get(String(args.channel ?? ''));
    if (refusal && method.startsWith('chat.'))
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: refusal }));
    const reply = (body: Record<string, unknown>) => {
      if (fake.swallow?.(call)) return;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...body }));
    };
    switch (method) {
      case 'auth.test':
        return reply({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'csc-drill', team: 'Acme' });
      case 'chat.postMessage': {
        ts += 1;
        const message: Stored = {
          channel: String(args.channel),
          ts: `${ts}.000100`,
          text: String(args.text ?? ''),
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          ...(args.metadata ? { metadata: parseMaybe(args.metadata) } : {}),
        };
        messages.push(message);
        return reply({ channel: args.channel, ts: message.ts, message: { text: args.text } });
      }
      case 'conversations.replies': {
        const thread = messages.filter(
          (m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts),
        );
        return reply({
          messages: thread.map(shown(args)),
          has_more: false,
          response_metadata: { next_cursor: '' },
        });
      }
      case 'conversations.history': {
        const roots = messages.filter((m) => m.channel === args.channel && !m.thread_ts).reverse();
        return reply({ messages: roots.map(shown(args)), has_more: false });
      }
      case 'usergroups.users.list':
        return reply({ users: ['U1', 'U2', 'U3'] });
      case 'conversations.members':
        return reply({ members: ['U1', 'U2', 'UBOT'], response_metadata: { next_cursor: '' } });
      case 'conversations.open':
        return reply({ channel: { id: `D${String(args.users)}` } });
      case 'chat.postEphemeral':
        return reply({ message_ts: `${ts}.000200` });
      case 'files.getUploadURLExternal':
        return reply({ upload_url: `${fake.url.replace(/\/api\/$/, '')}/upload/F${ts}`, file_id: `F${ts}` });
      case 'files.completeUploadExternal':
        return reply({ files: [{ id: 'F1', title: 'scorecard.png' }] });
      default:
        return reply({});
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  return fake;
}
