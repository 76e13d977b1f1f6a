import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { discordKeys } from '../../adapters/discord/key.ts';
import { startDiscord } from '../../adapters/discord/transport.ts';
import { routeRequests } from '../../src/app/http.ts';
import type { Inbound, InboundSink } from '../../src/chat/contract/inbound.ts';
import { createLogger } from '../../src/log.ts';
import type { WireHarness } from '../kit/contract.ts';
import { messageViolations, wouldPing } from '../support/discord-limits.ts';
import {
  APP_ID,
  BOT,
  CHANNEL_ID,
  channelRef,
  commandInteraction,
  GUILD_ID,
  snowflake,
  TOKEN,
  userMessage,
} from '../support/discord-payloads.ts';
import { PUBLIC_KEY, postInteraction } from '../support/discord-requests.ts';
import type { FakeDiscord } from '../support/fake-discord.ts';

/** Passes events on and lets the harness wait until a given delivery has reached the sink. */
class WatchedSink implements InboundSink {
  private readonly seen = new Map<string, number>();
  private waiters: { id: string; n: number; resolve: () => void }[] = [];

  constructor(private readonly downstream: InboundSink) {}

  accept(event: Inbound) {
    this.seen.set(event.eventId, (this.seen.get(event.eventId) ?? 0) + 1);
    const ready = this.waiters.filter((w) => (this.seen.get(w.id) ?? 0) >= w.n);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    const result = this.downstream.accept(event);
    for (const w of ready) w.resolve();
    return result;
  }

  /** Resolves once the n-th delivery of this event id has been handed on. */
  arrived(id: string, n: number): Promise<void> {
    if ((this.seen.get(id) ?? 0) >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ id, n, resolve }));
  }
}

/**
 * The real Discord transport (discord.js on the fake gateway and REST, plus the HTTP interactions
 * endpoint on a local port). A delivered message is a MESSAGE_CREATE frame; delivery returns 200
 * once the transport has handed the event to the sink, as a socket transport has no HTTP answer.
 */
export async function discordWireHarness(discord: FakeDiscord, sink: InboundSink): Promise<WireHarness> {
  discord.calls.length = 0;
  const watched = new WatchedSink(sink);
  const running = startDiscord(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.url,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY,
      DISCORD_THREAD_VISIBILITY: 'public',
    },
    { sink: watched, log: createLogger('silent'), defaultLang: 'en' },
  );
  await running.start?.();
  const server = createServer(routeRequests(running.routes ?? [], createLogger('silent')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
  const messageIds = new Map<string, string>();
  const channelOf = (key: string) => {
    const k = discordKeys.decode(key);
    return k.thread ?? k.channel;
  };
  const deliveries = new Map<string, number>();
  const forgedStart = () => commandInteraction({ subcommand: 'start', channel: channelRef() });
  return {
    adapter: running.channel as NonNullable<typeof running.channel>,
    codec: discordKeys as never,
    pinned: [
      {
        parts: { guild: GUILD_ID, channel: CHANNEL_ID },
        key: 'discord:MTAxNzAwMDAwMDAwMDAwMDAwMQ:MTAxNzAwMDAwMDAwMDAwMDAwMg',
      },
      {
        parts: { guild: 'G1', channel: 'C1', thread: '1017000000000000777' },
        key: 'discord:RzE:QzE:MTAxNzAwMDAwMDAwMDAwMDc3Nw',
      },
      { parts: { guild: 'G:1', channel: 'C:1' }, key: 'discord:Rzox:Qzox' },
    ],
    conversation: discordKeys.encode({ guild: GUILD_ID, channel: CHANNEL_ID }),
    deliverMessage: async (key, text, o = {}) => {
      const label = o.eventId ?? snowflake();
      const id = messageIds.get(label) ?? snowflake();
      messageIds.set(label, id);
      const n = (deliveries.get(id) ?? 0) + 1;
      deliveries.set(id, n);
      discord.gateway.dispatch(
        'MESSAGE_CREATE',
        userMessage({ id, channelId: channelOf(key), content: text }),
      );
      await watched.arrived(`message:${id}`, n);
      return 200;
    },
    deliverOwnMessage: async (key) => {
      discord.gateway.dispatch(
        'MESSAGE_CREATE',
        userMessage({ channelId: channelOf(key), content: 'mine', user: BOT }),
      );
      return 200;
    },
    deliverForged: async () => (await postInteraction(endpoint, forgedStart(), { forged: true })).status,
    deliverStale: async () =>
      (await postInteraction(endpoint, forgedStart(), { ts: Math.floor(Date.now() / 1000) - 600 })).status,
    sent: () =>
      discord.calls
        .filter(
          (c) =>
            c.status === 200 &&
            (/^\/channels\/\d+\/messages$/.test(c.route) || c.route.startsWith('/webhooks/')),
        )
        .map((c) => ({
          visibility:
            c.route.startsWith('/webhooks/') &&
            (c.route.endsWith('@original') || (Number(c.body.flags) & 64) !== 0)
              ? 'private'
              : 'shared',
          payload: { ...c.body, files: c.files.length },
        })),
    violations: (payload) =>
      messageViolations(
        payload as Record<string, unknown>,
        Number((payload as { files?: number }).files ?? 0),
      ),
    pings: (payload) => wouldPing(payload as Record<string, unknown>),
    close: async () => {
      await new Promise((r) => server.close(() => r(undefined)));
      await running.stop?.();
    },
  };
}
