import {
  type APIInteraction,
  type APIInteractionDataOptionBase,
  type APIInteractionDataResolved,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  type GatewayMessageCreateDispatchData,
  InteractionType,
  MessageType,
} from 'discord.js';
import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { Inbound, Mention } from '../../src/chat/contract/inbound.ts';
import type { Lang } from '../../src/csc/text.ts';
import { DIRECT, discordKeys } from './key.ts';

const THREADS: readonly ChannelType[] = [
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
];

/** What the adapter knows of a channel: threads carry their parent, so keys can name both. */
export interface ChannelInfo {
  id: string;
  type: ChannelType;
  parentId?: string | null;
}

export const isThread = (c: Pick<ChannelInfo, 'type'>) => THREADS.includes(c.type);

const keyOf = (guild: string, c: ChannelInfo) =>
  isThread(c) && c.parentId
    ? discordKeys.encode({ guild, channel: c.parentId, thread: c.id })
    : discordKeys.encode({ guild, channel: c.id });

const actor = (u: APIUser, nick?: string | null, isBot = false): ActorRef => ({
  platform: 'discord',
  user: u.id,
  name: nick ?? u.global_name ?? u.username,
  isBot: isBot || Boolean(u.bot),
});

/** A Discord locale (`zh-CN`, `en-US`, `de`) as a drill language. */
export const langOf = (locale?: string): Lang | undefined =>
  locale ? (locale.startsWith('zh') ? 'zh' : 'en') : undefined;

/** A person's message in a guild channel, a thread or a DM with the bot → a neutral message event; system messages are not. */
export function parseMessage(
  m: GatewayMessageCreateDispatchData,
  channel: ChannelInfo,
  selfId?: string,
): Inbound | undefined {
  if (m.type !== MessageType.Default && m.type !== MessageType.Reply) return undefined;
  return {
    type: 'message',
    eventId: `message:${m.id}`,
    key: keyOf(m.guild_id ?? DIRECT, channel),
    actor: actor(m.author, m.member?.nick, Boolean(m.webhook_id) || m.author.id === selfId),
    text: m.content,
    at: new Date(m.timestamp).toISOString(),
    where: isThread(channel) ? 'thread' : 'conversation',
  };
}

/** The opaque handle an interaction's private answers go through: its id and token. */
export const replyHandleOf = (i: { id: string; token: string }) => `${i.id}:${i.token}`;
export function fromReplyHandle(handle: string): { id: string; token: string } | undefined {
  const cut = handle.indexOf(':');
  return cut > 0 ? { id: handle.slice(0, cut), token: handle.slice(cut + 1) } : undefined;
}

/** A button's `custom_id` carries the neutral action id and its value. */
export const customId = (id: string, value: string) => (value ? `${id}:${value}` : id);
const fromCustomId = (custom: string) => {
  const cut = custom.indexOf(':');
  return cut < 0 ? { id: custom, value: '' } : { id: custom.slice(0, cut), value: custom.slice(cut + 1) };
};

type Option = APIInteractionDataOptionBase<ApplicationCommandOptionType, unknown> & {
  options?: Option[];
  focused?: boolean;
};

/** How a picked user, role or channel reads among the typed options: Discord's own mention syntax. */
const MENTION_SYNTAX: Partial<Record<ApplicationCommandOptionType, (id: string) => string>> = {
  [ApplicationCommandOptionType.User]: (id) => `<@${id}>`,
  [ApplicationCommandOptionType.Role]: (id) => `<@&${id}>`,
  [ApplicationCommandOptionType.Channel]: (id) => `<#${id}>`,
};
const TYPED: readonly ApplicationCommandOptionType[] = [
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Boolean,
  ...(Object.keys(MENTION_SYNTAX).map(Number) as ApplicationCommandOptionType[]),
];

/**
 * The subcommand and its typed options of a chat-input command (or its autocomplete): strings
 * and booleans as typed, a picked user, role or channel in mention syntax (`<@id>`, `<@&id>`, `<#id>`).
 */
export function subcommandOf(options: readonly Option[] | undefined) {
  const sub = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const values = (sub?.options ?? []).filter((o) => TYPED.includes(o.type));
  const text = (o: Option) => MENTION_SYNTAX[o.type]?.(String(o.value)) ?? String(o.value);
  return {
    name: sub?.name ?? 'help',
    options: Object.fromEntries(values.map((o) => [o.name, text(o)])) as Record<string, string>,
    focused: values.find((o) => o.focused && o.type === ApplicationCommandOptionType.String),
    picked: values.filter((o) => MENTION_SYNTAX[o.type]).map((o) => ({ type: o.type, id: String(o.value) })),
  };
}

/**
 * The people, roles and channels a command's options picked, from the interaction's `resolved`
 * data, each keyed by the mention syntax its option reads as. A role is a group of its guild.
 */
function mentionsOf(
  picked: ReturnType<typeof subcommandOf>['picked'],
  resolved: APIInteractionDataResolved | undefined,
  guild: string,
): Mention[] {
  return picked.flatMap(({ type, id }): Mention[] => {
    const token = MENTION_SYNTAX[type]?.(id) ?? id;
    if (type === ApplicationCommandOptionType.User) {
      const user = resolved?.users?.[id];
      return user
        ? [{ token, target: { kind: 'person', actor: actor(user, resolved?.members?.[id]?.nick) } }]
        : [];
    }
    if (type === ApplicationCommandOptionType.Role) {
      const role = resolved?.roles?.[id];
      return [{ token, target: { kind: 'group', platform: 'discord', tenant: guild, id, name: role?.name } }];
    }
    const channel = resolved?.channels?.[id];
    const parent = channel && 'parent_id' in channel ? channel.parent_id : null;
    return [
      {
        token,
        target: {
          kind: 'channel',
          key: keyOf(guild, { id, type: channel?.type ?? ChannelType.GuildText, parentId: parent }),
          name: channel?.name ?? undefined,
        },
      },
    ];
  });
}

/**
 * A slash command or a button/menu click → a neutral event keyed to where it happened (a thread's
 * key names its parent channel too); its reply handle answers privately. Pings and autocomplete
 * are answered by the transport, not the bot.
 */
export function parseInteraction(i: APIInteraction): Inbound | undefined {
  const user = i.member?.user ?? i.user;
  const channel = i.channel;
  if (!user || !channel) return undefined;
  const guild = i.guild_id ?? DIRECT;
  const base = {
    eventId: `interaction:${i.id}`,
    key: keyOf(guild, {
      id: channel.id,
      type: channel.type,
      parentId: 'parent_id' in channel ? channel.parent_id : null,
    }),
    actor: actor(user, i.member?.nick),
    lang: langOf('locale' in i ? i.locale : undefined),
    replyHandle: replyHandleOf(i),
  };
  if (i.type === InteractionType.ApplicationCommand && i.data.type === ApplicationCommandType.ChatInput) {
    const sub = subcommandOf(i.data.options as Option[] | undefined);
    const mentions = mentionsOf(sub.picked, i.data.resolved, guild);
    return {
      ...base,
      type: 'command',
      input: {
        style: 'options',
        subcommand: sub.name,
        options: sub.options,
        ...(mentions.length ? { mentions } : {}),
      },
    };
  }
  if (i.type === InteractionType.MessageComponent) {
    const { id, value } = fromCustomId(i.data.custom_id);
    const picked = i.data.component_type === ComponentType.StringSelect ? i.data.values[0] : undefined;
    return { ...base, type: 'action', actionId: id, value: picked ?? value };
  }
  return undefined;
}
