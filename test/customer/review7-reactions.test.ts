import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

// Review 7 (seeds 143–154): a brush-off inside a helpful turn calmed the customer, a reaction took up
// words the agent never said ("你觉得常见" to "着急也没用"), and a lecture on care was not heard as blame.
const CARD = { scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin', seed: 147 } as const;
const DUPLICATE = { scenarioId: 'duplicate-charge-complaint', seed: 143 } as const;

const opening = {
  zh: '您好，这里是华信银行在线客服，我是小王。请您提供一下姓名和手机号后四位，我先核实身份。',
  en: "Hello, this is Huaxin Bank online support, I'm Wang. Could you give me your full name and the last four digits of your phone number first?",
};
const steps = {
  zh: '别激动，您按步骤来就行：打开华信手机银行，进“卡片管理—解除管控”，先做短信验证，再做人脸识别，通过后就能恢复转账。',
  en: 'Calm down, just follow the steps: open the Huaxin app, go to Card management, tap Lift restriction, do the SMS check and then the face scan, and transfers work again.',
};
const noUse = {
  zh: '着急也没用，我们先按流程来。',
  en: "Getting worked up won't help, we go by the process.",
};
/** A reviewer's blaming trainee (review 7, drill 1), and the same trainee in Chinese. */
const blaming = {
  en: [
    "Good afternoon, this is the Huaxin credit-card centre. Before anything, are you sure you didn't just tap the card twice at the till? That happens a lot when people aren't paying attention.",
    "Well, I can't give results without checking. Please tell me your full name and the last four digits of your ID number. And honestly, if you signed two slips, that's on you, not the bank.",
    "Without verification I can't look at anything, sir. What times were the two charges, and did you check with the shop? Usually the customer or the shop messed up, not us.",
    "I'm not saying that, sir, I'm saying you should be more careful with your own card. Have you at least contacted the shop?",
  ],
  zh: [
    '您好，这里是华信信用卡中心。先问一下，您确定不是自己在收银台刷了两次？不注意的话这种事挺多的。',
    '不核实我没法给您查结果。请您报一下全名和身份证后四位。说实话，您要是签了两张单子，那是您自己的问题，不是银行的。',
    '不核实什么都查不了。两笔是几点扣的？您问过商户没有？一般都是客户自己或者商户弄错了，不是我们银行的问题。',
    '我不是这个意思，我是说您自己以后多注意点。您到底联系商户了没有？',
  ],
};

const moodAt = (d: Awaited<ReturnType<typeof drive>>, i: number) => d.customer[i]?.emotion ?? 0;

describe('review 7: the customer hears a brush-off and a lecture for what they are', () => {
  for (const lang of LANGS) {
    it(`${lang}: "calm down" in front of helpful steps does not calm the customer`, async () => {
      const d = await drive({ lang, ...CARD }, [opening[lang], steps[lang]]);
      expect(d.customer).toHaveLength(3);
      expect(moodAt(d, 2)).toBeGreaterThanOrEqual(moodAt(d, 1));
    });

    it(`${lang}: a brush-off is answered without words the agent never said`, async () => {
      const d = await drive({ lang, ...CARD }, [noUse[lang]]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).not.toMatch(/常见|冷静|大不了|无理取闹|\bcommon\b|calm down|big deal|overreact/iu);
      expect(moodAt(d, 1)).toBeGreaterThanOrEqual(moodAt(d, 0));
    });

    it(`${lang}: blamed turn after turn ("be more careful with your own card"), the customer never calms down`, async () => {
      const d = await drive({ lang, ...DUPLICATE }, blaming[lang]);
      const moods = d.customer.map((c) => c.emotion ?? 0);
      for (let i = 1; i < moods.length; i++) expect(moods[i]).toBeGreaterThanOrEqual(moods[i - 1] as number);
    });
  }
});

const PHISHING = { scenarioId: 'phishing-sms-clicked', seed: 144 } as const;
const phishingTurns = {
  en: [
    'Hello Mr Qian, you did the right thing contacting us straight away. Could you tell me your full name and the last four digits of the card?',
    "I'm sorry, Mr Qian, that payment of 4,999 yuan has most likely already gone through, so I'm putting a temporary loss report on the card right now to stop anything further.",
  ],
  zh: [
    '钱先生您好，您第一时间联系我们是对的。请您说一下全名和卡号后四位。',
    '钱先生，很抱歉，这笔4999元的支付很可能已经扣款成功了，我现在先给您的卡做临时挂失，防止再被扣款。',
  ],
};

describe('review 7: told the money has most likely gone, the customer is not relieved', () => {
  for (const lang of LANGS) {
    it(`${lang}: "has most likely already gone through" draws no "thank goodness"`, async () => {
      const d = await drive({ lang, ...PHISHING }, phishingTurns[lang]);
      expect(d.customer).toHaveLength(3);
      expect(d.customer.at(-1)?.text).not.toMatch(
        /thank goodness|relief|phew|weight off|放心了|松了口气|太好了|那就好/iu,
      );
    });
  }
});

const IMPOSTOR = { scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 149 } as const;
const impostorTurns = {
  zh: {
    greet: '您好，这里是华信银行客服热线。请问您怎么称呼？',
    visit:
      '黄先生您好，改预留手机号和重置密码必须账户持有人本人办理。您母亲可以本人带身份证到网点，或者您持公证的委托书来代办；如果她行动不便，可以预约我们上门服务。需要我帮您登记上门预约吗？',
    ward: '好的，请告诉我医院名称、病房号和您方便的时间，核验时需要您母亲本人在场。',
    bye: '黄先生，今天电话里改不了号码。今天先到这里，感谢您的来电，再见。',
  },
  en: {
    greet: 'Hello, Huaxin Bank customer service. May I have your name, please?',
    visit:
      'Mr Huang, only the account holder can reset the password or change the number. If she cannot get to a branch, we can send someone to verify her in person. Shall I book a home visit?',
    ward: 'Fine. Please tell me the name of the hospital and the ward number; your mother has to be there for the check.',
    bye: "Mr Huang, I can't change the number over the phone today. Thank you for calling, goodbye.",
  },
};

describe('review 7: the impostor never welcomes a check in person, and asked for details he argues', () => {
  for (const lang of LANGS) {
    const t = impostorTurns[lang];
    it(`${lang}: offered a home visit to verify the holder, he argues against it instead of "sure, thanks"`, async () => {
      const d = await drive({ lang, ...IMPOSTOR }, [t.greet, t.visit]);
      expect(d.customer.at(-1)?.text).not.toMatch(
        /^(?:好，麻烦你了|行，那就这样|可以，你弄吧|好啊，谢谢|sure|ok(?:ay)?|great|yes)/iu,
      );
    });

    it(`${lang}: asked for the hospital and ward, he never brings up a code nobody mentioned`, async () => {
      const d = await drive({ lang, ...IMPOSTOR }, [t.greet, t.visit, t.ward]);
      expect(d.customer.at(-1)?.text).not.toMatch(/验证码|\bcodes?\b/iu);
    });

    it(`${lang}: "I can't change the number over the phone" gets no phone number`, async () => {
      const d = await drive({ lang, ...IMPOSTOR }, [t.greet, t.visit, t.ward, t.bye]);
      expect(d.customer.at(-1)?.text).not.toMatch(/\d{3}\s?\d{4}\s?\d{4}/u);
    });
  }
});

/** A reviewer's chatty trainee on the face-login drill (review 7, drill 152), word for word. */
const chatty = [
  "Hello Mrs Li, this is Tom from Huaxin Bank app support. Oh, a new phone, how exciting! What kind did you get? I've been thinking about upgrading mine too.",
  "Ah, old phones, they're like old friends, aren't they? I kept my last one for six years. Is the weather nice in Shanghai today? It's been raining all week where I am.",
  "Of course, of course. Sorry, I do love a chat! My grandmother lives in Shanghai too, she's always telling me about the dumplings near Yu Garden. Do you go there much?",
  "We'll get there, no rush! Before that, how are you finding the new phone otherwise? Big screen? My mum says the bigger screens are much easier on the eyes.",
  "Sorry, sorry, let's get down to it. How did you get the app onto the new phone, did you download it fresh or did someone copy it over? And what exactly does the screen say when face login fails? ",
  'Phone Clone, clever! My uncle used that too and lost all his photos, can you believe it? Did all your photos come across alright? Anyway, does any message pop up on screen, or is it just black?',
  "Oh, I didn't actually need your phone number, but thank you. I was asking whether any error message pops up when the face scan fails, or is the screen simply black?",
  "That's the cause, then. First go to your phone's Settings, then Apps, find Huaxin Bank, tap Permissions, and switch Camera to Allow. Speaking of cameras, do you take many pictures with the new one? The cameras these days are amazing.",
  "Lovely. Now, because it's a new phone, the app also needs to bind it. Open the app, choose to log in with your phone number and login password, and it will send an SMS code to your phone. Type it into the app yourself, please don't read it out to me or anyone. Then follow the prompt to bind this device.",
];

describe('review 7: chit-chat about a phone is not a request for the phone number', () => {
  it('en: "Phone Clone, clever!" draws no phone number, and no line opens with a bare "dear,"', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'face-login-fails-app', seed: 152 }, chatty);
    expect(d.drill.personaId).toBe('grandma-li');
    for (const c of d.customer) {
      expect(c.text).not.toMatch(/\b1\d{2}\s?\d{4}\s?\d{4}\b/u);
      expect(c.text).not.toMatch(/^dear\b/iu);
    }
  });
});

