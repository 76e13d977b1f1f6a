// Payloads shaped exactly as Discord sends them (API v10): users, guild, channels, threads,
// messages and interactions, with snowflake ids.
import { SnowflakeUtil } from 'discord.js';

export const snowflake = (): string => SnowflakeUtil.generate().toString();

export const TOKEN = 'MTAxNzAwMDAwMDAwMDAwMDAwMA.GfakeT.fake-bot-token-for-tests';
export const APP_ID = '1017000000000000000';
export const GUILD_ID = '1017000000000000001';
export const CHANNEL_ID = '1017000000000000002';
export const OTHER_CHANNEL_ID = '1017000000000000003';
export const COMMAND_ID = '1017000000000000004';

export interface DiscordUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

/** The bot's user; its id differs from the application's, as it does for older applications. */
export const BOT: DiscordUser = {
  id: '1017000000000000010',
  username: 'CSC Drill',
  global_name: null,
  discriminator: '4821',
  avatar: null,
  bot: true,
};
export const TRAINEE: DiscordUser = {
  id: '1017000000000000101',
  username: 'ada',
  global_name: 'Ada',
  discriminator: '0',
  avatar: null,
};
export const OBSERVER: DiscordUser = {
  id: '1017000000000000102',
  username: 'bob',
  global_name: 'Bob',
  discriminator: '0',
  avatar: null,
};

/** A training manager (MANAGERS=discord:<her id>). */
export const MANAGER: DiscordUser = {
  id: '1017000000000000103',
  username: 'grace',
  global_name: 'Grace',
  discriminator: '0',
  avatar: null,
};
export const CY: DiscordUser = {
  id: '1017000000000000104',
  username: 'cy',
  global_name: 'Cy',
  discriminator: '0',
  avatar: null,
};

export const PERMISSIONS = '2248473465835073';
/** VIEW_CHANNEL, as permission overwrites deny and allow it. */
export const VIEW_CHANNEL = '1024';

/** A role of the test guild: the support trainees. */
export const SUPPORT_ROLE = {
  id: '1017000000000000201',
  name: 'support-trainees',
  permissions: '0',
  position: 1,
  color: 0,
  hoist: false,
  managed: false,
  mentionable: true,
  flags: 0,
};
/** A channel only the support role (and the bot) can see: @everyone is denied VIEW_CHANNEL. */
export const PRIVATE_CHANNEL_ID = '1017000000000000005';

export const member = (user: DiscordUser, roles: string[] = []) => ({
  user,
  roles,
  joined_at: '2026-01-05T09:00:00.000000+00:00',
  premium_since: null,
  deaf: false,
  mute: false,
  flags: 0,
  pending: false,
  nick: null,
  avatar: null,
  communication_disabled_until: null,
});

export const textChannel = (id: string, name: string, permission_overwrites: unknown[] = []) => ({
  id,
  type: 0,
  guild_id: GUILD_ID,
  name,
  position: 0,
  permission_overwrites,
  topic: null,
  nsfw: false,
  last_message_id: null,
  rate_limit_per_user: 0,
  parent_id: null,
  flags: 0,
});

/** The channel object an interaction carries: threads name their parent. */
export interface ChannelRef {
  id: string;
  type: number;
  parent_id?: string | null;
  name?: string;
}

export const channelRef = (id = CHANNEL_ID): ChannelRef => ({ id, type: 0, name: 'support-training' });
/** A DM channel with the bot, as an interaction in it names it. */
export const dmRef = (id: string): ChannelRef => ({ id, type: 1 });
export const threadRef = (id: string, parent = CHANNEL_ID, type = 11): ChannelRef => ({
  id,
  type,
  parent_id: parent,
  name: 'drill',
});

