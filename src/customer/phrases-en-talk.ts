import type { Bank } from './phrases.ts';

/** English: what customers say to move the conversation on (answers, asks, goodbyes). */
export const EN_TALK = {
  unresolved: {
    any: [
      'So what do I actually do now?',
      'Okay, but can this be fixed or not?',
      'Just tell me the next step.',
      'And how does this get sorted?',
      "I still don't know what happens next.",
      "We've been talking a while and nothing's fixed yet.",
    ],
    curt: ['And?', 'So what now?', 'Can you fix it or not?', 'Bottom line?'],
    formal: ['What do I need to do next, please?', 'Could you tell me exactly how this will be handled?'],
  },
  actionRequest: {
    any: [
      'Can you actually do it for me now?',
      'Okay, I get it. Can you go ahead and do it?',
      'Explaining is fine, but I need you to process it.',
    ],
    curt: ['Then do it.', 'Do it now, please.'],
    formal: ['Could you go ahead and take care of it now, please?'],
  },
  waitOk: {
    any: ["Okay, I'll wait.", 'Fine, please be quick.', "Alright, I'm here."],
    curt: ['Quickly.', 'Waiting.'],
    formal: ['Of course, I will wait.'],
  },
  waitAngry: {
    any: [
      'Wait for what? Tell me what is going on first.',
      "Wait again? I can't keep waiting.",
      'How long am I supposed to wait?',
    ],
    curt: ['Wait for what?', 'Again?'],
    formal: ['How much longer will it be, please?'],
  },
  accept: {
    any: ['Yes, please.', 'Sure, go ahead.', "Okay, let's do that.", 'That would be great, thanks.'],
    curt: ['Yes.', 'Go ahead.', 'Fine, do it.'],
    formal: ['Yes, please do.'],
  },
  offTopic: {
    any: [
      'Can we get back to my problem, please?',
      "I'm not really in the mood for chit-chat.",
      'Sorry, but can we focus on my issue?',
      "That's not why I'm here. What about my problem?",
      "Let's leave that. I just need this sorted.",
    ],
    curt: ['Focus, please.', 'Not now.'],
    formal: ["If you don't mind, I'd rather we dealt with my problem."],
  },
  notDone: {
    any: ["Wait, my problem isn't solved yet!", "Hold on, don't close this yet, I'm not sorted."],
    curt: ['Not done yet.', "It's not fixed."],
    formal: ['Just a moment, my issue has not been resolved.'],
  },
  notDoneAgain: {
    any: [
      "That's the second time you've tried to wrap this up. Nothing's sorted yet.",
      "Please stop trying to end the chat. I'm still waiting for an actual answer.",
      "Again? I'm not done here. Can we finish this properly?",
    ],
    curt: ['Stop closing. Not done.', 'Again? Still not fixed.'],
    formal: ['I must ask you again not to close this. My matter is still open.'],
  },
  satisfied: {
    any: [
      "Great, that's clear now. Thank you!",
      "Alright, let's do that. Thanks for your help.",
      'Okay, that puts my mind at rest.',
      'Good, finally I understand what to do.',
    ],
    curt: ['Ok, that works.', 'Fine. Sorted.'],
    formal: ['Thank you, that is very clear.', 'Very good, thank you for your patience.'],
  },
  unsure: {
    any: [
      "I think that's it for now. I'll try what you said.",
      "Nothing else for now, I'll see if it works.",
      "Let's leave it there. I'll come back if it doesn't work.",
    ],
    curt: ["That's it for now.", "Fine. We'll see."],
    formal: ['Nothing further for now. I will follow your advice and get back to you if needed.'],
  },
  nothingElse: {
    any: ["No, that's everything, thanks.", 'Nothing else for now.', "That's all I needed.", "No, I'm good."],
    curt: ['No.', "That's all."],
    formal: ['No, that is all. Thank you.'],
  },
  stillDoubt: {
    any: [
      "Fine, but I'm still not convinced by what you told me. I'll check it myself before I do anything.",
      "Okay. I don't fully believe that, though, so I'm going to double-check it first.",
      "Right... that still doesn't add up for me. Where exactly is it written down?",
    ],
    curt: ["Still doesn't add up. I'll check myself.", "Not convinced. I'll look into it."],
    formal: ['Very well, though I must say that still does not seem right to me. I shall verify it first.'],
  },
  doubtStays: {
    any: [
      "Hang on, I'm still stuck on what you told me before. Is that really true?",
      "I'm not agreeing to anything until I know that claim of yours is right.",
      'Before we go on: where exactly does it say what you told me earlier?',
      "Sorry, that earlier part still doesn't sit right with me. Can you check it properly?",
    ],
    curt: ['Not until you check what you said.', 'Still not buying it.'],
    formal: [
      'Before we proceed, I would like you to confirm what you told me earlier. I am not sure it is right.',
    ],
  },
  wrapUpAck: {
    any: ['Okay, thanks.', 'Sure, noted.', 'Alright.'],
    curt: ['Ok.', 'Sure.'],
    formal: ['Very well, thank you.'],
  },
  goodbye: {
    any: ['Thanks, bye!', 'Great, thank you. Bye.', 'Thanks a lot, goodbye.'],
    curt: ['Bye.', 'Ok, bye.'],
    formal: ['Thank you, goodbye.', 'Thank you for your help. Goodbye.'],
  },
  grudgingBye: {
    any: [
      "Fine. I'll leave it there, bye.",
      "Alright, I'll see how it goes. Bye.",
      "Okay then. I'll be back if it doesn't work.",
    ],
    curt: ['Fine. Bye.', 'Right. Bye.'],
    formal: ['Very well. Goodbye.'],
  },
  gaveUp: {
    any: [
      "Forget it, I'll go to a branch myself.",
      "This is going nowhere. I'll ask someone else.",
      "I'm done wasting my time. I'm making a complaint.",
    ],
    curt: ['Forget it.', "I'm done. Complaint."],
    formal: ["I won't take up more of your time. I'll go to the branch instead."],
  },
  maxTurns: {
    any: ['I have to go now, I’ll deal with this later.', "I'm out of time. I'll contact you again later."],
    curt: ['Out of time. Later.'],
    formal: ['I am afraid I must go. I will get in touch again.'],
  },
  upset: {
    any: ["I'm really worried about this.", 'This is really stressing me out.'],
    formal: ['Honestly, this is worrying me.'],
  },
  angry: {
    any: ['This is ridiculous!', "I'm really angry about this!", 'Unbelievable.'],
    curt: ['Ridiculous.', 'Unbelievable.'],
  },
  furious: {
    any: [
      "I've had enough!",
      'Can you people solve anything at all?!',
      "That's it, I've had it with this!",
      'Is anyone there actually able to fix this?!',
      'I am so fed up with this!',
      'This is a joke. A complete joke!',
    ],
    curt: ['Enough!', "I've had it."],
  },
  offerIdentity: {
    any: ['Sure, what do you need?', 'Okay, what details do you want?', 'Go ahead, ask.'],
    curt: ['What do you need?', 'Ask.'],
    formal: ['Of course. Which details would you like?'],
  },
  idNumberNo: {
    any: [
      "I don't have my ID card on me and I don't know the number by heart. Can we use something else?",
      "My ID isn't with me and I can't remember the number. Would my date of birth do instead?",
      "I'd rather not type my whole ID number into a chat. Can you check me another way?",
      "Eighteen digits? I've never known that by heart. Ask me something else.",
    ],
    curt: [
      'ID’s not on me. Something else?',
      "Don't have my ID here. Ask me something else.",
      "Can't remember the number. Try another way.",
    ],
    formal: ["I'm afraid I don't have my ID with me. Could you verify me another way?"],
  },
  noHint: {
    any: ["I can't remember that off the top of my head.", "I'd have to look that up, sorry."],
    curt: ["Can't remember."],
  },
  withhold: {
    any: [
      'Why would I tell you anything when you talk to me like that?',
      'Fix the attitude first, then we can talk details.',
    ],
    curt: ['Not telling you.'],
  },
  /** An impostor asked for details he cannot give, once his own arguments are spent. */
  deflect: {
    any: [
      'Why do you need all that? I just want this done.',
      "What's that got to do with it? Just sort it out.",
      "I'll deal with that later - do the change first.",
      "I don't have all those details to hand. Can you just get on with it?",
    ],
    curt: ['Why does that matter?', 'Just get on with it.'],
    formal: ["I'm not sure how that's relevant. Could you simply process the request?"],
  },
} satisfies Record<string, Bank>;
