/**
 * How each persona pushes back in its own voice: a brush-off answered, "so what now?", "don't close
 * this yet". Review 9 found the same stock lines ("你就直接告诉我下一步怎么弄吧。", "Easy for you to
 * say, it's not happening to you.") in customers of different scenarios. These come first, shared banks after.
 */
export type PushbackKey = 'dismissed' | 'unresolved' | 'notDone';
type Lines = Record<PushbackKey, readonly string[]>;

export const PERSONA_PUSHBACK: Record<string, { zh: Lines; en: Lines }> = {
  'civil-servant-gao': {
    zh: {
      dismissed: ['您这话说得轻松，这事搁谁身上谁不着急？', '俺不是来听您讲道理的，事情总得有个说法。'],
      unresolved: ['那按规定，下一步具体该怎么办？您给我个准话。', '绕了一圈，这事到底归谁管、怎么办？'],
      notDone: ['先别结束，我的事还没办完呢。', '等等，问题还没解决，您不能就这么结了。'],
    },
    en: {
      dismissed: [
        "That's easy to say when it isn't your family.",
        "I didn't come for a lecture. I came for an answer.",
      ],
      unresolved: [
        'So what is the actual next step, by the rules?',
        'Whose job is this, and what happens now? Please be specific.',
      ],
      notDone: [
        "Please don't close this yet. It isn't settled.",
        'One moment - nothing has been resolved yet.',
      ],
    },
  },
  'designer-lin': {
    zh: {
      dismissed: ['哈？钱可是我一单一单接活挣的，能不急吗？', '你这么说我更着急了好吗。'],
      unresolved: ['所以具体要我点哪里、怎么弄？说清楚点嘛。', '那下一步到底是什么，给我个明确的说法呗。'],
      notDone: ['诶等下，我这边还没搞定呢。', '别急着结束啊，问题还在。'],
    },
    en: {
      dismissed: [
        "Um, it's not nothing to me. I earn that money gig by gig.",
        'Honestly, hearing that makes me more stressed.',
      ],
      unresolved: [
        'So what exactly do I tap, and where? Spell it out for me.',
        "Okay, but what's the actual next step?",
      ],
      notDone: ["Wait, I'm not sorted on my end yet.", "Don't wrap up yet, it's still broken."],
    },
  },
  'expat-miller': {
    zh: {
      dismissed: ['这是我的钱，我的 family，for me 很重要。', 'Please 认真一点，这个对我很重要，OK？'],
      unresolved: ['So，我现在要做什么？one step，一个一个说。', '我还是不明白，next step 是什么？'],
      notDone: ['Wait，还没好，我的问题还在。', 'Sorry，还没有 finish，先别关。'],
    },
    en: {
      dismissed: [
        "With respect, it's my family's money. It matters.",
        "I'd rather you didn't brush that aside.",
      ],
      unresolved: [
        'Right. So what exactly do I do next?',
        "I'm still not clear on the next step, I'm afraid.",
      ],
      notDone: ["Sorry, we're not finished. It's still not sorted.", "Hang on, please don't close this yet."],
    },
  },
  'farmer-zhang': {
    zh: {
      dismissed: ['你说得轻省，那是额一年卖果子的钱。', '咋能不急嘛，这可是血汗钱。'],
      unresolved: ['那你就说，额下一步该咋弄？', '说了这么多，额还是不知道咋办。'],
      notDone: ['先甭挂，额这事还没弄好。', '哎，等一下，还没弄完哩。'],
    },
    en: {
      dismissed: [
        "Easy said. That's a whole year's fruit money.",
        'How can I not worry? I sweated for that money.',
      ],
      unresolved: [
        'So just tell me plain: what do I do next?',
        "All this talk and I still don't know what to do.",
      ],
      notDone: ["Don't hang up yet, it's not fixed.", "Wait, we're not done here."],
    },
  },
  'grandma-li': {
    zh: {
      dismissed: ['侬讲起来轻巧，我一个老太婆急也急死了。', '这钞票是我养老的呀，哪能不急。'],
      unresolved: ['那我现在到底要哪能弄？侬慢慢讲。', '我听不大懂，侬就讲我下一步做啥。'],
      notDone: ['哎，先不要挂，我这个事体还没弄好。', '等一等，我还没弄明白呢。'],
    },
    en: {
      dismissed: [
        "That's easily said, dear. At my age this is frightening.",
        'That money is my pension. Of course I worry.',
      ],
      unresolved: [
        'So what do I do now? Please go slowly.',
        "I don't quite follow. Just tell me the next thing to do.",
      ],
      notDone: ["Oh, don't go yet, it's not done.", "Wait a moment, I still don't understand."],
    },
  },
  'newcomer-amara': {
    zh: {
      dismissed: ['对我是大事，my salary 在里面。', '我很 worried，please 认真一点。'],
      unresolved: ['我不懂，下一步做什么？please 简单说。', 'OK，那我现在要 do what？'],
      notDone: ['Wait，还没 OK，问题还在。', '还没好，please 不要结束。'],
    },
    en: {
      dismissed: [
        'This is a lot for me. My whole salary is in there.',
        'Please take this seriously. I am really worried.',
      ],
      unresolved: [
        "Sorry, I still don't get it. What do I do next, simply?",
        'Okay, so what is the next step for me?',
      ],
      notDone: [
        "Wait, it's not okay yet. The problem is still there.",
        "Please don't end it, it's not fixed.",
      ],
    },
  },
  'nurse-he': {
    zh: {
      dismissed: ['我没时间听这个，说正事。', '说得轻松，我下了班还得跑这事。'],
      unresolved: ['下一步是什么，一句话说完。', '直接说我要做什么。'],
      notDone: ['没完，问题还在。', '别结束，还没解决。'],
    },
    en: {
      dismissed: [
        'No time for that. Get to the point.',
        "Easy when you're not the one running between shifts.",
      ],
      unresolved: ['Next step. One sentence.', 'Just tell me what I have to do.'],
      notDone: ['Not finished. Still broken.', "Don't close it. Not solved."],
    },
  },
  'programmer-liu': {
    zh: {
      dismissed: ['不是你的钱你当然不急。', '事没出在你身上，你当然无所谓。'],
      unresolved: ['所以结论呢，下一步干嘛？', '绕半天了，给个能操作的步骤。'],
      notDone: ['还没完，问题还在。', '别关单，没解决。'],
    },
    en: {
      dismissed: ["Sure, it's easy when it's not your money.", "It's not fine from where I'm sitting."],
      unresolved: [
        "Ok so what's the actual next step?",
        'Going in circles here. Give me something I can do.',
      ],
      notDone: ['Not done, still broken.', "Don't close this, nothing is fixed."],
    },
  },
  'retired-engineer-qian': {
    zh: {
      dismissed: ['话不能这么说，这事放谁身上都得上火。', '我干了一辈子技术，讲的是事实，不是情绪。'],
      unresolved: ['那具体咋整？第一步、第二步，你给我说清楚。', '道理我听了，现在到底该怎么操作？'],
      notDone: ['别急着结束，问题还没整明白。', '等会儿，这事还没处理完。'],
    },
    en: {
      dismissed: [
        "You can't put it like that. Anyone would be upset.",
        "I worked in engineering all my life. I'm talking facts, not feelings.",
      ],
      unresolved: [
        'So what exactly do I do? Step one, step two, please.',
        "I've heard the theory. How do I actually do it?",
      ],
      notDone: ["Don't close yet, this hasn't been worked out.", "Hold on, we haven't finished with this."],
    },
  },
  'retired-teacher-wang': {
    zh: {
      dismissed: ['这话说得未免太轻巧了，事情没落在你身上罢了。', '我并非小题大做，这件事对我确实要紧。'],
      unresolved: ['那么请问，接下来我究竟该怎么做？', '说了这么多，具体办法还请你讲明白。'],
      notDone: ['且慢，我的问题还没有解决。', '请先不要结束，事情还没办妥。'],
    },
    en: {
      dismissed: [
        "That's rather easily said when it isn't happening to you.",
        "I'm not making a fuss over nothing. This matters to me.",
      ],
      unresolved: [
        'Then may I ask what exactly I should do next?',
        'For all that, I still need the actual procedure explained.',
      ],
      notDone: [
        'Just a moment, my problem has not been resolved.',
        'Please do not close this yet, it is not settled.',
      ],
    },
  },
  'rider-ma': {
    zh: {
      dismissed: ['你倒是不急，我还得跑单呢。', '说得轻松，那是我跑了一个月的钱。'],
      unresolved: ['那我到底咋弄？说快点，我还有单。', '直接说下一步，别绕。'],
      notDone: ['还没好呢，别挂。', '没弄完，我这边还是不行。'],
    },
    en: {
      dismissed: ["Fine for you, I've got orders waiting.", "Easy to say. That's a month of deliveries."],
      unresolved: ["So what do I do? Quick, I've got orders.", 'Just the next step, no runaround.'],
      notDone: ["Not done yet, don't hang up.", "It's still not working on my side."],
    },
  },
  'shop-owner-huang': {
    zh: {
      dismissed: ['你讲得轻松啦，我铺头每天都要用钱周转的。', '钱又不是你出，你当然不急啦。'],
      unresolved: ['那到底要我点做？你直接讲下一步啦。', '讲了半天，下一步做什么你讲清楚啦。'],
      notDone: ['喂，先别结束啊，我的事还没搞掂。', '等一下，还没搞掂呢。'],
    },
    en: {
      dismissed: [
        'Easy for you. My shop needs that money turning over every day.',
        "It's not your money, so of course you're not worried.",
      ],
      unresolved: [
        'So what do I actually do next? Just tell me straight.',
        'All this talk. What is the next step, exactly?',
      ],
      notDone: ["Hey, don't finish yet, it's not sorted.", "Wait, it's not fixed yet."],
    },
  },
  'single-mother-zhou': {
    zh: {
      dismissed: ['您说得轻巧，我一个人带孩子，这钱一分都不能少。', '这事搁谁身上都闹心，您甭不当回事。'],
      unresolved: ['那您就说，我下一步该干嘛？', '说了半天，到底怎么办您给句痛快话。'],
      notDone: ['哎先别挂，我这事还没完呢。', '等会儿，还没解决呢。'],
    },
    en: {
      dismissed: [
        "Easy for you. I'm raising a kid alone, every yuan counts.",
        'Anyone would be fed up, so please take it seriously.',
      ],
      unresolved: [
        'So just tell me: what do I do next?',
        'After all that, give me a straight answer on what happens now.',
      ],
      notDone: ["Hey, don't hang up, this isn't finished.", "Hold on, it's still not solved."],
    },
  },
  'student-zhao': {
    zh: {
      dismissed: ['啊？这对我来说蛮大的事好吧，那是我的生活费。', '你别这么说嘛，我真的很慌。'],
      unresolved: ['所以我现在要干嘛呀？一步一步说呗。', '那接下来咋办啊，我有点懵。'],
      notDone: ['等等，我这还没弄好呢。', '别结束呀，还没解决。'],
    },
    en: {
      dismissed: [
        "Um, it's a big deal to me, that's my living money.",
        "Please don't say that, I'm honestly panicking.",
      ],
      unresolved: ['So what do I do now? Step by step, please?', "Okay but what's next? I'm kind of lost."],
      notDone: ["Wait, it's not working for me yet.", "Don't end it, it's not fixed!"],
    },
  },
  'teacher-chen': {
    zh: {
      dismissed: ['你说得轻巧哦，又不是你的钱。', '我又不是大惊小怪，这个事情确实恼火。'],
      unresolved: ['那我下一步到底要咋个弄嘛？', '你就一条一条给我说清楚，要做啥子。'],
      notDone: ['等一哈，我这个还没弄好。', '莫忙结束，问题还在的。'],
    },
    en: {
      dismissed: [
        "That's easy when it's not your money.",
        "I'm not fussing over nothing, this is a real headache.",
      ],
      unresolved: [
        'So what exactly do I do next? Point by point, please.',
        'Just lay it out for me, one step at a time.',
      ],
      notDone: ["Hang on, mine's not sorted yet.", "Don't rush off, the problem's still there."],
    },
  },
  'vip-client-sun': {
    zh: {
      dismissed: ['你这话跟我说不合适吧。', '我的事你最好上点心。'],
      unresolved: ['直接给我方案，下一步是什么。', '我不要过程，要结果，接下来怎么办？'],
      notDone: ['事没办完，先别结。', '还没完，别急着收尾。'],
    },
    en: {
      dismissed: [
        "I don't think you should be saying that to me.",
        'Choose your words. I expect this taken seriously.',
      ],
      unresolved: [
        'Give me the solution. What is the next step?',
        "I don't want the process, I want the result. What now?",
      ],
      notDone: ["This isn't finished. Don't close it.", "We're not done. Don't wrap up."],
    },
  },
};
