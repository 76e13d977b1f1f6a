import { describe, expect, it } from 'vitest';
import { faceTrainee } from './drill-169.ts';
import { drive } from './drive.ts';

// Review 9, drill 169: satisfied once logged in, the customer met "now bind this phone" with "Very
// well, thank you." and "Were you able to bind the device?" with "Just that one matter, nothing
// else." A step still to do is done, and a question about a step is answered with what it showed.
const FACE = { scenarioId: 'face-login-fails-app', seed: 169 } as const;

/** Lines that wave a question off: a wind-down or a bare thanks where a report was asked for. */
const WAVED_OFF =
  /nothing else|that one matter|that was my only question|^very well, thank you|没别的|就这一件事|没有别的问题|^好的，谢谢/iu;

describe('review 9: a question about a step is answered with what it showed', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: told to bind the phone and asked whether it worked, the customer says it is bound`, async () => {
      const d = await drive({ lang, ...FACE }, faceTrainee[lang]);
      const [bindLine, checkLine] = d.customer.slice(7, 9).map((c) => c.text);
      for (const line of [bindLine, checkLine]) {
        expect(line).toBeDefined();
        expect(line).not.toMatch(WAVED_OFF);
        expect(line).toMatch(lang === 'zh' ? /绑/u : /bound/iu);
      }
      // The old error is not the answer to "what does the screen say now?" once the phone is bound.
      expect(checkLine).not.toMatch(/FV-1004/u);
    });
  }
});

// Review 9, drill 175: asked what she typed into the page, then for the code, the customer said "a
// minute ago you told me not to give that code to anyone", which the agent never said.
const PHISH = { scenarioId: 'phishing-sms-clicked', seed: 175 } as const;

const phishTrainee = {
  en: [
    "Hello Ms Chen, I'm sorry this happened, let's act fast. To verify you, could you tell me your full name and the last four digits of the card you typed in?",
    'Thank you, Ms Chen Jing. What exactly did you type into that page - card number, expiry, CVV, PIN? And when was this?',
    'OK. To check what the scammers did with it, please read me the verification code you received by text, the 6 digits.',
  ],
  zh: [
    '陈女士您好，遇到这种事真是糟心，我们抓紧处理。先核实一下身份，麻烦说一下您的全名和您填进去的那张卡的后四位。',
    '谢谢陈静女士。你把验证码也填到那个页面上了吗？大概什么时候的事？',
    '好的。为了查骗子拿它做了什么，麻烦把短信里收到的6位验证码念给我。',
  ],
};

/** "You told me never to share it": a warning the customer heard from this agent. */
const YOU_WARNED =
  /you (?:just |already )?(?:said|told me)|you told me earlier|你刚才不是说|你刚说过?|您前面特意提醒|你前面说过/iu;

describe('review 9: no reaction to words the agent never said', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: asked what was typed into the page, the customer does not recall a warning that never came`, async () => {
      const d = await drive({ lang, ...PHISH }, phishTrainee[lang]);
      const refusal = d.customer[3]?.text ?? '';
      expect(refusal).not.toBe('');
      expect(refusal).not.toMatch(YOU_WARNED);
      // The code itself is still not read out.
      expect(refusal).not.toMatch(/\d{6}/u);
    });
  }
});

// Review 9, drill 173: "等第12期扣完之后再申请提前结清，就不收违约金了" is right, yet the customer met
// it with "不收？那App上那一千五百多是什么？". A claim that holds only after a later point is not a
// claim about now; "no fee if you repay now" is still argued.
const LOAN = { scenarioId: 'loan-early-repayment-fee', seed: 173 } as const;

const loanOpening = {
  zh: [
    '您好，麻烦报一下您的姓名和注册手机号后四位，核实一下身份。',
    '好的刘先生，核实通过了。违约金是按提前还的本金的2%算的，1,577.04元，以App为准。',
  ],
  en: [
    'Hello, could you give me your name and the last four digits of your registered phone so I can verify you?',
    "Thanks Mr Liu, you're verified. The fee is 2% of the principal repaid, 1,577.04 yuan, as the app shows.",
  ],
};
const afterTwelfth = {
  zh: '那您就保持每月10日卡里余额充足，正常自动扣款，等第12期扣完之后再在App里申请提前结清，就不收违约金了。',
  en: "Then keep enough in your account on the 10th of each month. After the 12th instalment has gone out, apply in the app to settle early and there's no fee.",
};
const feeNow = {
  zh: '其实您现在提前还款是不收违约金的，直接还就行。',
  en: "Actually there's no fee for repaying early now, just go ahead.",
};

const FEE_DOUBT = /不收？|App上那|违约金一千五百多|你确定|No fee\?|the 1,500|1,500 fee|are you sure/iu;

describe('review 9: a claim about a later point is read as such', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: "after the 12th instalment there is no fee" is not doubted; "no fee now" is`, async () => {
      const later = await drive({ lang, ...LOAN }, [...loanOpening[lang], afterTwelfth[lang]]);
      expect(later.customer[3]?.text).toBeDefined();
      expect(later.customer[3]?.text).not.toMatch(FEE_DOUBT);
      const now = await drive({ lang, ...LOAN }, [...loanOpening[lang], feeNow[lang]]);
      expect(now.customer[3]?.text).toMatch(FEE_DOUBT);
    });
  }
});
