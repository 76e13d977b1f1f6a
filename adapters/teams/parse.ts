import { type Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { Inbound, Mention } from '../../src/chat/contract/inbound.ts';
import type { Lang } from '../../src/csc/text.ts';
import { type ConversationType, chainRootOf, channelOf, teamsKeys } from './key.ts';

const Account = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
  role: z.string().optional(),
});

/** The parts of a Bot Framework activity this adapter reads; everything else passes through to the SDK. */
export const InboundActivity = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  name: z.string().optional(),
  timestamp: z.string().optional(),
  locale: z.string().optional(),
  serviceUrl: z.url(),
  channelId: z.string().min(1),
  from: Account,
  recipient: Account,
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().optional(),
  value: z.unknown().optional(),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
  membersAdded: z.array(Account).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string() }).optional() }).optional(),
});
export type InboundActivity = z.infer<typeof InboundActivity>;

/** What an Action.Submit on our cards carries (`csc` names the action); Action.Execute nests it in `action.data`. */
const SubmitData = z.looseObject({
  csc: z.string().regex(/^drill_[\w-]+$/),
  value: z.string().optional(),
  origin: z.string().optional(),
});
const ExecuteValue = z.looseObject({ action: z.looseObject({ data: SubmitData }) });

/** A command typed without a mention (1:1 chats, replies in a chain): a subcommand alone, or `start` with up to four plain words. */
const COMMAND = /^(?:start(?:\s+[a-z0-9][\w-]*){0,4}|end|hint|status|list|help)$/i;

/**
 * Coaching commands typed without a mention, in the shapes they take (`@` stands for a mention of
 * someone): narrow enough that a trainee's reply in a drill ("Report it to the police") stays a reply.
 */
const WORD = '[a-z0-9][\\w-]*';
const TARGET = `(?:@|teams:\\S+|\\d{1,3}d|\\d{4}-\\d{2}-\\d{2})`;
const COACH = new RegExp(
  [
    'assignments',
    'me(?:\\s+link(?:\\s+[a-z0-9]{4,})?)?',
    `leaderboard\\s+${WORD}`,
    `team\\s+${WORD}(?:\\s+(?:show|leaderboard\\s+(?:on|off)|add(?:\\s+${TARGET})+))?`,
    `assign(?:\\s+(?:${TARGET}|${WORD}))+`,
    `report(?:\\s+${TARGET})*(?:\\s+${WORD})?(?:\\s+${TARGET})*`,
  ]
    .map((shape) => `^${shape}$`)
    .join('|'),
  'i',
);

const conversationType = (a: InboundActivity): ConversationType =>
  a.conversation.conversationType === 'channel'
    ? 'channel'
    : a.conversation.conversationType === 'personal' || !a.conversation.isGroup
      ? 'personal'
      : 'groupChat';

const langOf = (locale?: string): Lang | undefined =>
  locale?.toLowerCase().startsWith('zh') ? 'zh' : locale?.toLowerCase().startsWith('en') ? 'en' : undefined;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MentionEntity = z.looseObject({
  type: z.literal('mention'),
  text: z.string().optional(),
  mentioned: z.looseObject({
    id: z.string().min(1),
    name: z.string().optional(),
    aadObjectId: z.string().optional(),
  }),
});

const mentionEntities = (a: InboundActivity) =>
  (a.entities ?? []).flatMap((e) => MentionEntity.safeParse(e).data ?? []);

const mentionsBot = (a: InboundActivity) => mentionEntities(a).some((m) => m.mentioned.id === a.recipient.id);

const plainSpaces = (s: string) => s.replace(/\u00a0/g, ' ');

/**
 * The people, channels and teams a message mentions besides the bot, keyed by their `<at>` text.
 * A channel or team is mentioned by its conversation id (`19:…`); a person by their bot-scoped
 * `29:` id, with the Entra object id where Teams includes it (`identify` finds it otherwise).
 */
export function mentionsIn(a: InboundActivity, tenant: string): Mention[] {
  return mentionEntities(a).flatMap(({ text, mentioned }): Mention[] => {
    if (mentioned.id === a.recipient.id || !text) return [];
    const token = plainSpaces(text);
    if (mentioned.id.startsWith('19:'))
      return [
        {
          token,
          target: {
            kind: 'channel',
            key: teamsKeys.encode({
              serviceUrl: a.serviceUrl,
              tenant,
              type: 'channel',
              conversation: mentioned.id,
            }),
            name: mentioned.name,
          },
        },
      ];
    const actor: ActorRef = {
      platform: 'teams',
      tenant,
      user: mentioned.aadObjectId ?? mentioned.id,
      name: mentioned.name,
      isBot: mentioned.id.startsWith('28:'),
    };
    return [{ token, target: { kind: 'person', actor } }];
  });
}

