// Activities shaped as Teams sends them to a bot (msteams channel, Bot Framework v3 schema).
import { APP_ID, TENANT } from './fake-bot-framework.ts';

export const BOT = { id: `28:${APP_ID}`, name: 'CSC Drill' };
export const TEAM = '19:2b8e3d1f0c9a4e7b8d6f5a4c3b2a1908@thread.tacv2';
export const CHANNEL = '19:7f1d2c3b4a5e4f6a8b9c0d1e2f3a4b5c@thread.tacv2';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}
export const ADA: TeamsUser = {
  id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc',
  name: 'Ada Lovelace',
  aadObjectId: 'bd3a0b4c-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
};
export const BOB: TeamsUser = {
  id: '29:1Yc7kqQ3n4H0xJj8pLm2sT6vW9zA1bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9',
  name: 'Bob Marley',
  aadObjectId: 'c4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70',
};

/** A training manager (MANAGERS=teams:<tenant>:<her Entra object id>). */
export const GRACE: TeamsUser = {
  id: '29:1Qh2Vd8sKx4mT7nB0pLc3yF6wZ9aE2rG5jU8iO1kN4qS7vX0bM3dH6fJ9lP2tW5yA8cE1gI4kM7oQ0sU3wY6',
  name: 'Grace Hopper',
  aadObjectId: 'e7a1c3d5-f9b2-4d6e-8a0c-1b3d5f7a9c2e',
};

/** How Teams writes a mention of a person into an activity: `<at>` text and an entity with their `29:` id only. */
export const mentionOf = (user: Pick<TeamsUser, 'id' | 'name'>) => ({
  type: 'mention',
  text: `<at>${user.name}</at>`,
  mentioned: { id: user.id, name: user.name },
});

/** A mention of a channel (or a team, by its General channel): the conversation id stands for it. */
export const channelMentionOf = (id: string, name: string) => ({
  type: 'mention',
  text: `<at>${name}</at>`,
  mentioned: { id, name },
});

let seq = 1_712_000_000_000;
export const nextId = () => String(++seq);

const channelData = (extra: Record<string, unknown> = {}) => ({
  teamsChannelId: CHANNEL,
  teamsTeamId: TEAM,
  channel: { id: CHANNEL },
  team: { id: TEAM },
  tenant: { id: TENANT },
  ...extra,
});

function base(serviceUrl: string, user: TeamsUser, id = nextId()) {
  return {
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    locale: 'en-US',
  };
}

const mention = { mentioned: BOT, text: `<at>${BOT.name}</at>`, type: 'mention' };
const clientInfo = {
  locale: 'en-US',
  country: 'US',
  platform: 'Web',
  timezone: 'Europe/London',
  type: 'clientInfo',
};

/**
 * A message in a channel. At the top level (no `chain`) it is the root of a new reply chain, so its
 * conversation id carries its own id; in a chain it carries the chain's root. `mention` puts the
 * bot's `<at>` tag first with its mention entity.
 */
export function channelMessage(
  serviceUrl: string,
  o: {
    text: string;
    user?: TeamsUser;
    chain?: string;
    mention?: boolean;
    id?: string;
    /** More mention entities (other people, channels), whose `<at>` text `text` already holds. */
    mentions?: Record<string, unknown>[];
  },
) {
  const id = o.id ?? nextId();
  const root = o.chain ?? id;
  const text = o.mention ? `<at>${BOT.name}</at> ${o.text}` : o.text;
  return {
    ...base(serviceUrl, o.user ?? ADA, id),
    type: 'message',
    textFormat: 'plain',
    text,
    ...(o.chain ? { replyToId: o.chain } : {}),
    attachments: [{ contentType: 'text/html', content: `<p>${text}</p>` }],
    entities: [...(o.mention ? [mention] : []), ...(o.mentions ?? []), clientInfo],
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      tenantId: TENANT,
      id: `${CHANNEL};messageid=${root}`,
    },
    channelData: channelData(),
  };
}

