import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { Inbound, Mention } from '../../src/chat/contract/inbound.ts';
import { slackKeys } from './key.ts';

const actor = (team: string, user: string, name?: string, isBot = false): ActorRef => ({
  platform: 'slack',
  tenant: team,
  user,
  name,
  isBot,
});

export interface SlashCommandPayload {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  command: string;
  text: string;
  trigger_id: string;
}

// With `should_escape: true` Slack writes mentions in command text as <@U…|name>, <#C…|name>, <!subteam^S…|@name>.
const ESCAPED = /<(@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|!subteam\^S[A-Z0-9]+)(?:\|([^>]*))?>/g;

/** The people, channels and user groups a command's text names, keyed by the exact text that names them. */
export function mentionsIn(text: string, team: string): Mention[] {
  return [...text.matchAll(ESCAPED)].map((m) => {
    const [token, ref = '', name] = m;
    if (ref.startsWith('@'))
      return { token, target: { kind: 'person', actor: actor(team, ref.slice(1), name) } };
    if (ref.startsWith('#'))
      return {
        token,
        target: { kind: 'channel', key: slackKeys.encode({ team, channel: ref.slice(1) }), name },
      };
    return {
      token,
      target: { kind: 'group', platform: 'slack', tenant: team, id: ref.slice('!subteam^'.length), name },
    };
  });
}

/** `/drill start card-frozen en` → a neutral command event keyed to the channel. */
export const parseSlashCommand = (c: SlashCommandPayload): Inbound => ({
  type: 'command',
  eventId: `command:${c.trigger_id}`,
  key: slackKeys.encode({ team: c.team_id, channel: c.channel_id }),
  actor: actor(c.team_id, c.user_id, c.user_name),
  input: { style: 'text', text: c.text, mentions: mentionsIn(c.text, c.team_id) },
});

export interface MessageEventPayload {
  type: 'message';
  subtype?: string;
  channel: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

/** A person's message in a thread or at the top of a channel → a neutral message event; edits, joins and the like are not. */
export function parseMessageEvent(
  e: MessageEventPayload,
  eventId: string,
  teamId: string,
): Inbound | undefined {
  if (e.subtype && e.subtype !== 'file_share' && e.subtype !== 'thread_broadcast') return undefined;
  const team = e.team ?? teamId;
  const inThread = Boolean(e.thread_ts && e.thread_ts !== e.ts);
  return {
    type: 'message',
    eventId,
    key: slackKeys.encode({ team, channel: e.channel, thread: inThread ? e.thread_ts : undefined }),
    actor: actor(team, e.user ?? e.bot_id ?? 'unknown', undefined, Boolean(e.bot_id) || !e.user),
    text: e.text ?? '',
    at: new Date(Number(e.ts) * 1000).toISOString(),
    where: inThread ? 'thread' : 'conversation',
  };
}

export interface BlockActionPayload {
  trigger_id?: string;
  team?: { id: string } | null;
  user: { id: string; name?: string; team_id?: string };
  channel?: { id: string };
  container?: { channel_id?: string; thread_ts?: string; message_ts?: string };
  message?: { ts: string; thread_ts?: string };
  actions: { action_id: string; action_ts: string; value?: string; selected_option?: { value: string } }[];
}

/** A button or menu click → a neutral action event keyed to where it happened. */
export function parseBlockAction(b: BlockActionPayload): Inbound | undefined {
  const action = b.actions[0];
  const team = b.team?.id ?? b.user.team_id;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!action || !team || !channel) return undefined;
  const thread = b.message?.thread_ts ?? b.container?.thread_ts;
  return {
    type: 'action',
    eventId: `action:${b.trigger_id ?? `${channel}:${action.action_ts}`}`,
    key: slackKeys.encode({ team, channel, thread }),
    actor: actor(team, b.user.id, b.user.name),
    actionId: action.action_id,
    value: action.selected_option?.value ?? action.value ?? '',
  };
}
