import type { Bank } from './phrases.ts';

/** English: reactions to how the conversation goes (a code asked for, guidance, leaks, stalling, a fix). */
export const EN_TURNS = {
  codeHesitate: {
    any: [
      'Hold on, why do you need the code? The text says never to give it to anyone.',
      "The code? Isn't that meant to stay with me? What do you need it for?",
      "Wait, the message says don't share this code with anyone. Why are you asking for it?",
    ],
    curt: ['Why do you need the code?', 'The code? What for?'],
    formal: ["I'm sorry, but the message says never to share this code. Why would the bank need it?"],
  },
  codeHesitateAgain: {
    any: [
      "That's exactly how I got caught the first time, someone asking for a code. Are you really the bank?",
      "I'm not comfortable with this. A code is how they got my money. Why can't I just type it in the app?",
    ],
    curt: ['Last time a code got me scammed. Why again?'],
    formal: ['Forgive me, but a code is exactly what the scammers used. Is there no other way?'],
  },
  codeNever: {
    any: [
      "No. I'm not reading out any code, however many times you ask.",
      "That's exactly how they got my money. The code stays with me.",
      "Ask for that code once more and I'm hanging up and going to a branch.",
      "Forget it. I'm not giving a code to anyone, not after today.",
    ],
    curt: ['No code. Stop asking.', 'Not happening.'],
    formal: ["I won't share any code with anyone. Please verify me some other way."],
  },
  stepDone: {
    any: ['Okay, done that. Now what?', "Right, I've done it. What's next?", 'Done. What do I do now?'],
    curt: ['Done that. What now?', 'Okay, done it. Next?'],
    formal: ["All right, I've done that. What should I do next?"],
  },
  nothingMore: {
    any: ["That's really all I know about it.", "I've told you everything I've got on that."],
    curt: ["That's all I've got."],
    formal: ["I'm afraid that's everything I know about it."],
  },
  nothingBeyond: {
    any: [
      'No, just what I told you.',
      "Yes, only those. Nothing else that I've seen.",
      "No, nothing like that. I've looked.",
      "That's right, just those, nothing more.",
    ],
    curt: ['No, just those.', 'Yes. Nothing else.'],
    formal: ['No, only what I mentioned earlier.'],
  },
  smallTalkBack: {
    any: [
      "Ha, not much to tell. Anyway, I think that's me sorted.",
      'Oh, nothing special. Was there anything else on my case?',
      "Can't complain. Right, I think we're done here.",
    ],
    curt: ['Fine. Are we done?', 'Nothing much. That it?'],
    formal: ['Nothing worth mentioning, thank you. Is there anything more on my case?'],
  },
  pounce: {
    any: [
      "See, you've got it all right there. So just put my number on the account now.",
      "Right, so you can see it's all in order. Now change the phone number to mine.",
      'Good, so you know it is her account. What else is on there? Just go ahead and make the change.',
    ],
    curt: ["There you go, it's all there. Change the number."],
  },
  griefDismissed: {
    any: [
      'My father just died. Could you at least not talk about it like that?',
      "It might be routine for you, it isn't for me. I'm trying to keep it together here.",
      "I'm not asking you to feel anything, just don't brush it off like that.",
    ],
    formal: ['Please, my father has just passed away. A little consideration would be kind.'],
  },
  supervisor: {
    any: [
      "This isn't going anywhere. Can I speak to your supervisor, please?",
      "I'd like to speak to someone more senior. This is getting ridiculous.",
      "Put me through to a manager. I'm not getting anywhere with you.",
    ],
    curt: ['Get me your supervisor.', 'Manager. Now.'],
    formal: ["I'm sorry, but I'd like to speak to your supervisor."],
  },
  relief: {
    any: ["Oh, thank goodness. That's a relief.", 'Oh, okay. Phew.', "Right, that's a weight off."],
    curt: ['Good.', 'Finally.'],
    formal: ["Oh, that's a great relief, thank you."],
  },
  escalationAck: {
    any: [
      'Fine, escalate it. And this time I expect someone to actually call me back.',
      "Right, escalate it then. That's what I've been asking for.",
    ],
    curt: ['Escalate it. Finally.'],
    formal: ['Very well, please escalate it. I shall expect to hear from someone soon.'],
  },
  stillWrong: {
    any: [
      "Hang on, that's not what I'm seeing on my side.",
      "That doesn't match what I've got in front of me.",
    ],
    curt: ["That's not what I see."],
  },
  challengeAgain: {
    any: [
      'Same figure again? It still does not match what I have here.',
      "You keep saying that and it's still wrong. Have you actually checked?",
      "Again? No. That's not what I'm looking at, so please check it properly.",
    ],
    curt: ['Still wrong. Check it.', 'That again? No.'],
    formal: ['You have repeated it, but it still does not agree with what I was given. Please check it.'],
  },
} satisfies Record<string, Bank>;