/** The personal (1:1) chat id Teams gives a user and this bot. */
export const personalChat = (user: TeamsUser) => `a:1${user.aadObjectId.replace(/-/g, '')}Zp9sQ2xKm4`;

/** A message in the user's 1:1 chat with the bot (`conversation`: the id the bot got when it opened the chat). */
export function personalMessage(
  serviceUrl: string,
  o: { text: string; user?: TeamsUser; conversation?: string; mentions?: Record<string, unknown>[] },
) {
  const user = o.user ?? ADA;
  return {
    ...base(serviceUrl, user),
    type: 'message',
    textFormat: 'plain',
    text: o.text,
    entities: [...(o.mentions ?? []), clientInfo],
    conversation: {
      conversationType: 'personal',
      tenantId: TENANT,
      id: o.conversation ?? personalChat(user),
    },
    channelData: { tenant: { id: TENANT } },
  };
}

export const GROUP_CHAT = '19:meeting_NjY1ZDRhOTMtYzQ3Ni00ZDM5LWE0M2QtOGE0MGQ2ZGZhZmNj@thread.v2';

/** A message in a group chat; the bot hears it when mentioned (or with the chat's message permission). */
export function groupMessage(serviceUrl: string, o: { text: string; user?: TeamsUser; mention?: boolean }) {
  const text = o.mention ? `<at>${BOT.name}</at> ${o.text}` : o.text;
  return {
    ...base(serviceUrl, o.user ?? ADA),
    type: 'message',
    textFormat: 'plain',
    text,
    entities: o.mention ? [mention, clientInfo] : [clientInfo],
    conversation: { isGroup: true, conversationType: 'groupChat', tenantId: TENANT, id: GROUP_CHAT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** A click on an Action.Submit button: a message activity whose `value` is the button's data, replying to the card. */
export function submit(
  serviceUrl: string,
  o: { data: Record<string, unknown>; conversation: string; card: string; user?: TeamsUser; type?: string },
) {
  return {
    ...base(serviceUrl, o.user ?? ADA),
    type: 'message',
    replyToId: o.card,
    value: o.data,
    entities: [clientInfo],
    conversation: {
      isGroup: o.type !== 'personal',
      conversationType: o.type ?? 'channel',
      tenantId: TENANT,
      id: o.conversation,
    },
    channelData:
      o.type === 'personal' ? { tenant: { id: TENANT }, source: { name: 'message' } } : channelData(),
  };
}

/** The same click from a card using Universal Actions: an `adaptiveCard/action` invoke. */
export function executeAction(
  serviceUrl: string,
  o: { data: Record<string, unknown>; conversation: string; card: string; user?: TeamsUser },
) {
  return {
    ...base(serviceUrl, o.user ?? ADA, `f:${nextId()}`),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: o.card,
    value: { action: { type: 'Action.Execute', verb: String(o.data.csc), data: o.data }, trigger: 'manual' },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: o.conversation },
    channelData: channelData({ source: { name: 'message' } }),
  };
}

/** The bot installed in a team: a conversationUpdate in the General channel with the bot among the members added. */
export function installedInTeam(serviceUrl: string, user: TeamsUser = ADA) {
  return {
    ...base(serviceUrl, user, `f:${nextId()}`),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: TEAM },
    channelData: {
      team: { id: TEAM, name: 'Support Academy', aadGroupId: '8f6b2d4e-1a3c-4e5f-9b7d-0c2e4a6b8d0f' },
      eventType: 'teamMemberAdded',
      tenant: { id: TENANT },
    },
  };
}

/** The bot's own message as Teams would echo it. */
export function ownMessage(serviceUrl: string, conversation: string) {
  return {
    id: nextId(),
    type: 'message',
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: BOT,
    recipient: BOT,
    text: 'mine',
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: conversation },
    channelData: channelData(),
  };
}