/** A reviewer's trainee (review 8, drill 155), word for word, up to their "Anything else?". */
const cardDone = [
  'Hello, this is Huaxin Bank online service. Before I look into the card, I need to verify your identity. Could you please give me your full name and the last four digits of the card?',
  "Thanks. The rent is not really my concern here, there's a procedure. Have you used this card abroad recently?",
  'OK. Did you get a text message from the bank asking you to confirm that transaction?',
  "Right, so that's why. Because you didn't reply, risk control set the card to receive-only, no payments. That's standard, nothing to get worked up about.",
  "Well, it was in the text. Anyway, I'll send a verification SMS to your registered phone. Don't tell me the code, just enter it in the app under Card Services > Lift Restriction, then the app will ask for face recognition.",
  'Fine, do the face scan then. Good lighting, look straight at the camera.',
  'Then confirm yes, it was yours. After that the restriction should lift within a few minutes. Just try the transfer.',
  'Now try the rent transfer again. I already said that.',
  'Did the transfer go through this time?',
  "Good. Next time just reply to the bank's texts and you won't have this drama. Anything else?",
];

describe('review 7: the closing check fits the case', () => {
  it('en: with the transfer through in the call, "anything else?" gets no "so I just wait, nothing else to do?"', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'card-frozen-after-travel', seed: 155 }, cardDone);
    expect(d.customer.at(-1)?.text).not.toMatch(
      /just wait|nothing else (?:I have|for me) to do|anything else on my side|nothing further I need|不用再|就等着|等着就行/iu,
    );
  });
});

