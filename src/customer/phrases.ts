import type { Lang } from '../csc/text.ts';

type Bank = Record<Lang, readonly string[]>;

/** What the scripted customer says, several wordings each so it never repeats itself verbatim. */
export const PHRASES = {
  slowReply: {
    zh: ['你还在吗？我等了好半天了。', '怎么这么久才回我？', '回复能快一点吗，我这边很急。'],
    en: [
      'Are you still there? I have been waiting a while.',
      'Why does it take so long to answer?',
      'Could you reply a bit faster? This is urgent for me.',
    ],
  },
  blamed: {
    zh: ['这怎么能怪我呢？', '你这是在说我的错吗？', '我又不是专业的，怎么会知道这些？'],
    en: [
      'How is this my fault?',
      'Are you saying I did something wrong?',
      "I'm not an expert — how was I supposed to know that?",
    ],
  },
  pushback: {
    zh: [
      '等一下，你确定可以这么说吗？',
      '这跟我了解的不一样啊，你能保证吗？',
      '真的吗？要是到时候不是这样，谁来负责？',
    ],
    en: [
      'Hang on — are you sure you can say that?',
      "That's not what I've heard. Can you really promise that?",
      'Really? And if it turns out otherwise, who is responsible?',
    ],
  },
  empathyAck: {
    zh: ['谢谢你理解，我心里好受一点了。', '嗯，听你这么说我没那么慌了。', '好吧，谢谢你这么耐心。'],
    en: [
      'Thanks for understanding, that helps a bit.',
      "OK... hearing that, I'm a little calmer.",
      'Alright, thank you for being patient with me.',
    ],
  },
  knowledgeAck: {
    zh: ['哦，原来是这样。', '好，这个我明白了。', '行，这点我记下了。', '嗯，这样说我就清楚了。'],
    en: ['Oh, I see.', 'Right, that makes sense.', 'Okay, noted.', 'Got it, that is clearer now.'],
  },
  revealPrefix: {
    zh: ['', '哦对了，', '你问这个的话，', '说到这个，'],
    en: ['', 'Oh, and ', 'Since you ask, ', 'Now that you mention it, '],
  },
  jargon: {
    zh: ['你说的这些术语我听不太懂，能说简单点吗？', '这些专业词我不明白，你直接告诉我该怎么做吧。'],
    en: [
      "I don't really follow the jargon — can you put it simply?",
      "I don't understand those terms. Just tell me what to do.",
    ],
  },
  unresolved: {
    zh: [
      '那我现在到底该怎么办？',
      '你还没回答我的问题呢。',
      '能不能直接告诉我怎么解决？',
      '所以这件事什么时候能处理好？',
      '我就想知道接下来怎么弄。',
    ],
    en: [
      'So what do I actually do now?',
      "You still haven't answered my question.",
      'Can you just tell me how this gets fixed?',
      'So when will this be sorted out?',
      'I just want to know what happens next.',
    ],
  },
  goal: {
    zh: ['说到底，我的诉求是：{goal}', '我再说一遍我要的：{goal}'],
    en: ['What I need, in the end: {goal}', 'Let me say again what I need: {goal}'],
  },
  actionRequest: {
    zh: ['那你现在能帮我办一下吗？', '光说不行，你帮我处理一下吧。', '道理我懂了，那现在就帮我操作吧。'],
    en: [
      'Can you actually do it for me now?',
      'Explaining is fine, but can you process it for me?',
      'I understand. Can you go ahead and do it now?',
    ],
  },
  satisfied: {
    zh: ['好的，这下我清楚了，谢谢你！', '行，那就这样办，麻烦你了。', '明白了，这样我就放心了。'],
    en: [
      "Great, that's everything I needed — thank you!",
      "Alright, let's do it that way. Thanks for your help.",
      'Understood, that puts my mind at rest.',
    ],
  },
  nothingElse: {
    zh: ['没有了，挺好的，谢谢你！', '都解决了，没别的事了。', '嗯，满意，没有其他问题了。'],
    en: [
      "No, that's everything — thanks a lot!",
      'All sorted, nothing else.',
      "Yes, I'm happy with that. Nothing else.",
    ],
  },
  goodbye: {
    zh: ['没有别的了，再见！', '就这些，谢谢，再见。', '没事了，拜拜。'],
    en: ["No, that's all. Bye!", "That's it, thanks. Goodbye.", "Nothing else, I'm all set. Bye."],
  },
  gaveUp: {
    zh: ['算了，我还是自己去网点问吧。', '我不想再浪费时间了，我要投诉。', '跟你说不清楚，我换个人问。'],
    en: [
      "Forget it, I'll go to a branch myself.",
      "I'm done wasting my time — I'm going to complain.",
      "This is going nowhere. I'll ask someone else.",
    ],
  },
  maxTurns: {
    zh: ['我得先走了，这事回头再说吧。', '时间来不及了，我晚点再联系你们。'],
    en: ['I have to go now; I will deal with this later.', "I'm out of time, I'll contact you again later."],
  },
  upset: {
    zh: ['我真的很着急。', '这事让我很心烦。'],
    en: ["I'm really worried about this.", 'This is really stressing me out.'],
  },
  angry: {
    zh: ['这也太离谱了！', '我真的很生气！'],
    en: ['This is ridiculous!', 'I am really angry about this!'],
  },
  furious: {
    zh: ['我已经忍无可忍了！', '你们到底能不能解决问题？！'],
    en: ["I've had enough!", 'Can you people solve anything at all?!'],
  },
  again: {
    zh: ['我再问一次：', '还是那个问题：', '我得再说一遍：'],
    en: ['Let me ask again: ', 'Same question: ', 'I have to say it again: '],
  },
} satisfies Record<string, Bank>;

export type PhraseKey = keyof typeof PHRASES;

export const IDENTITY_ANSWERS: Record<string, Record<Lang, string>> = {
  fullName: { zh: '我叫{v}。', en: 'My name is {v}.' },
  phone: { zh: '手机号是{v}。', en: 'My phone number is {v}.' },
  cardLastFour: { zh: '卡号后四位是{v}。', en: 'The card ends in {v}.' },
  dateOfBirth: { zh: '出生日期是{v}。', en: 'My date of birth is {v}.' },
  accountHints: { zh: '{v}。', en: '{v}.' },
  code: { zh: '验证码是{v}。', en: 'The code is {v}.' },
};