/** What every interaction carries; in a DM (channel type 1) there is a `user` and no guild or member. */
const interactionBase = (user: DiscordUser, channel: ChannelRef, locale: string) => {
  const common = {
    id: snowflake(),
    application_id: APP_ID,
    token: `aW50ZXJhY3Rpb246${snowflake()}OnRva2Vu${Math.random().toString(36).slice(2)}`,
    version: 1,
    locale,
    channel_id: channel.id,
    app_permissions: PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    attachment_size_limit: 10_485_760,
  };
  if (channel.type === 1)
    return {
      ...common,
      channel: { ...channel, flags: 0, recipients: [user] },
      user,
      context: 1,
    };
  return {
    ...common,
    guild_locale: 'en-US',
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: 'en-US', features: [] },
    channel: { ...channel, guild_id: GUILD_ID, flags: 0 },
    member: { ...member(user), permissions: PERMISSIONS },
    context: 0,
  };
};

/** A user, role or channel picked in a typed option. */
export type Picked =
  | { user: DiscordUser }
  | { role: typeof SUPPORT_ROLE }
  | { channel: { id: string; name: string; type: number } };

/** Options and the `resolved` data Discord sends with them: picked users, roles and channels by id. */
function typedOptions(options: Record<string, string | boolean | Picked>, focused?: string) {
  const resolved: Record<string, Record<string, unknown>> = {};
  const put = (kind: string, id: string, value: unknown) => {
    resolved[kind] = { ...resolved[kind], [id]: value };
  };
  const list = Object.entries(options).map(([name, value]) => {
    if (typeof value === 'string')
      return { type: 3, name, value, ...(focused === name ? { focused: true } : {}) };
    if (typeof value === 'boolean') return { type: 5, name, value };
    if ('user' in value) {
      const { user, ...rest } = member(value.user);
      put('users', user.id, user);
      put('members', user.id, { ...rest, permissions: PERMISSIONS });
      return { type: 6, name, value: user.id };
    }
    if ('role' in value) {
      put('roles', value.role.id, value.role);
      return { type: 8, name, value: value.role.id };
    }
    put('channels', value.channel.id, { ...value.channel, permissions: PERMISSIONS, flags: 0 });
    return { type: 7, name, value: value.channel.id };
  });
  return { list, resolved: Object.keys(resolved).length ? resolved : undefined };
}

export interface CommandOptions {
  subcommand: string;
  options?: Record<string, string | boolean | Picked>;
  user?: DiscordUser;
  channel?: ChannelRef;
  locale?: string;
  focused?: string;
}

/** `/drill <subcommand> [options]` as an APPLICATION_COMMAND (or, with `focused`, its autocomplete). */
export function commandInteraction(o: CommandOptions) {
  const { list, resolved } = typedOptions(o.options ?? {}, o.focused);
  const channel = o.channel ?? channelRef();
  return {
    ...interactionBase(o.user ?? TRAINEE, channel, o.locale ?? 'en-US'),
    type: o.focused ? 4 : 2,
    data: {
      id: COMMAND_ID,
      name: 'drill',
      type: 1,
      ...(channel.type === 1 ? {} : { guild_id: GUILD_ID }),
      options: [{ type: 1, name: o.subcommand, options: list }],
      ...(resolved ? { resolved } : {}),
    },
  };
}

/** A click on a button (or a pick in a string select) of one of the bot's messages. */
export function componentInteraction(o: {
  customId: string;
  messageId: string;
  channel: ChannelRef;
  values?: string[];
  user?: DiscordUser;
  locale?: string;
}) {
  return {
    ...interactionBase(o.user ?? TRAINEE, o.channel, o.locale ?? 'en-US'),
    type: 3,
    message: {
      id: o.messageId,
      channel_id: o.channel.id,
      author: BOT,
      content: '',
      timestamp: new Date().toISOString(),
      type: 0,
      flags: 0,
    },
    data: o.values
      ? { custom_id: o.customId, component_type: 3, values: o.values }
      : { custom_id: o.customId, component_type: 2 },
  };
}