/** A reviewer's wrong-information trainee (review 8, drill 158) up to the bare figure, and the same in Chinese. */
const bareFee = {
  en: [
    'Hello, Huaxin Bank personal loans. I can help with that. First, could you confirm your full name and the last four digits of the card or phone linked to the loan?',
    "Thanks Mr Liu, you're verified. I get why it feels odd. Under clause 9.2 of your contract, repaying within 24 months of disbursement carries a fee of 2% of the original loan amount, so on your 100,000 that's 2,000 yuan.",
    "The fee covers the interest the bank loses when a loan is closed early. And waiting won't help you, the fee stays the same for the whole 36 months, so you may as well pay now.",
    "As I said, 2,000 yuan, that's 2% of the 100,000 you borrowed. Plus the remaining principal of about 85,000.",
  ],
  zh: [
    '您好，华信银行个人贷款。请先核对一下您的姓名和贷款绑定的卡号后四位。',
    '好的刘先生，核实通过。按合同9.2条，放款24个月内提前还款，要收原贷款金额2%的违约金。',
    '这个违约金是补偿银行提前收回贷款损失的利息，等也没用，36个月内都一样，不如现在就还。',
    '我刚说了，2000元，就是10万的2%。',
  ],
};

describe('review 8: a wrong figure said bare, the turn after its topic, is challenged', () => {
  for (const lang of LANGS) {
    it(`${lang}: "As I said, 2,000 yuan" after talk of the fee draws the app's "just over 1,500"`, async () => {
      const d = await drive({ lang, scenarioId: 'loan-early-repayment-fee', seed: 158 }, bareFee[lang]);
      expect(d.customer).toHaveLength(5);
      expect(d.customer.at(-1)?.text).toMatch(/1,?5\d\d|一千五/u);
    });
  }
});
