import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { wechatKeys } from './key.ts';
import type { WeChatXml } from './xml.ts';

/** Plain words people type in a chat, in either language, and the drill command each one is. */
const WORDS: Record<string, string> = {
  开始练习: 'start',
  开始: 'start',
  start: 'start',
  结束: 'end',
  结束练习: 'end',
  end: 'end',
  提示: 'hint',
  hint: 'hint',
  状态: 'status',
  status: 'status',
  帮助: 'help',
  help: 'help',
  场景: 'list',
  list: 'list',
};

// After "start", only ids (hyphenated, as scenarios and personas are), a language or a mode: so a
// reply such as "start by checking your card" stays a reply to the customer.
const START_ARG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)+|zh|en|practice|exam)$/;

/** A command spelt in plain words, or undefined when the text is a reply to the customer. */
export function commandOf(text: string): { name: string; args: string[] } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const name = WORDS[first.toLowerCase()];
  if (!name) return undefined;
  if (!rest.length) return { name, args: [] };
  const args = rest.map((a) => a.toLowerCase());
  return name === 'start' && args.every((a) => START_ARG.test(a)) ? { name, args } : undefined;
}

/**
 * A pushed message → a neutral event: text is a command or a reply in the 1:1 chat; a menu click
 * (`CLICK` with a key such as `start`) and a new follower (`subscribe`, shown the help) are commands.
 * Other pushes (location, images, unsubscribes) are not for the bot.
 */
export function parseMessage(
  appId: string,
  m: WeChatXml,
  nowIso = new Date().toISOString(),
): Inbound | undefined {
  const user = m.FromUserName;
  if (!user) return undefined;
  const common = {
    key: wechatKeys.encode({ app: appId, user }),
    actor: { platform: 'wechat', tenant: appId, user },
  };
  const command = (eventId: string, c: { name: string; args: string[] }): Inbound => ({
    ...common,
    eventId,
    type: 'command',
    input: {
      style: 'options',
      subcommand: c.name,
      options: Object.fromEntries(c.args.map((a, i) => [i, a])),
    },
  });
  if (m.MsgType === 'text' && m.MsgId) {
    const text = m.Content ?? '';
    const c = commandOf(text);
    return c
      ? command(`msg:${m.MsgId}`, c)
      : { ...common, eventId: `msg:${m.MsgId}`, type: 'message', text, at: nowIso, where: 'conversation' };
  }
  if (m.MsgType === 'event') {
    // Events carry no MsgId; WeChat's advice is to dedupe them by sender and creation time.
    const eventId = `event:${user}:${m.CreateTime}:${m.Event}`;
    if (m.Event === 'CLICK' && m.EventKey) {
      const c = commandOf(m.EventKey);
      return c ? command(eventId, c) : undefined;
    }
    if (m.Event === 'subscribe') return command(eventId, { name: 'help', args: [] });
  }
  return undefined;
}
