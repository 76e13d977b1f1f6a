import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TeamsSettings } from '../../adapters/teams/config.ts';
import { teamsKeys } from '../../adapters/teams/key.ts';
import { messageBytes } from '../../adapters/teams/render.ts';
import { startTeams } from '../../adapters/teams/transport.ts';
import { routeRequests } from '../../src/app/http.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { configSource, parseSettings } from '../../src/config/config.ts';
import { createLogger } from '../../src/log.ts';
import type { WireHarness } from '../kit/contract.ts';
import { CHANNEL, channelMessage, ownMessage } from './activities.ts';
import { type ConnectorCall, type FakeBotFramework, TENANT } from './fake-bot-framework.ts';

/** Teams' own numbers: 80 KB advised per message (UTF-16, base64 images not counted), 6 actions, 1 MB images. */
const TEAMS = { messageBytes: 80_000, actions: 6, imageBytes: 1_000_000, cardVersion: 1.5 };

type Node = Record<string, unknown>;
const walk = (node: unknown, visit: (n: Node) => void): void => {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Node);
    for (const v of Object.values(node)) walk(v, visit);
  }
};

function violations(payload: unknown): string[] {
  const out: string[] = [];
  const bytes = messageBytes(payload);
  if (bytes > TEAMS.messageBytes) out.push(`message of ${bytes} bytes`);
  walk(payload, (n) => {
    if (n.type === 'AdaptiveCard' && Number(n.version) > TEAMS.cardVersion)
      out.push(`card version ${n.version}`);
    if (n.type === 'ActionSet' && (n.actions as unknown[]).length > TEAMS.actions)
      out.push('too many actions');
    if (n.type === 'Image' && String(n.url).length * 0.75 > TEAMS.imageBytes) out.push('image over 1 MB');
  });
  return out;
}

/** A mention entity, or an `<at>` tag Teams would render as one. */
const pings = (payload: unknown) => {
  let entity = false;
  walk(payload, (n) => {
    if (n.type === 'mention') entity = true;
  });
  return entity || /<at[\s>]/i.test(JSON.stringify(payload));
};

const visible = (c: ConnectorCall) =>
  c.op === 'createConversation' ? c.body.activity : c.op === 'sendToConversation' ? c.body : undefined;

/** The real Teams transport (CloudAdapter) on a local port, against the fake Bot Framework. */
export async function teamsWireHarness(
  fake: FakeBotFramework,
  sink: InboundSink,
): Promise<WireHarness & { endpoint: string }> {
  fake.calls.length = 0;
  const running = startTeams(
    parseSettings(TeamsSettings, configSource(fake.env)),
    sink,
    createLogger('silent'),
  );
  const server = createServer(routeRequests(running.routes ?? [], createLogger('silent')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  const send = async (activity: Record<string, unknown>, token: string) =>
    (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
      })
    ).status;
  const rootOf = (key: string) => teamsKeys.decode(key).conversation.split(';messageid=')[1];
  const now = () => Math.floor(Date.now() / 1000);
  return {
    endpoint: url,
    adapter: running.channel as NonNullable<typeof running.channel>,
    codec: teamsKeys as never,
    pinned: [
      {
        parts: {
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          tenant: TENANT,
          type: 'channel',
          conversation: '19:7f1d2c3b@thread.tacv2',
        },
        key: 'teams:aHR0cHM6Ly9zbWJhLnRyYWZmaWNtYW5hZ2VyLm5ldC9lbWVhLw:NzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3:Y2hhbm5lbA:MTk6N2YxZDJjM2JAdGhyZWFkLnRhY3Yy',
      },
      {
        parts: {
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          tenant: TENANT,
          type: 'channel',
          conversation: '19:7f1d2c3b@thread.tacv2;messageid=1712000000001',
        },
        key: 'teams:aHR0cHM6Ly9zbWJhLnRyYWZmaWNtYW5hZ2VyLm5ldC9lbWVhLw:NzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3:Y2hhbm5lbA:MTk6N2YxZDJjM2JAdGhyZWFkLnRhY3YyO21lc3NhZ2VpZD0xNzEyMDAwMDAwMDAx',
      },
      {
        parts: {
          serviceUrl: 'https://smba.infra.gcc.teams.microsoft.com/',
          tenant: TENANT,
          type: 'personal',
          conversation: 'a:1Zp9sQ2xKm4',
        },
        key: 'teams:aHR0cHM6Ly9zbWJhLmluZnJhLmdjYy50ZWFtcy5taWNyb3NvZnQuY29tLw:NzJmOTg4YmYtODZmMS00MWFmLTkxYWItMmQ3Y2QwMTFkYjQ3:cGVyc29uYWw:YToxWnA5c1EyeEttNA',
      },
    ],
    conversation: teamsKeys.encode({
      serviceUrl: fake.serviceUrl,
      tenant: TENANT,
      type: 'channel',
      conversation: CHANNEL,
    }),
    deliverMessage: (key, text, o = {}) =>
      send(
        channelMessage(fake.serviceUrl, {
          text,
          chain: rootOf(key),
          ...(o.eventId ? { id: o.eventId } : {}),
        }),
        fake.token(),
      ),
    deliverOwnMessage: (key) =>
      send(ownMessage(fake.serviceUrl, teamsKeys.decode(key).conversation), fake.token()),
    deliverForged: (key) =>
      send(
        channelMessage(fake.serviceUrl, { text: 'forged', chain: rootOf(key) }),
        fake.token({}, { forged: true }),
      ),
    deliverStale: (key) =>
      send(
        channelMessage(fake.serviceUrl, { text: 'stale', chain: rootOf(key) }),
        fake.token({ nbf: now() - 7200, exp: now() - 3600 }),
      ),
    sent: () =>
      fake.calls
        .map((c) => ({ c, payload: visible(c) as Node | undefined }))
        .filter(({ payload }) => payload?.type === 'message')
        .map(({ c, payload }) => ({
          visibility: c.conversation?.startsWith('a:') ? 'private' : 'shared',
          payload,
        })),
    violations,
    pings,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
