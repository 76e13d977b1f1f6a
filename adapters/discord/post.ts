import { createHash } from 'node:crypto';
import {
  ChannelType,
  type Client,
  type Collection,
  DiscordAPIError,
  type Guild,
  type GuildMember,
  HTTPError,
  type Message,
  type MessageCreateOptions,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type SendableChannels,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import type { Logger } from 'pino';
import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { ChannelAdapter, PostOptions, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import { PlatformError } from '../../src/chat/contract/errors.ts';
import type { MentionTarget } from '../../src/chat/contract/inbound.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';
import type { Interactions } from './interactions.ts';
import { DIRECT, discordKeys, isDirect } from './key.ts';
import { type DiscordMessage, LIMITS, renderMessages, threadName } from './render.ts';

export const DISCORD_CAPABILITIES: Capabilities = {
  threads: 'native',
  privateNotes: 'interaction-reply',
  commands: 'slash',
  buttons: { perMessage: LIMITS.rows * LIMITS.buttonsPerRow, labelMax: LIMITS.buttonLabel },
  select: { maxOptions: LIMITS.options, labelMax: LIMITS.optionLabel },
  images: 'upload',
  maxText: LIMITS.content,
  // Opening DMs in bulk is what Discord watches for spam: one person a second.
  directPerMinute: 60,
  ackDeadlineMs: 3000,
};

/** Members per page of `GET /guilds/{id}/members` (Discord's maximum). */
const MEMBER_PAGE = 1000;

/** A REST failure as Discord names it (`Missing Permissions`, `Unknown Channel`), or the network's error code. */
export async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof PlatformError) throw err;
    if (err instanceof DiscordAPIError || err instanceof HTTPError)
      throw new PlatformError('discord', err.message.split('\n')[0] || what, { cause: err });
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') throw new PlatformError('discord', `${what}: ${code}`, { cause: err });
    throw err;
  }
}

/** A rendered message as discord.js sends it (the client adds `allowed_mentions: { parse: [] }`). */
export const sendOptions = (
  m: DiscordMessage,
): Pick<MessageCreateOptions, 'content' | 'embeds' | 'components' | 'files'> => ({
  ...(m.content !== undefined ? { content: m.content } : {}),
  ...(m.embeds ? { embeds: m.embeds } : {}),
  ...(m.components ? { components: m.components } : {}),
  ...(m.file
    ? { files: [{ attachment: m.file.data, name: m.file.name, description: m.file.description }] }
    : {}),
});

export interface DiscordChannelOptions {
  threads: 'public' | 'private';
  log: Logger;
}

/** Discord nonces are at most 25 characters: a digest of the outbox's effect id and the part. */
export const messageNonce = (marker: string, part: number): string =>
  createHash('sha256').update(`${marker}#${part}`).digest('base64url').slice(0, 25);

/** Posts neutral messages into Discord channels and threads (rate limits are queued by discord.js's REST). */

export class DiscordChannel implements ChannelAdapter {
  readonly platform = 'discord';
  readonly capabilities = DISCORD_CAPABILITIES;
  readonly keys = discordKeys;

  constructor(
    private readonly client: Client,
    private readonly interactions: Interactions,
    private readonly o: DiscordChannelOptions,
  ) {}

  private async channel(id: string): Promise<SendableChannels> {
    const channel = await call('channels.fetch', () => this.client.channels.fetch(id));
    if (!channel?.isSendable()) throw new PlatformError('discord', 'Unknown Channel');
    return channel;
  }

  /**
   * With a nonce, Discord refuses to create the same message twice within a few minutes and hands
   * back the first one: a reply replayed after a crash is not posted again.
   */
  private send(channelId: string, part: DiscordMessage, nonce?: string): Promise<Message> {
    const once = nonce ? { nonce, enforceNonce: true } : {};
    return call('messages.create', async () =>
      (await this.channel(channelId)).send({ ...sendOptions(part), ...once }),
    );
  }

  /** A private thread in the channel, with the person whose command started it (threads cannot nest). */
  private async privateThread(channelId: string, name: string): Promise<string> {
    const channel = await this.channel(channelId);
    if (channel.type !== ChannelType.GuildText)
      throw new PlatformError('discord', 'private threads need a text channel');
    const thread = await call('threads.create', () =>
      channel.threads.create({
        name,
        type: ChannelType.PrivateThread,
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      }),
    );
    const user = this.interactions.currentUser();
    if (user) await call('threads.members.add', () => thread.members.add(user));
    else this.o.log.warn({ thread: thread.id }, 'private drill thread opened with nobody to add');
    return thread.id;
  }

