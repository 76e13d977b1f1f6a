import type { StrategyCode } from '../csc/strategies.ts';
import type { LocalizedText } from '../csc/text.ts';

/** Model lines per strategy, written from the framework's definitions. */
export const STRATEGY_LINES: Record<StrategyCode, LocalizedText> = {
  GT: {
    zh: '您好，我是今天为您服务的客服，请问有什么可以帮您？',
    en: "Hello, thanks for reaching out — I'm here to help. What can I do for you today?",
  },
  IV: {
    zh: '为了保障您的账户安全，麻烦先核对一下您的姓名和预留手机号。',
    en: 'To keep your account safe, could you first confirm your full name and registered phone number?',
  },
  RP: {
    zh: '我先确认一下我理解得对不对：{reason}，是这样吗？',
    en: 'Let me make sure I have this right: {reason} — is that correct?',
  },
  PR: {
    zh: '为了帮您准确处理，想再了解一个细节：{ask}',
    en: 'So I can handle this precisely, one more detail: {ask}',
  },
  EM: {
    zh: '非常理解您现在着急的心情，换作是我也会很担心，我们一起把它处理好。',
    en: "I completely understand how stressful this is — I'd feel the same. Let's get it sorted together.",
  },
  PS: { zh: '我建议您这样处理：{knowledge}', en: 'Here is what I suggest: {knowledge}' },
  ID: { zh: '跟您说明一下相关规定：{knowledge}', en: 'Here is how it works: {knowledge}' },
  RI: {
    zh: '我现在就为您提交处理，完成后告诉您受理编号。',
    en: "I'm submitting that for you right now and will give you the reference number.",
  },
  FR: {
    zh: '请问这样处理您满意吗？还有其他可以帮您的吗？',
    en: 'Does that solve it for you? Is there anything else I can help with?',
  },
  RC: {
    zh: '后续如果有任何进展，我们会短信通知您；您也可以随时联系我们。',
    en: "We'll text you as soon as there's an update, and you can reach us any time.",
  },
  AC: { zh: '感谢您的耐心，祝您生活愉快，再见！', en: 'Thank you for your patience — have a great day!' },
  OT: { zh: '请稍等，我帮您查一下。', en: 'One moment, let me check that for you.' },
};

export const NO_LEAK_LINE: LocalizedText = {
  zh: '抱歉，为了保护账户持有人的安全，我不能透露或确认任何账户信息，需要持有人本人办理。',
  en: "I'm sorry — to protect the account holder I can't share or confirm any account details; the holder needs to do this in person.",
};

export const NO_BLAME_LINE: LocalizedText = {
  zh: '这个情况确实很容易被忽略，我们一起看看怎么补救。',
  en: "That's an easy thing to miss — let's look at how we fix it.",
};

export const NO_PROMISE_LINE: LocalizedText = {
  zh: '结果我没办法向您保证，但可以把规则和时间跟您说清楚：{knowledge}',
  en: "I can't promise the outcome, but I can tell you exactly how it works: {knowledge}",
};

export const FASTER_LINE: LocalizedText = {
  zh: '请稍等，我正在帮您查询，一分钟内回复您。',
  en: "Bear with me — I'm checking now and will be back within a minute.",
};

export const fill = (line: string, values: Record<string, string>): string =>
  line.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
