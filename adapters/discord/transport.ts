import { once } from 'node:events';
import {
  type APIInteraction,
  type APIInteractionResponse,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type GatewayMessageCreateDispatchData,
  InteractionResponseType,
  InteractionType,
  InteractionWebhook,
  MessageFlags,
  Options,
  Routes,
} from 'discord.js';
import type { Logger } from 'pino';
import type { RunningAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { ConfigError } from '../../src/config/config.ts';
import type { Lang } from '../../src/csc/text.ts';
import type { DiscordSettings } from './config.ts';
import { type InteractionReplies, Interactions } from './interactions.ts';
import { type ChannelInfo, langOf, parseInteraction, parseMessage, subcommandOf } from './parse.ts';
import { call, DiscordChannel, sendOptions } from './post.ts';
import { interactionsRoute } from './verify.ts';

export type Choices = (
  option: string,
  typed: string,
  lang: Lang,
  subcommand: string,
) => { name: string; value: string }[];

export interface DiscordContext {
  sink: InboundSink;
  log: Logger;
  defaultLang: Lang;
  /** Autocomplete for `/drill start` options. */
  choices?: Choices;
}

const DEFERRED: APIInteractionResponse = {
  type: InteractionResponseType.DeferredChannelMessageWithSource,
  data: { flags: MessageFlags.Ephemeral },
};

/** The two ways a fresh setup fails to log in, said so that the fix is plain; anything else as it came. */
function loginFailure(err: unknown): unknown {
  if ((err as { code?: string }).code === 'TokenInvalid')
    return new ConfigError(
      'DISCORD_TOKEN: Discord refused the token; copy a new one from the developer portal (Bot → Reset Token)',
    );
  if ((err as Error).message === 'Used disallowed intents')
    return new ConfigError(
      'Discord refused the Message Content intent: switch on "Message Content Intent" in the developer portal (Bot → Privileged Gateway Intents)',
    );
  return err;
}

/**
 * Discord on discord.js: the gateway client (Guilds, GuildMessages, MessageContent, DirectMessages) delivers
 * messages and interactions; the optional `/discord/interactions` webhook takes interactions over
 * HTTP. Raw gateway payloads are parsed like webhook ones, so both transports share one parser,
 * and a redelivered message reaches the store-backed dedupe instead of discord.js's cache.
 */
export function startDiscord(s: DiscordSettings, ctx: DiscordContext): RunningAdapter {
  const { sink, log } = ctx;
  const client = new Client({
    // DirectMessages: assigned drills run in the bot's DMs (DM content needs no privileged intent).
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    allowedMentions: { parse: [] },
    rest: s.DISCORD_API_URL ? { api: s.DISCORD_API_URL } : {},
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  const appId = s.DISCORD_APPLICATION_ID as string;
  const webhook = (token: string) => new InteractionWebhook(client as Client<true>, appId, token);
  const callback = (i: { id: string; token: string }, body: APIInteractionResponse) =>
    call('interaction.callback', () =>
      client.rest.post(Routes.interactionCallback(i.id, i.token), { body, auth: false }),
    );
  const replies: InteractionReplies = {
    editOriginal: async (token, m) =>
      void (await call('interaction.edit', () => webhook(token).editMessage('@original', sendOptions(m)))),
    followUp: async (token, m) =>
      void (await call('interaction.followUp', () =>
        webhook(token).send({ ...sendOptions(m), flags: MessageFlags.Ephemeral }),
      )),
  };
  const interactions = new Interactions(replies, log, ctx.defaultLang);
  const channel = new DiscordChannel(client, interactions, { threads: s.DISCORD_THREAD_VISIBILITY, log });

  const autocomplete = (i: APIInteraction): APIInteractionResponse => {
    const data = i.data as { options?: Parameters<typeof subcommandOf>[0] } | undefined;
    const sub = subcommandOf(data?.options);
    const focused = sub.focused;
    const lang = langOf('locale' in i ? i.locale : undefined) ?? ctx.defaultLang;
    const choices =
      focused && ctx.choices ? ctx.choices(focused.name, String(focused.value), lang, sub.name) : [];
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
  };

  /** One interaction from either transport; `answer` sends the initial response (REST or HTTP body). */
  async function onInteraction(
    i: APIInteraction,
    answer: (body: APIInteractionResponse) => Promise<void>,
    overHttp: boolean,
  ): Promise<void> {
    if (i.type === InteractionType.Ping) return answer({ type: InteractionResponseType.Pong });
    if (i.type === InteractionType.ApplicationCommandAutocomplete) return answer(autocomplete(i));
    const event = parseInteraction(i);
    if (!event) {
      log.debug({ type: i.type }, 'discord interaction not handled');
      return overHttp ? answer(DEFERRED) : undefined;
    }
    await interactions.receive(event, i, sink, () => answer(DEFERRED), overHttp);
  }

  async function channelInfo(id: string): Promise<ChannelInfo> {
    const c = client.channels.cache.get(id) ?? (await client.channels.fetch(id).catch(() => null));
    if (!c) throw new Error(`channel ${id} is unknown to the bot`);
    return { id, type: c.type, parentId: 'parentId' in c ? c.parentId : null };
  }

  async function onMessage(m: GatewayMessageCreateDispatchData): Promise<void> {
    if (m.author.bot || m.author.id === client.user?.id) return;
    const e = parseMessage(m, await channelInfo(m.channel_id), client.user?.id);
    if (e) await interactions.outside(() => sink.accept(e));
  }

  const failed = (what: string) => (err: unknown) => log.error({ err }, `discord ${what} failed`);
  client.ws.on(GatewayDispatchEvents.MessageCreate, (m: GatewayMessageCreateDispatchData) => {
    onMessage(m).catch(failed('message'));
  });
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (i: APIInteraction) => {
    onInteraction(i, (body) => callback(i, body).then(() => undefined), false).catch(failed('interaction'));
  });
  client.on(Events.Error, failed('client'));
  let stopping = false;
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info({ shard }, 'discord gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, 'discord gateway resumed'),
  );

  const publicKey = s.DISCORD_PUBLIC_KEY;
  return {
    channel,
    routes: publicKey
      ? [interactionsRoute(publicKey, log, (i, answer) => onInteraction(i, answer, true))]
      : undefined,
    selfId: () => client.user?.id,
    start: async () => {
      const abort = new AbortController();
      const ready = once(client, Events.ClientReady, { signal: abort.signal });
      ready.catch(() => {});
      try {
        await client.login(s.DISCORD_TOKEN);
        await ready;
      } catch (err) {
        await client.destroy();
        throw loginFailure(err);
      } finally {
        abort.abort();
      }
    },
    stop: async () => {
      stopping = true;
      await client.destroy();
    },
    describe: (baseUrl) =>
      `connected as ${client.user?.tag ?? '?'} (gateway)${publicKey ? `; interactions at ${baseUrl}/discord/interactions` : ''}`,
  };
}
