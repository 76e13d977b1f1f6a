import type { Inbound } from '../../src/chat/contract/inbound.ts';
import type { Lang } from '../../src/csc/text.ts';
import { wechatKeys } from './key.ts';
import type { WeChatXml } from './xml.ts';

/** Plain words people type in a chat, the drill command each one is, and the language it is in. */
const WORDS: Record<string, { name: string; lang: Lang }> = {
  开始练习: { name: 'start', lang: 'zh' },
  开始: { name: 'start', lang: 'zh' },
  start: { name: 'start', lang: 'en' },
  结束: { name: 'end', lang: 'zh' },
  结束练习: { name: 'end', lang: 'zh' },
  end: { name: 'end', lang: 'en' },
  提示: { name: 'hint', lang: 'zh' },
  hint: { name: 'hint', lang: 'en' },
  状态: { name: 'status', lang: 'zh' },
  status: { name: 'status', lang: 'en' },
  帮助: { name: 'help', lang: 'zh' },
  help: { name: 'help', lang: 'en' },
  场景: { name: 'list', lang: 'zh' },
  list: { name: 'list', lang: 'en' },
};

// After "start", only ids (hyphenated, as scenarios and personas are), a language or a mode: so a
// reply such as "start by checking your card" stays a reply to the customer.
const START_ARG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)+|zh|en|practice|exam)$/;

/** A command spelt in plain words, or undefined when the text is a reply to the customer. */
export function commandOf(text: string): { name: string; args: string[]; lang: Lang } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = WORDS[first.toLowerCase()];
  if (!word) return undefined;
  if (!rest.length) return { ...word, args: [] };
  const args = rest.map((a) => a.toLowerCase());
  return word.name === 'start' && args.every((a) => START_ARG.test(a)) ? { ...word, args } : undefined;
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
  // The word's language is the person's: 开始练习 starts a Chinese drill unless told otherwise.
  const command = (eventId: string, c: { name: string; args: string[]; lang?: Lang }): Inbound => ({
    ...common,
    eventId,
    lang: c.lang,
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
      // Menu keys are ids, not words someone typed: they say nothing about the person's language.
      return c ? command(eventId, { ...c, lang: undefined }) : undefined;
    }
    if (m.Event === 'subscribe') return command(eventId, { name: 'help', args: [] });
  }
  return undefined;
}