/** A MESSAGE_CREATE dispatch: someone wrote in a channel or thread, or (`dm`) in their DM with the bot. */
export function userMessage(o: {
  channelId: string;
  content: string;
  user?: DiscordUser;
  id?: string;
  dm?: boolean;
}) {
  const user = o.user ?? TRAINEE;
  return {
    id: o.id ?? snowflake(),
    channel_id: o.channelId,
    ...(o.dm ? {} : { guild_id: GUILD_ID, member: member(user) }),
    author: user,
    content: o.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: /@everyone|@here/.test(o.content),
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    nonce: snowflake(),
  };
}

/** READY's payload for a new session (the gateway adds session id and resume URL). */
export const readyPayload = () => ({
  v: 10,
  user: { ...BOT, verified: true, mfa_enabled: false, flags: 0 },
  guilds: [{ id: GUILD_ID, unavailable: true }],
  application: { id: APP_ID, flags: 0 },
  user_settings: {},
  relationships: [],
  private_channels: [],
  presences: [],
  guild_join_requests: [],
  geo_ordered_rtc_regions: [],
  _trace: ['fake-gateway'],
});

/** GUILD_CREATE for the test guild: its text channels and, as after a reconnect, its active threads. */
export const guildCreate = (channels: Record<string, unknown>[]) => ({
  id: GUILD_ID,
  name: 'CSC Training',
  icon: null,
  owner_id: '1017000000000000999',
  afk_channel_id: null,
  afk_timeout: 300,
  verification_level: 1,
  default_message_notifications: 1,
  explicit_content_filter: 0,
  roles: [
    {
      id: GUILD_ID,
      name: '@everyone',
      permissions: '2248473465835073',
      position: 0,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    },
    SUPPORT_ROLE,
  ],
  emojis: [],
  stickers: [],
  features: [],
  mfa_level: 0,
  application_id: null,
  system_channel_id: null,
  system_channel_flags: 0,
  rules_channel_id: null,
  vanity_url_code: null,
  description: null,
  banner: null,
  premium_tier: 0,
  preferred_locale: 'en-US',
  public_updates_channel_id: null,
  nsfw_level: 0,
  premium_progress_bar_enabled: false,
  safety_alerts_channel_id: null,
  joined_at: '2026-01-05T09:00:00.000000+00:00',
  large: false,
  unavailable: false,
  member_count: 3,
  voice_states: [],
  members: [member(BOT)],
  channels: channels.filter((c) => c.type === 0),
  threads: channels.filter((c) => c.type === 11 || c.type === 12),
  presences: [],
  stage_instances: [],
  guild_scheduled_events: [],
  soundboard_sounds: [],
});

type Json = Record<string, unknown>;

/** A message the bot posted, as the REST API returns it. */
export const botMessage = (
  channelId: string,
  body: Json,
  files: { name: string; size: number; type: string }[],
  extra: Json = {},
): Json => ({
  id: snowflake(),
  channel_id: channelId,
  author: BOT,
  content: body.content ?? '',
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [],
  mention_roles: [],
  attachments: files.map((f, i) => ({
    id: snowflake(),
    filename: f.name,
    size: f.size,
    content_type: f.type,
    description: (body.attachments as Json[] | undefined)?.[i]?.description,
    url: `https://cdn.example.test/attachments/${channelId}/${f.name}`,
    proxy_url: `https://media.example.test/attachments/${channelId}/${f.name}`,
  })),
  embeds: body.embeds ?? [],
  components: body.components ?? [],
  pinned: false,
  type: 0,
  flags: body.flags ?? 0,
  ...extra,
});

/** A thread as Discord describes it (type 11 public, 12 private). */
export const threadOf = (id: string, parent: string, name: string, type: number, archive: number): Json => ({
  id,
  type,
  guild_id: GUILD_ID,
  parent_id: parent,
  owner_id: BOT.id,
  name,
  last_message_id: null,
  rate_limit_per_user: 0,
  message_count: 0,
  member_count: 1,
  total_message_sent: 0,
  flags: 0,
  thread_metadata: {
    archived: false,
    auto_archive_duration: archive,
    archive_timestamp: new Date().toISOString(),
    locked: false,
    create_timestamp: new Date().toISOString(),
    ...(type === 12 ? { invitable: true } : {}),
  },
});
