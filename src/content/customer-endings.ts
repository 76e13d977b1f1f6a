/**
 * How each persona winds a talk down in its own voice (goodbye, "I'll try that for now", "nothing else",
 * grudging goodbye): shared stock lines made customers sound alike. These come first, shared banks after.
 */
export type EndingKey = 'goodbye' | 'unsure' | 'nothingElse' | 'grudgingBye';
type Lines = Record<EndingKey, readonly string[]>;

export const PERSONA_ENDINGS: Record<string, { zh: Lines; en: Lines }> = {
  'civil-servant-gao': {
    zh: {
      goodbye: ['好的，今天的情况我都记下了，谢谢您，再见。', '行，那就按您说的办，谢谢，再见。'],
      unsure: ['那我先按您说的办，有书面通知麻烦发我一份。', '好，我先记下来，有问题我再按流程找你们。'],
      nothingElse: ['没有了，我要问的就这些。', '暂时没有其他问题了，谢谢。'],
      grudgingBye: ['那好吧，今天先到这里，情况我都记下了。', '行吧，我回去再查查相关规定，再见。'],
    },
    en: {
      goodbye: [
        "Fine, I've noted everything down. Thank you, goodbye.",
        "Good, we'll go by what you said. Thank you, goodbye.",
      ],
      unsure: [
        "I'll do as you said for now. Please send me anything in writing.",
        "Right, I've written that down. If there's a problem I'll come back through the proper channel.",
      ],
      nothingElse: ['No, that covers everything I needed to ask.', 'Nothing further for now, thank you.'],
      grudgingBye: [
        'Very well, we will leave it there for today. I have made a note of all this.',
        "All right. I'll look up the rules myself. Goodbye.",
      ],
    },
  },
  'designer-lin': {
    zh: {
      goodbye: ['OK，谢啦，拜拜～', '好嘞，辛苦你了，拜拜。'],
      unsure: ['行，我先按你说的弄一下，不行再来找你。', 'OK，我先试试，有问题我截个图再问你。'],
      nothingElse: ['没了没了，就这些。', '暂时没别的了，OK。'],
      grudgingBye: ['行吧，那先这样，我回头自己再看看。', '好吧……那我先撤了。'],
    },
    en: {
      goodbye: ['OK, thanks so much, bye!', 'Great, cheers for that. Bye.'],
      unsure: [
        "OK, I'll give it a go and send a screenshot if it doesn't work.",
        "Fine, I'll try that first and ping you again if not.",
      ],
      nothingElse: ["Nope, that's it.", "That's all for now, OK."],
      grudgingBye: ["Fine, I'll leave it there and sort it out myself.", "Okay... I'll go, then."],
    },
  },
  'expat-miller': {
    zh: {
      goodbye: ['好的，谢谢你，再见。', '行，麻烦你了，拜拜。'],
      unsure: ['好，我先照你说的试一下，不行再联系你们。', '行吧，我先试试看。'],
      nothingElse: ['没有了，就这个。', '别的没有了，谢谢。'],
      grudgingBye: ['好吧，那就先这样。', '行，我回头再说吧。'],
    },
    en: {
      goodbye: ['Right, thanks very much. Cheers, bye.', 'Lovely, thank you. Bye for now.'],
      unsure: [
        "Right, I'll give that a try and ring back if it doesn't work.",
        "Okay, I'll have a go at that and see.",
      ],
      nothingElse: ["No, that's the lot, thanks.", "That's everything, cheers."],
      grudgingBye: ["Fine. I'll leave it for now, then.", "Right. I'll take it from here. Bye."],
    },
  },
  'farmer-zhang': {
    zh: {
      goodbye: ['好嘞，麻烦你咧，再见啊。', '成，那就这么弄，谢了啊。'],
      unsure: ['那我先照你说的弄一下，弄不成再给你们打。', '成，我先试试，不行再问你。'],
      nothingElse: ['没啥了，就这个事。', '没了，别的没啥事。'],
      grudgingBye: ['那先这样吧，我再琢磨琢磨。', '唉，那就这样嘛，我回头再说。'],
    },
    en: {
      goodbye: ['Right then, thanks for your trouble. Bye now.', "Good, we'll do it that way. Thanks."],
      unsure: [
        "I'll try it like you said, and if it won't work I'll ring again.",
        "All right, I'll have a go, and ask again if I'm stuck.",
      ],
      nothingElse: ['Nothing else, just that.', 'No, that was all.'],
      grudgingBye: ["Well, leave it there then. I'll think it over.", "Ah well, that'll have to do for now."],
    },
  },
  'grandma-li': {
    zh: {
      goodbye: ['好额好额，谢谢侬啊，再会。', '晓得了，麻烦侬了，再会再会。'],
      unsure: ['那我先照侬讲额做做看，弄不来再打电话问。', '好，我叫隔壁小王帮我弄弄看，不来事再寻侬。'],
      nothingElse: ['没了没了，就这桩事体。', '没别额了，谢谢侬。'],
      grudgingBye: ['那好吧，就先这样，我再想想。', '唉，算了，我叫儿子下趟再帮我问。'],
    },
    en: {
      goodbye: [
        'All right, dear, thank you so much. Goodbye now.',
        'Lovely, thank you for your patience with me. Bye-bye.',
      ],
      unsure: [
        "I'll try it the way you said, and ring again if I can't manage.",
        "I'll ask the neighbour's boy to help me with it, and call back if it doesn't work.",
      ],
      nothingElse: ['No, no, that was the only thing.', 'Nothing else, thank you, dear.'],
      grudgingBye: [
        "Well, all right, let's leave it for now. I'll think about it.",
        "Oh dear. I'll have my son ask about it next time.",
      ],
    },
  },
  'newcomer-amara': {
    zh: {
      goodbye: ['好的，谢谢！Bye bye.', 'OK，谢谢你，再见。'],
      unsure: ['OK，我先试试。不行，我再来问。', '好，我试一试，step by step。'],
      nothingElse: ['没有了，谢谢。', 'No，没有别的了。'],
      grudgingBye: ['OK……那先这样吧。', '好吧，我再想办法。'],
    },
    en: {
      goodbye: ['Okay, thank you very much. Bye!', 'Thank you, my friend. Have a good day.'],
      unsure: [
        'Okay, I will try it step by step and come back if it does not work.',
        'Alright, let me try this first.',
      ],
      nothingElse: ['No, that is all, thank you.', 'Nothing more, thank you.'],
      grudgingBye: ['Okay... I will leave it for now.', 'Alright. I will find another way.'],
    },
  },
  'nurse-he': {
    zh: {
      goodbye: ['好，谢谢，先挂了。', '行，谢了，拜拜。'],
      unsure: ['行，我下了班再弄。', '好，我先试，不行再打。'],
      nothingElse: ['没了。', '就这些。'],
      grudgingBye: ['行吧，先这样。', '算了，回头再说。'],
    },
    en: {
      goodbye: ['Okay, thanks. Got to go.', 'Right, thanks. Bye.'],
      unsure: ["Fine, I'll do it after my shift.", "Okay, I'll try. I'll call if not."],
      nothingElse: ["That's all.", 'Nothing else.'],
      grudgingBye: ['Fine. Leave it.', 'Forget it, later.'],
    },
  },
  'programmer-liu': {
    zh: {
      goodbye: ['ok 谢了 拜', '行 拜'],
      unsure: ['行 我自己先弄 不行再找你们', '先这样 我试下'],
      nothingElse: ['没了', '就这'],
      grudgingBye: ['行吧 先这样', '算了 我自己查'],
    },
    en: {
      goodbye: ['ok thanks bye', 'cool, thanks, bye'],
      unsure: ["ok i'll try it myself, back if it breaks", "fine, i'll test it"],
      nothingElse: ["that's it", 'nothing else'],
      grudgingBye: ['fine, whatever', "ok i'll figure it out myself"],
    },
  },
  'retired-engineer-qian': {
    zh: {
      goodbye: ['行，那就这么整，谢谢你啊，再见。', '好嘞，你讲得挺明白，谢谢，再见。'],
      unsure: ['那我先照你说的整整看，整不明白再来问。', '行，我回去琢磨琢磨，有啥不对再找你们。'],
      nothingElse: ['没啥了，就这个事儿。', '别的没了，就问这个。'],
      grudgingBye: ['那行吧，今天先这样，我回去再合计合计。', '唉，那就先这么着吧。'],
    },
    en: {
      goodbye: [
        "Right, that'll do. Thank you, and goodbye.",
        "Good, you've explained it clearly. Thanks, bye now.",
      ],
      unsure: [
        "I'll go and try it your way, and come back if I can't work it out.",
        "Right, I'll think it over at home and call if something's off.",
      ],
      nothingElse: ['No, that was the only thing.', 'Nothing else, I only wanted to ask about that.'],
      grudgingBye: [
        "Well, all right, leave it there for today. I'll mull it over.",
        "Ah well, it'll have to do for now.",
      ],
    },
  },
  'retired-teacher-wang': {
    zh: {
      goodbye: ['好的，谢谢你的耐心，再见。', '明白了，辛苦你了，再见。'],
      unsure: ['那我先照你说的一步一步来，不明白的我再打电话请教。', '好，我先记在本子上，回去慢慢试。'],
      nothingElse: ['没有其他问题了，谢谢你。', '就这一件事，没别的了。'],
      grudgingBye: ['那好吧，今天就先到这儿。', '唉，那我回头让孩子帮我看看吧。'],
    },
    en: {
      goodbye: [
        'Thank you for being so patient with me. Goodbye.',
        'I understand now. Thank you for your trouble, goodbye.',
      ],
      unsure: [
        "I'll follow your steps one at a time and ring again if I get lost.",
        'Let me write that in my notebook and try it slowly at home.',
      ],
      nothingElse: ['No, that was my only question, thank you.', 'Just that one matter, nothing else.'],
      grudgingBye: [
        'Very well, we shall leave it there for today.',
        'Oh dear. I shall ask my children to look at it later.',
      ],
    },
  },
  'rider-ma': {
    zh: {
      goodbye: ['好 谢了 挂了', '行 拜拜'],
      unsure: ['行 我送完这单再弄', '好 我先试 不行再打'],
      nothingElse: ['没了', '没别的'],
      grudgingBye: ['行吧 先这样', '算了 我还得送单'],
    },
    en: {
      goodbye: ['ok thx bye', 'cool thanks gotta go'],
      unsure: ["ok i'll do it after this delivery", "fine i'll try later"],
      nothingElse: ["that's all", 'nah nothing else'],
      grudgingBye: ['fine, gotta go', 'forget it, got orders to run'],
    },
  },
  'shop-owner-huang': {
    zh: {
      goodbye: ['好，多谢晒，拜拜。', '得，麻烦你了，我先去看铺头。'],
      unsure: ['行，我先照你说的弄，弄不好再打过来。', '好，我先试下，唔得再搵你。'],
      nothingElse: ['冇了，就这个事。', '没别的了，就这样。'],
      grudgingBye: ['算了，先这样吧。', '行吧，先这样，我回头再打来。'],
    },
    en: {
      goodbye: ['Good, many thanks. Bye.', "Right, cheers. I'd better get back to the shop."],
      unsure: [
        "Fine, I'll do what you said, and call back if it goes wrong.",
        "Okay, I'll try it and ring you if it doesn't work.",
      ],
      nothingElse: ['Nothing else, just that.', "That's it, that's all I had."],
      grudgingBye: ['Forget it, leave it there.', "Fine, I'll call back another time."],
    },
  },
  'single-mother-zhou': {
    zh: {
      goodbye: ['行，谢谢你啊，真帮了我大忙了，再见。', '好嘞，谢谢你，我得赶紧回病房了。'],
      unsure: ['那我先照你说的弄，弄不成我再打过来。', '行，我先试试，不行再找你们，我这边还得看着孩子。'],
      nothingElse: ['没了，就这个事儿。', '没别的了，谢谢你。'],
      grudgingBye: ['那就先这样吧，我再想想办法。', '行吧，我先去医院那边问问。'],
    },
    en: {
      goodbye: [
        "Okay, thank you, you've really helped me out. Bye.",
        "Thanks, I'd better get back to the ward now.",
      ],
      unsure: [
        "I'll do it your way, and call back if it doesn't work.",
        "Okay, I'll try that, and ring again if not. I have to keep an eye on my girl.",
      ],
      nothingElse: ['No, that was the only thing.', 'Nothing else, thank you.'],
      grudgingBye: [
        "Fine, we'll leave it there. I'll find some other way.",
        "Okay. I'll go and ask at the hospital.",
      ],
    },
  },
  'student-zhao': {
    zh: {
      goodbye: ['好嘞，谢谢啦，拜拜～', '好的好的，谢谢，拜拜。'],
      unsure: ['行，那我先试试，不行再来问。', '好吧，我先照你说的弄一下。'],
      nothingElse: ['没有啦，就这个。', '没别的了，谢谢。'],
      grudgingBye: ['哦……那好吧，先这样。', '行吧，我再问问同学。'],
    },
    en: {
      goodbye: ['Cool, thanks a lot, bye!', 'Okay, thank you! Bye.'],
      unsure: ["Okay, I'll try it and come back if it doesn't work.", "Alright, I'll give that a go first."],
      nothingElse: ["Nope, that's it.", 'No, nothing else, thanks.'],
      grudgingBye: ["Oh... okay, I'll leave it then.", "Fine, I'll ask my classmates."],
    },
  },
  'teacher-chen': {
    zh: {
      goodbye: ['要得，谢谢你哈，再见。', '好，晓得了，谢谢，拜拜。'],
      unsure: ['要得，我先照你说的弄一下，不行再来问。', '好，我先记下来，回头试一下。'],
      nothingElse: ['没得了，就这个。', '没别的了，谢谢哈。'],
      grudgingBye: ['那好嘛，先这样。', '算了嘛，我回头再说。'],
    },
    en: {
      goodbye: ['Great, thank you. Bye.', 'Okay, got it. Thanks, bye.'],
      unsure: [
        "Okay, I'll try it your way and come back if it doesn't work.",
        'Right, let me note that down and try it later.',
      ],
      nothingElse: ["No, that's everything.", 'Nothing else, thanks.'],
      grudgingBye: ["Fine, let's leave it there.", "Never mind, I'll sort it out later."],
    },
  },
  'vip-client-sun': {
    zh: {
      goodbye: ['行，就这样，再见。', '好，辛苦了，先这样。'],
      unsure: ['先这样，有结果让客户经理联系我。', '行，我等你们消息。'],
      nothingElse: ['没了。', '就这些。'],
      grudgingBye: ['行了，先这样吧。', '行，我自己另想办法。'],
    },
    en: {
      goodbye: ["Fine. That's all. Goodbye.", 'Good. Thank you, goodbye.'],
      unsure: [
        'Leave it there. Have my relationship manager call me with the result.',
        "Fine. I'll wait for your call.",
      ],
      nothingElse: ['No.', "That's all."],
      grudgingBye: ["Enough. We'll leave it there.", "Fine. I'll deal with it another way. Goodbye."],
    },
  },
};
