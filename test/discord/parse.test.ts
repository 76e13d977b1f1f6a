import { describe, expect, it } from 'vitest';
import { DIRECT, discordKeys } from '../../adapters/discord/key.ts';
import { parseInteraction, parseMessage } from '../../adapters/discord/parse.ts';
import {
  CHANNEL_ID,
  commandInteraction,
  componentInteraction,
  dmRef,
  GUILD_ID,
  OBSERVER,
  OTHER_CHANNEL_ID,
  SUPPORT_ROLE,
  TRAINEE,
  threadRef,
  userMessage,
} from '../support/discord-payloads.ts';

const THREAD = '1017000000000000700';
const DM = '1017000000000000800';
const inThread = { id: THREAD, type: 11, parentId: CHANNEL_ID };

describe('Discord payloads → neutral events', () => {
  it('a message in a thread is keyed by guild, parent channel and thread', () => {
    const m = userMessage({ channelId: THREAD, content: 'hello' });
    expect(parseMessage(m as never, inThread)).toMatchObject({
      type: 'message',
      eventId: `message:${m.id}`,
      key: discordKeys.encode({ guild: GUILD_ID, channel: CHANNEL_ID, thread: THREAD }),
      where: 'thread',
      text: 'hello',
      actor: { platform: 'discord', user: '1017000000000000101', name: 'Ada', isBot: false },
    });
  });

  it('system messages (a thread was created, a member joined) are not events; webhooks count as bots', () => {
    const created = { ...userMessage({ channelId: CHANNEL_ID, content: 'drill' }), type: 18 };
    expect(parseMessage(created as never, { id: CHANNEL_ID, type: 0 })).toBeUndefined();
    const hook = {
      ...userMessage({ channelId: THREAD, content: 'relay' }),
      webhook_id: '1017000000000000900',
    };
    expect(parseMessage(hook as never, inThread)?.actor.isBot).toBe(true);
  });

  it('a slash command gives its subcommand, typed options, language and reply handle', () => {
    const i = commandInteraction({
      subcommand: 'start',
      options: { scenario: 'card-frozen-after-travel', mode: 'exam' },
      locale: 'zh-TW',
      channel: threadRef(THREAD),
    });
    expect(parseInteraction(i as never)).toMatchObject({
      type: 'command',
      eventId: `interaction:${i.id}`,
      key: discordKeys.encode({ guild: GUILD_ID, channel: CHANNEL_ID, thread: THREAD }),
      lang: 'zh',
      replyHandle: `${i.id}:${i.token}`,
      input: {
        style: 'options',
        subcommand: 'start',
        options: { scenario: 'card-frozen-after-travel', mode: 'exam' },
      },
    });
  });

  it('a message or a click in a DM with the bot is keyed to the DM, which has no guild', () => {
    const m = userMessage({ channelId: DM, content: 'Hello, how can I help?', dm: true });
    expect(parseMessage(m as never, { id: DM, type: 1 })).toMatchObject({
      key: discordKeys.encode({ guild: DIRECT, channel: DM }),
      where: 'conversation',
    });
    const click = componentInteraction({
      customId: 'drill_assignment:a1',
      messageId: '1',
      channel: dmRef(DM),
    });
    expect(parseInteraction(click as never)).toMatchObject({
      type: 'action',
      key: discordKeys.encode({ guild: DIRECT, channel: DM }),
      actor: { platform: 'discord', user: TRAINEE.id, name: 'Ada' },
    });
  });

  it('picked users, roles and channels read as mention syntax among the options, resolved into mentions', () => {
    const i = commandInteraction({
      subcommand: 'assign',
      options: {
        scenario: 'auto',
        user: { user: OBSERVER },
        role: { role: SUPPORT_ROLE },
        channel: { channel: { id: OTHER_CHANNEL_ID, name: 'cohort-2', type: 0 } },
        due: '2026-12-15',
      },
    });
    expect(parseInteraction(i as never)).toMatchObject({
      input: {
        style: 'options',
        subcommand: 'assign',
        options: {
          scenario: 'auto',
          user: `<@${OBSERVER.id}>`,
          role: `<@&${SUPPORT_ROLE.id}>`,
          channel: `<#${OTHER_CHANNEL_ID}>`,
          due: '2026-12-15',
        },
        mentions: [
          {
            token: `<@${OBSERVER.id}>`,
            target: { kind: 'person', actor: { platform: 'discord', user: OBSERVER.id, name: 'Bob' } },
          },
          {
            token: `<@&${SUPPORT_ROLE.id}>`,
            target: {
              kind: 'group',
              platform: 'discord',
              tenant: GUILD_ID,
              id: SUPPORT_ROLE.id,
              name: 'support-trainees',
            },
          },
          {
            token: `<#${OTHER_CHANNEL_ID}>`,
            target: {
              kind: 'channel',
              key: discordKeys.encode({ guild: GUILD_ID, channel: OTHER_CHANNEL_ID }),
              name: 'cohort-2',
            },
          },
        ],
      },
    });
  });

  it('a button keeps everything after the action id as its value; a menu gives the picked value', () => {
    const button = componentInteraction({
      customId: 'drill_rate_4:5a2e1fc8-3a7e-47e3-a91c-25bb197d1f1f:4',
      messageId: '1',
      channel: threadRef(THREAD),
    });
    expect(parseInteraction(button as never)).toMatchObject({
      type: 'action',
      actionId: 'drill_rate_4',
      value: '5a2e1fc8-3a7e-47e3-a91c-25bb197d1f1f:4',
    });
    const menu = componentInteraction({
      customId: 'drill_pick',
      values: ['face-login-fails-app'],
      messageId: '1',
      channel: threadRef(THREAD),
    });
    expect(parseInteraction(menu as never)).toMatchObject({
      actionId: 'drill_pick',
      value: 'face-login-fails-app',
    });
  });
});
