import type { Inbound } from '../../src/chat/model.ts';
import { encodeKey } from './key.ts';

export interface SlashCommandPayload {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  command: string;
  text: string;
  trigger_id: string;
}

/** `/drill start card-frozen en` → a neutral command event keyed to the channel. */
export function parseSlashCommand(c: SlashCommandPayload): Inbound {
  return {
    type: 'command',
    eventId: `command:${c.trigger_id}`,
    key: encodeKey({ team: c.team_id, channel: c.channel_id }),
    actor: { id: `${c.team_id}:${c.user_id}`, name: c.user_name },
    name: c.command.replace(/^\//, ''),
    args: c.text.trim() ? c.text.trim().split(/\s+/) : [],
  };
}

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

/** A reply in a thread → a neutral message event keyed to the thread; anything else is not for the bot. */
export function parseMessageEvent(
  e: MessageEventPayload,
  eventId: string,
  teamId: string,
): Inbound | undefined {
  if (e.subtype && e.subtype !== 'file_share' && e.subtype !== 'thread_broadcast') return undefined;
  if (!e.thread_ts || e.thread_ts === e.ts) return undefined;
  const team = e.team ?? teamId;
  return {
    type: 'message',
    eventId,
    key: encodeKey({ team, channel: e.channel, threadTs: e.thread_ts }),
    actor: { id: `${team}:${e.user ?? e.bot_id ?? 'unknown'}`, isBot: Boolean(e.bot_id) || !e.user },
    text: e.text ?? '',
    at: new Date(Number(e.ts) * 1000).toISOString(),
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
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts;
  return {
    type: 'action',
    eventId: `action:${b.trigger_id ?? `${channel}:${action.action_ts}`}`,
    key: encodeKey({ team, channel, threadTs }),
    actor: { id: `${team}:${b.user.id}`, name: b.user.name },
    actionId: action.action_id,
    value: action.selected_option?.value ?? action.value ?? '',
  };
}