  /**
   * With `openThread` the first message opens the drill's thread (a public thread on it, or a
   * private thread holding it) and every later part goes into that thread.
   */
  async post(key: string, message: Outbound, options: PostOptions = {}): Promise<Sent> {
    const k = discordKeys.decode(key);
    const name = threadName(message.text);
    // A DM has no threads: a drill there runs in the DM itself.
    const openThread = options.openThread && !isDirect(k);
    let thread = openThread ? undefined : k.thread;
    if (openThread && this.o.threads === 'private') thread = await this.privateThread(k.channel, name);
    let first: string | undefined;
    for (const [i, part] of renderMessages(message).entries()) {
      const nonce = options.marker ? messageNonce(options.marker, i) : undefined;
      const sent = await this.send(thread ?? k.channel, part, nonce);
      first ??= sent.id;
      if (openThread && !thread) {
        // A replayed post Discord handed back may have opened its thread already.
        const opened =
          sent.thread ??
          (await call('threads.start', () =>
            sent.startThread({ name, autoArchiveDuration: ThreadAutoArchiveDuration.OneDay }),
          ));
        thread = opened.id;
      }
    }
    await this.interactions.pointTo(thread ?? k.channel, isDirect(k));
    return { key: discordKeys.encode({ ...k, thread }), messageId: first ?? '' };
  }

  async update(sent: Sent, message: Outbound): Promise<void> {
    const k = discordKeys.decode(sent.key);
    const [part] = renderMessages(message);
    if (!part) return;
    await call('messages.edit', async () =>
      (await this.channel(k.thread ?? k.channel)).messages.edit(sent.messageId, sendOptions(part)),
    );
  }

  /**
   * Privately through the interaction the person used; nothing else on Discord reaches one person
   * in a thread. A DM is private already: without an interaction the note goes into it.
   */
  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    if (to.replyHandle) {
      await this.interactions.tell(to.replyHandle, renderMessages(message));
      return true;
    }
    if (!isDirect(discordKeys.decode(to.key))) return false;
    await this.post(to.key, message);
    return true;
  }

  /** The person's DM channel with the bot (`POST /users/@me/channels`). */
  async openDirect(actor: ActorRef): Promise<string> {
    const dm = await call('users.createDM', () => this.client.users.createDM(actor.user));
    return discordKeys.encode({ guild: DIRECT, channel: dm.id });
  }

  /**
   * A role's members, or everyone who can see a channel (its permission overwrites applied), from
   * the guild's member list page by page — which Discord only gives with the Server Members Intent.
   */
  async members(target: Exclude<MentionTarget, { kind: 'person' }>): Promise<ActorRef[]> {
    const guildId = target.kind === 'group' ? target.tenant : discordKeys.decode(target.key).guild;
    if (!guildId || guildId === DIRECT)
      throw new PlatformError('discord', 'roles and channels belong to a server');
    const guild = await call('guilds.fetch', () => this.client.guilds.fetch(guildId));
    let visible: (m: GuildMember) => boolean;
    if (target.kind === 'group') {
      // @everyone's id is the guild's, and members do not list it among their roles.
      visible = (m) => target.id === guildId || m.roles.cache.has(target.id);
    } else {
      const k = discordKeys.decode(target.key);
      const channel = await call('channels.fetch', () => guild.channels.fetch(k.channel));
      if (!channel) throw new PlatformError('discord', 'Unknown Channel');
      visible = (m) => channel.permissionsFor(m).has(PermissionFlagsBits.ViewChannel);
    }
    const out: ActorRef[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.listMembers(guild, after);
      for (const m of page.values())
        if (visible(m))
          out.push({
            platform: 'discord',
            user: m.id,
            name: m.nickname ?? m.user.globalName ?? m.user.username,
            isBot: m.user.bot,
          });
      if (page.size < MEMBER_PAGE) return out;
      after = page.lastKey();
    }
  }

  private listMembers(guild: Guild, after?: string): Promise<Collection<string, GuildMember>> {
    return call('guild.members.list', () =>
      guild.members.list({ limit: MEMBER_PAGE, ...(after ? { after } : {}), cache: false }).catch((err) => {
        if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.MissingAccess)
          throw new PlatformError(
            'discord',
            'listing members needs the Server Members Intent (developer portal → Bot → Privileged Gateway Intents)',
            { cause: err },
          );
        throw err;
      }),
    );
  }
}
