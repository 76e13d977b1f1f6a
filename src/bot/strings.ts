import type { Lang } from '../csc/text.ts';

/** Every piece of chat and page chrome the bot shows, in both languages: the one catalogue. */
export const STRINGS = {
  zh: {
    mode: { practice: '练习', exam: '考试' },
    customer: '客户',
    briefing: '任务说明',
    topic: '主题',
    difficulty: '难度',
    replyHere: '在这个话题里回复客户即可开始。',
    replyHereNoThreads: '直接在这里回复客户即可开始。',
    stage: '阶段',
    mood: '客户情绪',
    retry: '再练一次',
    fresh: '换个练习',
    rate: '这个客户像真人吗？',
    rated: (stars: string) => `谢谢评分：${stars}`,
    evidence: '依据',
    hint: '提示',
    status: (turn: number, mood: string) => `练习进行中：第 ${turn} 轮，客户情绪 ${mood}。`,
    noHistory: '还没有完成的练习。',
    history: '最近的练习',
    pick: '选一个场景开始练习',
    recommended: '推荐给你的练习',
    start: '开始',
    scenarios: '可选的场景',
    observer: (prefix: string) =>
      `这是别人的练习，只有开始练习的学员的回复才会计入。想自己练习请用 ${prefix}start。`,
    replyInThread: '你的练习在话题里进行，请在那个话题中回复客户（直接回复本条频道消息不计入）。',
    working: '⏳ 好的，处理中…',
    platformError: (what: string) =>
      `抱歉，消息没能发出去（${what}），请检查机器人是否已加入这个频道后再试。`,
    startFailed: '练习没能开始：消息发不到这个频道。这次练习已取消，不会计入。',
  },
  en: {
    mode: { practice: 'practice', exam: 'exam' },
    customer: 'Customer',
    briefing: 'Your briefing',
    topic: 'Topic',
    difficulty: 'Difficulty',
    replyHere: 'Reply to the customer in this thread to begin.',
    replyHereNoThreads: 'Reply to the customer here to begin.',
    stage: 'stage',
    mood: 'customer mood',
    retry: 'Retry this drill',
    fresh: 'New drill',
    rate: 'How realistic was this customer?',
    rated: (stars: string) => `Thanks for rating: ${stars}`,
    evidence: 'Evidence',
    hint: 'Hint',
    status: (turn: number, mood: string) => `Drill in progress: turn ${turn}, customer mood ${mood}.`,
    noHistory: 'No finished drills yet.',
    history: 'Recent drills',
    pick: 'Pick a scenario to practise',
    recommended: 'Recommended for you',
    start: 'Start',
    scenarios: 'Scenarios',
    observer: (prefix: string) =>
      `This is someone else's drill: only the trainee's replies count. Start your own with ${prefix}start.`,
    replyInThread:
      'Your drill runs in its thread: reply to the customer there (messages in the channel do not count).',
    working: '⏳ Working on it…',
    platformError: (what: string) =>
      `Sorry, the message could not be posted (${what}). Check that the bot has been added to this channel, then try again.`,
    startFailed: 'The drill could not start: the bot cannot post in this channel. Nothing was recorded.',
  },
} as const;

export const strings = (lang: Lang) => STRINGS[lang];
