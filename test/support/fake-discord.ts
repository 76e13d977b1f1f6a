// A local stand-in for Discord (DISCORD_API_URL points at its /api): the REST API the adapter
// uses, validating bodies as Discord does, plus the gateway WebSocket (fake-discord-gateway.ts).
// Messages the bot posts are echoed on the gateway, threads it opens are announced there and
// listed in GUILD_CREATE after a reconnect, as Discord does.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageViolations } from './discord-limits.ts';
import {
  APP_ID,
  BOT,
  botMessage,
  CHANNEL_ID,
  CY,
  GUILD_ID,
  guildCreate,
  MANAGER,
  member,
  OBSERVER,
  OTHER_CHANNEL_ID,
  PRIVATE_CHANNEL_ID,
  readyPayload,
  SUPPORT_ROLE,
  snowflake,
  TOKEN,
  TRAINEE,
  textChannel,
  threadOf,
  VIEW_CHANNEL,
} from './discord-payloads.ts';
import { FakeGateway } from './fake-discord-gateway.ts';

type Json = Record<string, unknown>;

export interface RestCall {
  method: string;
  /** The path after `/api/v10`. */
  route: string;
  query: URLSearchParams;
  body: Json;
  files: { name: string; size: number; type: string }[];
  status: number;
  /** What the fake answered. */
  response?: unknown;
}

interface InteractionState {
  token: string;
  acked?: { type: number; flags: number };
  original?: Json;
}

export interface FakeDiscord {
  /** DISCORD_API_URL: the REST base, ending in /api. */
  url: string;
  gateway: FakeGateway;
  calls: RestCall[];
  channels: Map<string, Json>;
  /** Resolves with the first call from index `from` on that matches. */
  waitFor(match: (c: RestCall) => boolean, from?: number): Promise<RestCall>;
  /** Registers an interaction Discord is about to deliver, so its callback and follow-ups are accepted. */
  expectInteraction(i: { id: string; token: string }): void;
  /** Records an HTTP endpoint's answer to an interaction as Discord does: it becomes the interaction's callback. */
  answeredOverHttp(id: string, response: { type: number; data?: { flags?: number } }): void;
  /** The bot loses the right to post in this channel (403 Missing Permissions). */
  deny(channelId: string): void;
  /** Answers the next call whose route matches with 429 (retry after `seconds`). */
  rateLimitNext(route: RegExp, seconds?: number): void;
  /** Every message posted into a channel or thread (not ephemeral answers). */
  posted(channelId?: string): RestCall[];
  /** The guild's members (the bot among them), by user id: what `GET /guilds/{id}/members` lists. */
  members: Map<string, Json>;
  /** Whether the application has the Server Members Intent on (without it listing members is refused). */
  membersIntent: boolean;
  /** The DM channel the bot opened with a user, if any. */
  dmWith(userId: string): string | undefined;
  close(): Promise<void>;
}

const ROUTES = {
  gateway: /^\/gateway\/bot$/,
  me: /^\/users\/@me$/,
  channel: /^\/channels\/(\d+)$/,
  messages: /^\/channels\/(\d+)\/messages$/,
  message: /^\/channels\/(\d+)\/messages\/(\d+)$/,
  threadFromMessage: /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
  threads: /^\/channels\/(\d+)\/threads$/,
  threadMember: /^\/channels\/(\d+)\/thread-members\/(\d+)$/,
  callback: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
  webhook: /^\/webhooks\/(\d+)\/([^/]+)$/,
  original: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
  commands: /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/,
  dms: /^\/users\/@me\/channels$/,
  members: /^\/guilds\/(\d+)\/members$/,
};

