import type { Bank, Banks } from './phrases.ts';
import { EN_CALM } from './phrases-en-calm.ts';
import { EN_TALK } from './phrases-en-talk.ts';
import { EN_TURNS } from './phrases-en-turns.ts';

/** English: how customers react to what the agent does, by register (curt: clipped; formal: polite or older). */
const REACTIONS = {
  rude: {
    any: [
      "Excuse me? There's no need to talk to me like that.",
      'Wow. Is that how you speak to customers?',
      "I'm here to get this fixed, not to be talked down to.",
      "Don't take that tone with me.",
      'Can we keep this civil, please?',
    ],
    curt: ['Watch the tone.', 'Excuse me?', 'No need for that.'],
    formal: ['I would appreciate being spoken to politely.', 'I beg your pardon? That was uncalled for.'],
  },
  blamed: {
    any: [
      'How is this my fault?',
      'So you’re blaming me now?',
      "I'm not an expert, how was I supposed to know that?",
      "Don't put this on me.",
      'Nobody ever told me that, so how would I know?',
    ],
    curt: ['My fault? Really?', "Don't pin this on me.", 'Nice, blame the customer.'],
    formal: [
      "I don't think that's fair. I did everything the normal way.",
      'I hardly think this is my responsibility.',
    ],
  },
  dismissed: {
    any: [
      "Don't tell me to calm down. It's my money.",
      'It might be common for you. It is not for me.',
      "I'm not overreacting, I just want this sorted.",
    ],
    curt: ["Don't tell me to relax.", 'Not a big deal to you, maybe.'],
    formal: [
      "With respect, it isn't a small thing to me.",
      "I'm not being difficult, this really matters to me.",
    ],
  },
  slowReply: {
    any: [
      'Are you still there? I have been waiting a while.',
      'Hello? That took ages.',
      'Could you answer a bit faster? This is urgent.',
      'Still there?',
    ],
    curt: ['Hello??', 'Still there?', 'Faster please.'],
    formal: ['Are you still there? I have been waiting for some time.'],
  },
  doubt: {
    any: [
      "Are you sure? And if it doesn't happen, then what?",
      'Can you actually promise that?',
      "That's a big promise. Can I get it in writing?",
      'Really? I’ll hold you to that.',
    ],
    curt: ['You promise?', 'Sure about that?'],
    formal: ['On what basis can you promise that?', 'If that turns out to be wrong, who is responsible?'],
  },
  suspicious: {
    any: [
      'You want my PIN? Banks never ask for that.',
      "I'm not giving anyone my password, sorry.",
      'Why would you need my PIN? That sounds wrong.',
    ],
    curt: ['Not sharing my PIN.', 'No. Not the password.'],
    formal: ["I won't share my password. The bank itself tells us never to."],
  },
  cardSecret: {
    any: [
      "The full card number and the code on the back? I don't think I should type those here.",
      "I'm not sending my card number and security code in a chat.",
      'You need my security code for a refund? No.',
    ],
    curt: ['Not giving you my card details.'],
    formal: ['I would rather not provide my full card number and security code here.'],
  },
  codeRefuse: {
    any: [
      "Hang on, you just said never to share the code. I'll type it in the app myself.",
      'Wait, a minute ago you told me not to give that code to anyone. Now you want it?',
      "No, the code stays with me. I'll enter it myself.",
    ],
    curt: ['You said never share it.', "No. I'll enter it myself."],
    formal: ['You told me earlier not to give the code to anyone, so I will enter it in the app myself.'],
  },
  codeGive: {
    any: [
      "Oh, got it. It's {code}.",
      'Let me look... the code is {code}.',
      'Just came in: {code}.',
      "It's {code}. Is that all you need?",
    ],
    curt: ['{code}.', 'Code: {code}.'],
    formal: ['Yes, it has arrived. The code is {code}.'],
  },
  confused: {
    any: [
      'What are you talking about? I just want my problem sorted.',
      'Sorry, what? What does that mean?',
      "I don't follow. Can we get back to my problem?",
    ],
    curt: ['What?', 'Meaning what?'],
    formal: ["I'm afraid I don't understand. Could we return to my problem?"],
  },
  jargon: {
    any: [
      "I don't really follow the jargon. Can you put it simply?",
      "I don't know those terms. Just tell me what to do.",
      'In plain words, please. What do I need to do?',
    ],
    formal: ['Could you explain that in plainer terms, please?'],
  },
  empathyAck: {
    any: [
      'Thanks, I appreciate that.',
      'Okay. Good to hear someone is actually listening.',
      'Alright. Please just help me sort it.',
      'Thank you. I’m a bit less stressed now.',
    ],
    curt: ['Fine.', 'Ok. Go on.', 'Right. Just fix it.'],
    formal: ['Thank you, that is kind of you.', 'I appreciate you saying so.'],
  },
  griefAck: {
    any: [
      "Thank you. It's been a hard few weeks.",
      'Thanks. Everything at home is still a bit of a mess.',
      'Thank you. I just want to get his affairs in order.',
    ],
    formal: ['Thank you for your understanding. I would like to get the paperwork settled soon.'],
  },
  emptyComfort: {
    any: [
      "'Don't worry' doesn't really help me. What happens now?",
      "I know you'll 'look into it', but what does that actually mean?",
      'Please stop telling me not to worry and tell me what to do.',
      'I don’t need the nice words, I need a fix.',
    ],
    curt: ['Skip that. What now?', 'Just the facts.', 'Words. What’s the fix?'],
    formal: [
      "Thank you, but I'd rather know what will actually be done.",
      'That is kind, but the problem is still there.',
    ],
  },
  knowledgeAck: {
    any: ['Oh, I see.', 'Right, that makes sense.', 'Okay, noted.', 'Got it.', 'Ah, okay. That explains it.'],
    curt: ['Ok.', 'Got it.', 'Right.'],
    formal: ['I see, thank you for explaining.', 'Understood, let me note that.'],
  },
  confirm: {
    any: ["Yes, that's it.", 'Exactly.', 'Right, that’s the problem.', 'Yes, pretty much.'],
    curt: ['Yes.', 'Correct.'],
    formal: ["Yes, that's right."],
  },
  unknown: {
    any: [
      "I'm not sure, to be honest.",
      "I didn't really pay attention to that.",
      "No idea, sorry. Can't you see it on your side?",
      "I couldn't tell you.",
    ],
    curt: ['No idea.', 'Not sure.'],
    formal: ["I'm afraid I don't know."],
  },
  againLead: {
    any: ['Like I said, ', 'As I told you, ', 'Again: ', 'I already mentioned it: '],
    curt: ['Said that: ', 'Again, '],
    formal: ['As I mentioned, '],
  },
  askAgain: {
    any: ['Let me ask again: ', 'Back to my question: ', "I'll ask once more: "],
    curt: ['Again: '],
    formal: ['May I ask again: '],
  },
} satisfies Record<string, Bank>;

export const EN = { ...REACTIONS, ...EN_TALK, ...EN_TURNS, ...EN_CALM } satisfies Banks;
