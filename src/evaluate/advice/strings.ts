import type { Lang } from '../../csc/text.ts';
import type { Mood } from './situation.ts';

/** A scenario's reason, closed like a sentence. */
const stop = (lang: Lang, reason: string) =>
  !reason || /[.!?。！？]$/u.test(reason) ? reason : `${reason}${lang === 'zh' ? '。' : '.'}`;

const q = (lang: Lang, quote: string) => {
  const short = [...quote].length > 60 ? `${[...quote].slice(0, 59).join('')}…` : quote;
  return lang === 'zh' ? `“${short}”` : `“${short}”`;
};

const MOOD_WORD: Record<Lang, Record<Mood, string>> = {
  zh: { grief: '悲伤', anger: '不满', urgency: '着急', worry: '担心', calm: '在意' },
  en: { grief: 'grief', anger: 'anger', urgency: 'hurry', worry: 'worry', calm: 'feelings' },
};

/** What a trainer writes beside each failed check, addressed to the trainee. */
export const ADVICE = {
  zh: {
    secret: (quote: string) =>
      `你向客户索要了密码/验证码一类的敏感信息（${q('zh', quote)}）。这类信息任何时候都不能问，只能由客户本人在App里输入；客服索要正是骗子的惯用话术。`,
    leak: (quote: string) =>
      `对方身份还没核实，你就透露了账户信息${quote ? `（${q('zh', quote)}）` : ''}。核实之前，任何账户信息都不能说，也不能确认。`,
    promise: (quote: string, reason: string) =>
      `你做了无法兑现的承诺（${q('zh', quote)}）。${stop('zh', reason)}`,
    claim: (quote: string, reason: string) => `这句话不能说（${q('zh', quote)}）。${stop('zh', reason)}`,
    blame: (quote: string) =>
      `你把责任推到了客户身上${quote ? `（${q('zh', quote)}）` : ''}。就算问题确实出在客户操作上，也要先说接下来怎么解决，不要去追究是谁的错。`,
    rude: (quote: string) => `这句话听起来不礼貌${quote ? `（${q('zh', quote)}）` : ''}，换一种客气的说法。`,
    noCourtesy: '整段对话几乎没有礼貌用语，适当加上“请”“谢谢”“不好意思”，语气会好很多。',
    manipulation: '你在对话里给模拟客户下指令。把它当成真实客户来沟通，练习才有意义。',
    empathy: (mood: Mood, words: string | undefined) =>
      words
        ? `客户提到${q('zh', words)}，明显很${MOOD_WORD.zh[mood]}，你的回复却直接讲了流程。先回应情绪，再谈办法。`
        : `客户明显很${MOOD_WORD.zh[mood]}，你的回复却直接讲了流程。先回应情绪，再谈办法。`,
    identity: '你在核实身份之前就开始查询或办理账户业务了。先请客户提供核验信息，核实通过再操作。',
    greeting: '开场没有问候。第一句先打招呼、报上身份，再问客户需要什么帮助。',
    restate: '你没有确认自己是否理解了客户的问题。用一句话复述客户的情况，再问一句“是这样吗”。',
    hidden: (found: string) =>
      `客户没主动说的关键情况你问得不够（只问出了${found}项）。多问一两个具体问题，再给方案。`,
    knowledge: '这条关键信息你没有跟客户讲清楚，要用客户听得懂的话明确说出来：',
    wrongFact: (quote: string) =>
      `你说的${q('zh', quote)}不对，客户会照着错误的信息去办。马上更正，把准确的情况告诉客户：`,
    action: '客户需要你实际办理，而不只是解释或答应。办完告诉客户结果和受理编号。',
    goal: '到最后客户想解决的问题还没有解决。结束之前对照客户的诉求，确认每一项都有了答复。',
    feedback: '结束前没有确认问题是否解决、客户还有没有其他需要。',
    close: '没有致谢和礼貌道别就结束了对话。',
    slow: '回复太慢。需要查询超过一分钟时，先告诉客户你正在处理。',
    turns: '来回的轮次太多。先问清关键信息，再一次把方案讲完整。',
    stall: '连着几条回复都只是让客户等着，事情没有往前推。要查就说清楚在查什么，下一条带着结果回来。',
    other: (label: string) => `这一项没有做到：${label}。`,
    allPassed: '每一项检查都通过了，没有需要改的地方。像这句一样的说法，继续保持：',
  },
  en: {
    secret: (quote: string) =>
      `You asked the customer for a secret (${q('en', quote)}). Never ask for a PIN, password, CVV or SMS code: only the customer types it, into the app — and asking for it is exactly what fraudsters do.`,
    leak: (quote: string) =>
      `You gave out account information before the caller was verified as the holder${quote ? ` (${q('en', quote)})` : ''}. Until then, share or confirm nothing about the account.`,
    promise: (quote: string, reason: string) =>
      `You made a promise the bank can't keep (${q('en', quote)}).${reason ? ` ${stop('en', reason)}` : ''}`,
    claim: (quote: string, reason: string) =>
      `That statement must not be made (${q('en', quote)}).${reason ? ` ${stop('en', reason)}` : ''}`,
    blame: (quote: string) =>
      `You put the fault on the customer${quote ? ` (${q('en', quote)})` : ''}. Even when their action caused it, talk about what happens now, not whose fault it was.`,
    rude: (quote: string) =>
      `That came across as rude${quote ? ` (${q('en', quote)})` : ''}; say it courteously.`,
    noCourtesy:
      'The conversation had almost no courtesy; a "please", "thank you" or "sorry" in the right places changes the tone.',
    manipulation:
      'You gave instructions to the simulated customer. Talk to it as to a real customer, or the practice is wasted.',
    empathy: (mood: Mood, words: string | undefined) =>
      words
        ? `The customer said ${q('en', words)} — that is ${MOOD_WORD.en[mood]} — and your reply went straight to the procedure. Answer the feeling first, then the problem.`
        : `The customer showed ${MOOD_WORD.en[mood]} and your reply went straight to the procedure. Answer the feeling first, then the problem.`,
    identity:
      'You looked into or acted on the account before verifying who you were talking to. Ask for the verification details first, act once they match.',
    greeting: 'There was no greeting. Open by saying hello and who you are, then ask how you can help.',
    restate:
      "You never checked you had understood the problem. Sum it up in a sentence and ask if that's right.",
    hidden: (found: string) =>
      `You didn't ask enough to find out what the customer hadn't said (found ${found}). Ask one or two specific questions before offering a solution.`,
    knowledge: "You never got this across to the customer — say it plainly, in words they'll understand:",
    wrongFact: (quote: string) =>
      `You stated this wrongly (${q('en', quote)}), and the customer will act on it. Correct it straight away and give them the right facts:`,
    action:
      'The customer needed you to actually do it, not just explain or agree. Do it, then tell them the result and the reference number.',
    goal: "By the end the customer still didn't have what they came for. Before closing, go back to what they asked and make sure each part is answered.",
    feedback: "Before closing you didn't check the problem was solved or whether they needed anything else.",
    close: 'The conversation ended without thanks or a goodbye.',
    slow: 'Your replies were slow. If you need more than a minute, tell the customer you are on it.',
    turns: 'It took too many turns. Ask for the key details first, then give the whole answer in one go.',
    stall:
      'Several replies in a row kept the customer waiting without moving things on. Say what you are checking, then come back with the answer.',
    other: (label: string) => `Not done: ${label}.`,
    allPassed: 'Every check passed; there is nothing to fix. Keep saying things the way you did here:',
  },
} as const;