/** Whether text typed without addressing the bot is one of the coaching commands, mentions standing in as `@`. */
const isCoachCommand = (text: string, mentions: readonly Mention[]) =>
  COACH.test(mentions.reduce((t, m) => t.split(m.token).join('@'), text));

/** The text without the bot's mention (the SDK's helper), nor a typed `@CSC Drill` in a 1:1 chat. */
function textOf(a: InboundActivity): { text: string; addressed: boolean } {
  const copy = { ...a } as unknown as Activity;
  const mentioned = mentionsBot(a);
  const text = mentioned ? TurnContext.removeRecipientMention(copy) : (a.text ?? '');
  const name = a.recipient.name;
  const typed = name ? new RegExp(`^\\s*@${escapeRegExp(name)}\\b`, 'i') : undefined;
  return {
    text: plainSpaces(typed ? text.replace(typed, '') : text).trim(),
    addressed: mentioned || Boolean(typed?.test(text)),
  };
}

/**
 * One Teams activity as a neutral event, or nothing for what the bot does not handle (edits,
 * reactions, typing). Keys: a channel's root posts and commands are keyed to the channel, replies
 * to their reply chain; chats to the chat. `replyHandle` is the sender's Bot Framework id, which a
 * private note needs to open a 1:1 conversation.
 */
export function parseActivity(a: InboundActivity, botId: string): Inbound | undefined {
  const tenant = a.conversation.tenantId ?? a.channelData?.tenant?.id;
  if (!tenant || a.channelId !== 'msteams') return undefined;
  const type = conversationType(a);
  const conversation = a.conversation.id;
  const root = chainRootOf(conversation);
  const inChain = type === 'channel' && root !== undefined && root !== a.id;
  const keyOf = (id: string) =>
    teamsKeys.encode({ serviceUrl: a.serviceUrl, tenant, type, conversation: id });
  const here = keyOf(type === 'channel' && !inChain ? channelOf(conversation) : conversation);
  const isBot =
    a.from.id === botId || a.from.role === 'bot' || (!a.from.aadObjectId && a.from.id.startsWith('28:'));
  const actor: ActorRef = {
    platform: 'teams',
    tenant,
    user: a.from.aadObjectId ?? a.from.id,
    name: a.from.name,
    isBot,
  };
  const base = {
    eventId: `${conversation}|${a.id ?? ''}`,
    actor,
    lang: langOf(a.locale),
    ...(isBot ? {} : { replyHandle: a.from.id }),
  };

  const submit =
    a.type === 'message'
      ? SubmitData.safeParse(a.value).data
      : a.type === 'invoke' && a.name === 'adaptiveCard/action'
        ? ExecuteValue.safeParse(a.value).data?.action.data
        : undefined;
  if (submit) {
    const value = submit.value ?? String((submit as Record<string, unknown>)[submit.csc] ?? '');
    if (!value) return undefined;
    return {
      ...base,
      type: 'action',
      key: originOf(submit.origin, a.serviceUrl, tenant) ?? here,
      actionId: submit.csc,
      value,
    };
  }

  if (a.type === 'conversationUpdate' && a.membersAdded?.some((m) => m.id === botId)) {
    // Installed in a team, a chat or for one person: the installer gets the commands.
    return {
      ...base,
      eventId: `install:${base.eventId}`,
      type: 'command',
      key: keyOf(type === 'channel' ? channelOf(conversation) : conversation),
      input: { style: 'text', text: 'help' },
    };
  }
  if (a.type !== 'message') return undefined;

  const { text, addressed } = textOf(a);
  const mentions = mentionsIn(a, tenant);
  // A 1:1 chat reply is never addressed to the bot, so there `@CSC Drill …` is always a command.
  const command =
    type === 'channel' && !inChain
      ? mentionsBot(a)
      : (type === 'personal' && addressed) || COMMAND.test(text) || isCoachCommand(text, mentions);
  if (command && !isBot) {
    return {
      ...base,
      type: 'command',
      key: keyOf(type === 'channel' ? channelOf(conversation) : conversation),
      input: { style: 'text', text, ...(mentions.length ? { mentions } : {}) },
    };
  }
  return {
    ...base,
    type: 'message',
    key: here,
    text,
    at: a.timestamp ?? new Date().toISOString(),
    where: inChain ? 'thread' : 'conversation',
  };
}

/** A card sent privately names where it was asked for; only a conversation of the same tenant and service counts. */
function originOf(origin: string | undefined, serviceUrl: string, tenant: string): string | undefined {
  if (!origin) return undefined;
  try {
    const k = teamsKeys.decode(origin);
    return k.serviceUrl === serviceUrl && k.tenant === tenant ? origin : undefined;
  } catch {
    return undefined;
  }
}