async function readBody(req: IncomingMessage): Promise<{ body: Json; files: RestCall['files'] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const files: RestCall['files'] = [];
    form.forEach((value, name) => {
      if (name.startsWith('files[') && typeof value !== 'string')
        files.push({ name: value.name, size: value.size, type: value.type });
    });
    return { body: JSON.parse(String(form.get('payload_json') ?? '{}')) as Json, files };
  }
  return { body: raw.length ? (JSON.parse(raw.toString('utf8')) as Json) : {}, files: [] };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const events = new EventEmitter();
  const calls: RestCall[] = [];
  const byNonce = new Map<string, unknown>();
  const channels = new Map<string, Json>([
    [CHANNEL_ID, textChannel(CHANNEL_ID, 'support-training')],
    [OTHER_CHANNEL_ID, textChannel(OTHER_CHANNEL_ID, 'cohort-2')],
    [
      PRIVATE_CHANNEL_ID,
      textChannel(PRIVATE_CHANNEL_ID, 'trainees-only', [
        { id: GUILD_ID, type: 0, allow: '0', deny: VIEW_CHANNEL },
        { id: SUPPORT_ROLE.id, type: 0, allow: VIEW_CHANNEL, deny: '0' },
        { id: BOT.id, type: 1, allow: VIEW_CHANNEL, deny: '0' },
      ]),
    ],
  ]);
  const members = new Map<string, Json>(
    [BOT, TRAINEE, OBSERVER, MANAGER, CY].map((u) => [
      u.id,
      member(u, u === TRAINEE || u === CY ? [SUPPORT_ROLE.id] : []),
    ]),
  );
  const dms = new Map<string, string>();
  const state = { membersIntent: true };
  const isDm = (channelId: string) => channels.get(channelId)?.type === 1;
  const interactions = new Map<string, InteractionState>();
  const limited: { route: RegExp; seconds: number }[] = [];
  const commands = new Map<string, Json[]>();
  const denied = new Set<string>();

  const gateway = new FakeGateway({
    token: TOKEN,
    ready: readyPayload,
    guilds: () => [guildCreate([...channels.values()])],
  });

  type Reply = [status: number, body?: unknown];
  const error = (status: number, code: number, message: string): Reply => [status, { message, code }];

  const invalid = (body: Json, files: number): Reply | undefined => {
    const problems = messageViolations(body, files);
    return problems.length ? error(400, 50035, `Invalid Form Body: ${problems.join('; ')}`) : undefined;
  };
  const byToken = (token: string) => [...interactions.values()].find((i) => i.token === token);
  const openThread = (id: string, parent: string, body: Json, type: number): Reply => {
    const thread = threadOf(id, parent, String(body.name), type, Number(body.auto_archive_duration ?? 4320));
    channels.set(id, thread);
    gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return [201, thread];
  };

  type Handler = (m: RegExpMatchArray, body: Json, files: RestCall['files'], query: URLSearchParams) => Reply;
  const handlers: [method: string, route: RegExp, handler: Handler][] = [
    [
      'GET',
      ROUTES.gateway,
      () => [
        200,
        {
          url: gateway.url,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      ],
    ],
    ['GET', ROUTES.me, () => [200, BOT]],
    [
      'GET',
      ROUTES.channel,
      ([, id]) => {
        const channel = channels.get(id as string);
        return channel ? [200, channel] : error(404, 10003, 'Unknown Channel');
      },
    ],
    [
      'POST',
      ROUTES.messages,
      ([, id], body, files) => {
        const channel = channels.get(id as string);
        if (!channel) return error(404, 10003, 'Unknown Channel');
        if (denied.has(id as string)) return error(403, 50013, 'Missing Permissions');
        const bad = invalid(body, files.length);
        if (bad) return bad;
        // As Discord does with enforce_nonce: the same nonce again returns the first message, creates nothing.
        const nonce = typeof body.nonce === 'string' ? `${id}:${body.nonce}` : undefined;
        const earlier = nonce && body.enforce_nonce === true ? byNonce.get(nonce) : undefined;
        if (earlier) return [200, earlier];
        const message = botMessage(id as string, body, files);
        if (nonce) byNonce.set(nonce, message);
        gateway.dispatch(
          'MESSAGE_CREATE',
          isDm(id as string) ? message : { ...message, guild_id: GUILD_ID, member: member(BOT) },
        );
        return [200, message];
      },
    ],
    [
      'PATCH',
      ROUTES.message,
      ([, channel, id], body, files) => [200, botMessage(channel as string, body, files, { id })],
    ],
    [
      'POST',
      ROUTES.threadFromMessage,
      ([, parent, message], body) => openThread(message as string, parent as string, body, 11),
    ],
    [
      'POST',
      ROUTES.threads,
      ([, parent], body) => openThread(snowflake(), parent as string, body, Number(body.type ?? 12)),
    ],
    [
      'PUT',
      ROUTES.threadMember,
      ([, id]) => (channels.has(id as string) ? [204] : error(404, 10003, 'Unknown Channel')),
    ],
    [
      'POST',
      ROUTES.callback,
      ([, id, token], body) => {
        const i = interactions.get(id as string);
        if (!i || i.token !== token) return error(404, 10062, 'Unknown interaction');
        if (i.acked) return error(400, 40060, 'Interaction has already been acknowledged.');
        const data = (body.data as Json | undefined) ?? {};
        i.acked = { type: Number(body.type), flags: Number(data.flags ?? 0) };
        if (i.acked.type === 5)
          i.original = botMessage(CHANNEL_ID, { content: '', flags: i.acked.flags }, []);
        return [204];
      },
    ],
    [
      'DELETE',
      ROUTES.original,
      ([, , token]) => (byToken(token as string)?.original ? [204] : error(404, 10008, 'Unknown Message')),
    ],
    [
      'PATCH',
      ROUTES.original,
      ([, app, token], body, files) => {
        const i = byToken(token as string);
        if (!i?.original || app !== APP_ID) return error(404, 10008, 'Unknown Message');
        const bad = invalid({ ...i.original, ...body }, files.length);
        if (bad) return bad;
        i.original = { ...i.original, ...body };
        return [200, i.original];
      },
    ],
    [
      'POST',
      ROUTES.webhook,
      ([, app, token], body, files) => {
        if (!byToken(token as string)?.acked || app !== APP_ID) return error(404, 10015, 'Unknown Webhook');
        return (
          invalid(body, files.length) ?? [200, botMessage(CHANNEL_ID, body, files, { webhook_id: APP_ID })]
        );
      },
    ],
    [
      'POST',
      ROUTES.dms,
      (_, body) => {
        const recipient = String(body.recipient_id);
        const user = (members.get(recipient)?.user as Json | undefined) ?? undefined;
        if (!user) return error(400, 50035, 'Invalid Form Body: recipient_id: Unknown User');
        const id = dms.get(recipient) ?? snowflake();
        dms.set(recipient, id);
        const dm = { id, type: 1, last_message_id: null, flags: 0, recipients: [user] };
        channels.set(id, dm);
        return [200, dm];
      },
    ],
    [
      'GET',
      ROUTES.members,
      ([, guild], _body, _files, query) => {
        if (guild !== GUILD_ID) return error(404, 10004, 'Unknown Guild');
        if (!state.membersIntent) return error(403, 50001, 'Missing Access');
        const limit = Math.min(1000, Number(query.get('limit') ?? 1));
        const after = BigInt(query.get('after') ?? 0);
        const page = [...members.values()]
          .filter((m) => BigInt((m.user as Json).id as string) > after)
          .sort((a, b) =>
            BigInt((a.user as Json).id as string) < BigInt((b.user as Json).id as string) ? -1 : 1,
          )
          .slice(0, limit);
        return [200, page];
      },
    ],
    [
      'GET',
      ROUTES.commands,
      ([, app, guild]) =>
        app === APP_ID ? [200, commands.get(guild ?? 'global') ?? []] : error(403, 50001, 'Missing Access'),
    ],
    [
      'PUT',
      ROUTES.commands,
      ([, app, guild], body) => {
        if (app !== APP_ID) return error(403, 50001, 'Missing Access');
        const list = (body as unknown as Json[]).map((c) => ({
          id: snowflake(),
          application_id: APP_ID,
          version: snowflake(),
          ...(guild ? { guild_id: guild } : {}),
          default_member_permissions: null,
          type: 1,
          nsfw: false,
          ...c,
        }));
        commands.set(guild ?? 'global', list);
        return [200, list];
      },
    ],
  ];

  function route(
    method: string,
    path: string,
    body: Json,
    files: RestCall['files'],
    query: URLSearchParams,
    auth?: string,
  ): Reply {
    const bot = auth === `Bot ${TOKEN}`;
    const needsBot = !ROUTES.callback.test(path) && !ROUTES.webhook.test(path) && !ROUTES.original.test(path);
    if (needsBot && !bot) return error(401, 0, '401: Unauthorized');
    for (const [verb, pattern, handler] of handlers) {
      const m = verb === method ? path.match(pattern) : null;
      if (m) return handler(m, body, files, query);
    }
    return error(404, 0, '404: Not Found');
  }

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const { body, files } = await readBody(req);
    const call: RestCall = {
      method: req.method ?? 'GET',
      route: path,
      query: url.searchParams,
      body,
      files,
      status: 0,
    };
    const limit = limited.findIndex((l) => l.route.test(path));
    let reply: Reply;
    if (limit >= 0) {
      const seconds = limited.splice(limit, 1)[0]?.seconds ?? 0;
      reply = [429, { message: 'You are being rate limited.', retry_after: seconds, global: false }];
      res.setHeader('retry-after', String(Math.ceil(seconds)));
      res.setHeader('x-ratelimit-scope', 'user');
    } else reply = route(call.method, path, body, files, url.searchParams, req.headers.authorization);
    call.status = reply[0];
    call.response = reply[1];
    calls.push(call);
    events.emit('call', call);
    if (reply[1] === undefined) res.writeHead(reply[0]).end();
    else res.writeHead(reply[0], { 'content-type': 'application/json' }).end(JSON.stringify(reply[1]));
  };

  const server: Server = createServer((req, res) => void handler(req, res));
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://fake').pathname === '/gateway') gateway.upgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  gateway.url = `ws://127.0.0.1:${port}/gateway`;

  return {
    url: `http://127.0.0.1:${port}/api`,
    gateway,
    calls,
    channels,
    waitFor: (match, from = 0) => {
      const found = calls.slice(from).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const listener = (c: RestCall) => {
          if (!match(c)) return;
          events.off('call', listener);
          resolve(c);
        };
        events.on('call', listener);
      });
    },
    deny: (id) => void denied.add(id),
    answeredOverHttp: (id, response) => {
      const i = interactions.get(id);
      if (!i) throw new Error(`interaction ${id} was not expected`);
      i.acked = { type: response.type, flags: response.data?.flags ?? 0 };
      if (response.type === 5) i.original = botMessage(CHANNEL_ID, { content: '', flags: i.acked.flags }, []);
    },
    expectInteraction: (i) => void interactions.set(i.id, { token: i.token }),
    rateLimitNext: (route, seconds = 0.05) => void limited.push({ route, seconds }),
    members,
    get membersIntent() {
      return state.membersIntent;
    },
    set membersIntent(on: boolean) {
      state.membersIntent = on;
    },
    dmWith: (userId) => dms.get(userId),
    posted: (channelId) =>
      calls.filter(
        (c) =>
          c.method === 'POST' &&
          c.status === 200 &&
          ROUTES.messages.test(c.route) &&
          (!channelId || c.route === `/channels/${channelId}/messages`),
      ),
    close: async () => {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
