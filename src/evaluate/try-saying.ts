import type { StrategyCode } from '../csc/strategies.ts';
import type { LocalizedText } from '../csc/text.ts';
import type { Mood } from './advice/situation.ts';

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
  /** {restate}: the customer's own words turned to the second person (advice/questions.ts). */
  RP: { zh: '{restate}', en: '{restate}' },
  /** {ask}: a question from a hidden fact's note that never names the fact itself. */
  PR: { zh: '为了帮您处理得更准确，{ask}', en: 'So I can get this exactly right: {ask}' },
  /** Mood-free; lines for the mood the customer showed are in EMPATHY_LINES. */
  EM: {
    zh: '我能理解您的感受，我们一起把它处理好。',
    en: "I can hear this hasn't been easy — let's get it sorted together.",
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
  zh: '抱歉，为了保护账户持有人的安全，我不能透露或确认任何账户信息，需要持有人本人来办理。',
  en: "I'm sorry — to protect the account holder I can't share or confirm any account details; the holder needs to contact us themselves.",
};

export const FASTER_LINE: LocalizedText = {
  zh: '请稍等，我正在帮您查询，一分钟内回复您。',
  en: "Bear with me — I'm checking now and will be back within a minute.",
};

/** Words that answer the feeling the customer actually showed; never one mood's words for another. */
export const EMPATHY_LINES: Record<Mood, LocalizedText> = {
  grief: {
    zh: '听到这个消息真的很难过，请您节哀。不着急，我一步一步跟您说清楚。',
    en: "I'm so sorry for your loss. There's no rush — I'll take you through it one step at a time.",
  },
  anger: {
    zh: '给您添了这么多麻烦，真的很抱歉，换作是我也会生气。我现在就帮您处理。',
    en: "I'm really sorry about this — I'd be annoyed too. Let me sort it out for you right now.",
  },
  urgency: {
    zh: '我知道您这边时间很紧，我们马上处理，我会一直跟到办好为止。',
    en: "I know time is tight for you, so let's get straight to it — I'll stay with you until it's done.",
  },
  worry: {
    zh: '遇到这种事担心是很正常的，您先别慌，我们一步一步来处理。',
    en: "It's completely understandable to be worried about this. Let's take it one step at a time together.",
  },
  calm: {
    zh: '好的，明白您的意思了，我来帮您处理。',
    en: "Thanks for explaining — I've got it, and I'll help you with this.",
  },
};

/** To a caller who is not the holder: warm, but firm that the account stays with the holder. */
export const IMPOSTOR_EMPATHY: LocalizedText = {
  zh: '理解您替家人着急，不过账户的事只能由持卡人本人来办，我跟您说一下本人可以怎么办理。',
  en: "I understand you're worried for your family. Only the account holder can do this, but I'll tell you how they can go about it.",
};

/** Verification when the caller speaks for someone else: the holder is the one to verify. */
export const IMPOSTOR_VERIFY: LocalizedText = {
  zh: '这个账户的事我只能跟持卡人本人核实、办理。方便让持卡人本人联系我们吗？我也可以告诉您本人可以怎么办理。',
  en: 'I can only verify and act on this account with the account holder. Could the holder contact us directly? I can tell you how they can do it.',
};

/** Which secret was asked for: each gets its own refusal. */
export type Secret = 'code' | 'cvv' | 'pin';

export const SECRET_LINES: Record<Secret, LocalizedText> = {
  code: {
    zh: '验证码请不要告诉任何人，包括我。您在App里自己输入就行，我一步一步带您操作。',
    en: "Please don't read that code out to anyone, me included — you'll type it into the app yourself, and I'll walk you through it.",
  },
  cvv: {
    zh: '卡背面的三位安全码我们任何时候都不需要，请您自己保管好。我用您的姓名和预留手机号核实就可以。',
    en: "We'll never need the three digits on the back of your card — please keep them to yourself. I can check this with your name and registered phone number.",
  },
  pin: {
    zh: '密码请不要告诉任何人，包括我，办这件事我不需要您的密码。',
    en: "Please never tell anyone your PIN or password, including me — I don't need it to help you with this.",
  },
};

/** Instead of a promise: say what cannot be promised, then what will happen. */
export const NO_PROMISE_LINE: LocalizedText = {
  zh: '这个结果我没法跟您打包票，但可以跟您说清楚接下来会怎么处理：{knowledge}',
  en: "I won't promise you something I can't guarantee, but here's exactly what happens next: {knowledge}",
};

/** The same, when no knowledge entry says what happens next (the general rubric has none). */
export const NO_PROMISE_BARE_LINE: LocalizedText = {
  zh: '这个结果我没法跟您打包票，但接下来每一步怎么处理，我都会跟您说清楚。',
  en: "I won't promise you something I can't guarantee, but I'll tell you exactly what happens at each step.",
};

/** Instead of whose fault it was: what happens now, in the customer's mood. */
export const NO_BLAME_LINES: Record<Mood, LocalizedText> = {
  grief: {
    zh: '这些手续本来就不好弄，您别自责，我们一起看看接下来怎么办。',
    en: "This is a lot to deal with, and none of it is on you — let's look at what to do next.",
  },
  anger: {
    zh: '这种情况确实很容易碰到，不是您一个人会这样。我们直接看怎么把它解决。',
    en: "That can happen to anyone — let's focus on putting it right.",
  },
  urgency: {
    zh: '先不管是怎么发生的，我们抓紧时间，先把这件事处理好。',
    en: "Let's not worry about how it happened — time matters, so let's fix it first.",
  },
  worry: {
    zh: '您联系我们是对的，我们一起看看现在能怎么处理。',
    en: "You were right to get in touch — let's go through what we can do now.",
  },
  calm: {
    zh: '这个情况确实很容易被忽略，我们一起看看怎么补救。',
    en: "That's an easy thing to miss — let's look at how we fix it.",
  },
};

export const ANYTHING_LEFT_LINE: LocalizedText = {
  zh: '结束前我再跟您确认一下，您关心的问题还有哪些我没说清楚的吗？',
  en: "Before we finish — is there anything you asked about that I haven't fully answered yet?",
};

export const ONE_GO_LINE: LocalizedText = {
  zh: '为了不耽误您时间，我把需要办的事情一次跟您说清楚。',
  en: 'To save you time, let me go through everything you need in one go.',
};

export const COURTEOUS_LINE: LocalizedText = {
  zh: '不好意思让您久等了，我这就帮您看一下。',
  en: 'Sorry to keep you waiting — let me look into that for you now.',
};

export const CLOSE_LINES: Record<Mood, LocalizedText> = {
  grief: {
    zh: '您和家人多保重。去网点办理时有任何不清楚的，随时再联系我们。',
    en: 'Please take care of yourself and your family. If anything is unclear when you go to the branch, just message us again.',
  },
  anger: {
    zh: '再次为给您带来的不便说声抱歉，感谢您的耐心，有问题随时找我们。',
    en: "Sorry again for the trouble, and thank you for your patience — we're here whenever you need us.",
  },
  urgency: {
    zh: '感谢您的配合，祝您一切顺利，有任何变化随时联系我们。',
    en: 'Thanks for bearing with me — I hope it all goes smoothly, and contact us any time if anything changes.',
  },
  worry: {
    zh: '感谢您的配合，您放心，有任何进展我们都会及时通知您。',
    en: "Thank you — you're in good hands now, and we'll let you know as soon as anything changes.",
  },
  calm: STRATEGY_LINES.AC,
};

export const fill = (line: string, values: Record<string, string>): string =>
  line.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
