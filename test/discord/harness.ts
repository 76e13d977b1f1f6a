import { type RunningApp, startApp } from '../support/app-harness.ts';
import {
  APP_ID,
  type ChannelRef,
  type CommandOptions,
  channelRef,
  commandInteraction,
  componentInteraction,
  type DiscordUser,
  TOKEN,
  userMessage,
} from '../support/discord-payloads.ts';
import type { FakeDiscord, RestCall } from '../support/fake-discord.ts';

export interface Bot extends RunningApp {
  /** Runs `/drill …` on the gateway and waits until its deferral and all the work it caused are done. */
  command(o: CommandOptions): Promise<{ id: string; token: string; calls: RestCall[] }>;
  /** Clicks a component of a bot message; waits like `command`. */
  click(
    o: Parameters<typeof componentInteraction>[0],
  ): Promise<{ id: string; token: string; calls: RestCall[] }>;
  /**
   * Someone writes in a channel or thread (or, with `dm`, their DM with the bot); resolves once
   * the bot has posted its answer there and is idle.
   */
  say(channelId: string, content: string, user?: DiscordUser, o?: { dm?: boolean }): Promise<RestCall[]>;
}

/** The composed app with the Discord adapter switched on, talking to the fake Discord. */
export async function startBot(
  discord: FakeDiscord,
  o: { storeUrl?: string; env?: Record<string, string> } = {},
): Promise<Bot> {
  const running = await startApp({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.url,
    STORE_URL: o.storeUrl ?? 'memory://',
    ...o.env,
  });
  const interact = async (
    i: ReturnType<typeof commandInteraction> | ReturnType<typeof componentInteraction>,
  ) => {
    const mark = discord.calls.length;
    discord.expectInteraction(i);
    discord.gateway.dispatch('INTERACTION_CREATE', i);
    await discord.waitFor((c) => c.route.startsWith(`/interactions/${i.id}/`), mark);
    await running.settle();
    return { id: i.id, token: i.token, calls: discord.calls.slice(mark) };
  };
  return {
    ...running,
    command: (c) => interact(commandInteraction(c)),
    click: (c) => interact(componentInteraction(c)),
    say: async (channelId, content, user, o = {}) => {
      const mark = discord.calls.length;
      discord.gateway.dispatch('MESSAGE_CREATE', userMessage({ channelId, content, user, dm: o.dm }));
      await discord.waitFor(
        (c) => c.method === 'POST' && c.route === `/channels/${channelId}/messages`,
        mark,
      );
      await running.settle();
      return discord.calls.slice(mark);
    },
  };
}

export const inChannel = (id?: string): ChannelRef => channelRef(id);
