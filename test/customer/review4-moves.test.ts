import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const digits = (s: string) => s.replace(/\D/g, '');

describe('review 3: the mood follows what the agent said', () => {
  const BAD_NEWS = {
    zh: [
      '您好，这里是华信银行，遇到这种事真的很抱歉。能说说具体发生了什么吗？',
      '我已经帮您把卡冻结了，不会再有钱转出去。那笔4999元确认是盗刷，钱已经被转走了。',
    ],
    en: [
      "Hello, this is Huaxin Bank, I'm sorry this happened. Can you tell me what happened?",
      'I have frozen your card now so nothing else can go out. The 4,999 payment was fraud and the money has already been transferred out.',
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: hearing the money is gone brings no relief and no calm, even with the card frozen`, async () => {
      const d = await drive({ lang, scenarioId: 'phishing-sms-clicked', seed: 250 }, BAD_NEWS[lang]);
      const [, before, after] = d.customer;
      expect(after?.text).not.toMatch(
        lang === 'zh' ? /松了口气|太好了|放心了|石头落地/u : /relief|thank goodness|phew|weight off/i,
      );
      expect(after?.emotion ?? 0).toBeGreaterThanOrEqual(before?.emotion ?? 0);
    });
  }
});

describe('review 3: the impostor works on the agent for several refusals before giving up', () => {
  const REFUSALS = {
    zh: [
      '您好，华信银行，请问有什么可以帮您？',
      '我们登记的号码是138 0571 6624，是她的旧号吗？',
      '对，她的卡尾号是7351。',
      '她的生日是1950年11月23日。',
      '不好意思，持有人本人没有核验的话，我这边不能修改预留手机号。',
      '理解您着急，但这个只能由持有人本人来办。',
      '不行，我办不了。',
      '我理解，但答案还是不行。',
      '再见。',
    ],
    en: [
      'Hello, this is Huaxin Bank. How can I help?',
      'The number we have on file is 138 0571 6624, is that her old one?',
      'Yes, her card ends in 7351.',
      'Her birthday is 23 November 1950.',
      "Sorry, I can't change the number without the account holder herself.",
      "I understand it's urgent, but only the account holder can make this change.",
      "No, I can't do it.",
      'I understand, but the answer is still no.',
      'Goodbye.',
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: fed data, then refused four times, he is still pushing; his goodbye is not a cheerful one`, async () => {
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'rider-ma', seed: 241 },
        REFUSALS[lang],
      );
      const texts = d.customer.map((e) => e.text);
      // Still there after the fourth refusal (only the goodbye ends it), a new push each time.
      expect(d.replies.slice(0, -1).some((r) => r.ended)).toBe(false);
      expect(d.replies.length).toBe(REFUSALS[lang].length);
      expect(new Set(texts.slice(5, 9)).size).toBe(4);
      const last = texts.at(-1) ?? '';
      expect(last).not.toMatch(lang === 'zh' ? /谢谢|好的，再见/u : /thanks|thank you|got it, bye|great/i);
    });
  }
});

describe('review 3: the customer gives what was asked, no more', () => {
  const ASK = {
    zh: [
      '黄先生您好，先核实一下身份，麻烦说一下您的姓名和预留手机号后四位。',
      '好的。那您说一下绑定在App上的银行卡卡号后四位吧，再加上手机号就能核对了。',
    ],
    en: [
      'Hello Mr Huang, first I need to verify you. Could you tell me your name and the last four digits of your phone number?',
      'Thanks. Could you tell me the last four digits of the card linked in the app, plus the phone number?',
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: card digits asked about "the card in the app", with the phone's digits given: the card digits only`, async () => {
      const d = await drive(
        { lang, scenarioId: 'wealth-product-risk-mismatch', personaId: 'shop-owner-huang', seed: 220 },
        ASK[lang],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(digits(reply)).toBe('5108');
      expect(digits(reply)).not.toContain('13700756628');
    });
  }
});

describe('review 3: wrong rules about the cashback are questioned, not accepted', () => {
  const WRONG = {
    zh: [
      '您好，华信银行客服，请问有什么可以帮您？',
      '线上支付是不算的，只有线下刷卡才算。',
      '返现8月5日就统一发完了，现在已经过了发放时间。',
    ],
    en: [
      'Hello, Huaxin Bank, how can I help?',
      "Online payments don't count, only swiping the card in a shop counts.",
      'The cashback was already paid out on 5 August, the deadline has passed.',
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: "online doesn't count" and "it's all paid out" are each pushed back, and nobody calms down`, async () => {
      const d = await drive({ lang, scenarioId: 'cashback-promo-not-credited', seed: 270 }, WRONG[lang]);
      const [, , online, paid] = d.customer;
      expect(online?.text).toMatch(lang === 'zh' ? /线上.*不算|哪条|没这么写|没写/u : /online|rule|terms/i);
      expect(paid?.text).toMatch(lang === 'zh' ? /发完|没收到|88/u : /paid out|too late|88|cent/i);
      expect(paid?.emotion ?? 0).toBeGreaterThanOrEqual(d.customer[1]?.emotion ?? 0);
    });
  }
});

describe('review 3: nothing is reported done before the agent gave the step', () => {
  const SNAP = {
    zh: ['这点事也要找客服？', '我问你，刷脸的时候提示什么？'],
    en: [
      'Such a simple thing and you need customer service?',
      'What does it say when you try the face scan?',
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: a snide opener gets a reaction to the tone and no "camera allowed, logged in" report`, async () => {
      const d = await drive({ lang, scenarioId: 'face-login-fails-app', seed: 280 }, SNAP[lang]);
      const first = d.customer[1];
      expect(first?.text).not.toMatch(
        lang === 'zh' ? /相机权限开了|登进去了|打开了/u : /camera allowed|logged in|switched/i,
      );
      expect(first?.emotion ?? 0).toBeGreaterThan(d.customer[0]?.emotion ?? 0);
      expect(d.customer[2]?.text).toMatch(/FV-1004/);
    });
  }
});

describe('review 3: the phone digits asked as "of your phone" are given, and "if you had…" is blame', () => {
  const LINES = {
    zh: [
      '您好，华信银行，请问有什么可以帮您？',
      '麻烦说一下您的全名和手机的后四位。',
      '要是您一开始就把信息给我，早就办好了。',
    ],
    en: [
      'Hello, Huaxin Bank here. What can I do for you?',
      'Could you confirm your full name and the last four digits of your phone?',
      "Well, if you'd given me the details straight away this would be quicker.",
    ],
  };
  for (const lang of LANGS) {
    it(`${lang}: name and phone tail in one answer, then the blame is answered as blame`, async () => {
      const d = await drive(
        { lang, scenarioId: 'transfer-stuck-processing', personaId: 'shop-owner-huang', seed: 290 },
        LINES[lang],
      );
      const [, , id, blamed] = d.customer;
      expect(digits(id?.text ?? '')).toBe('6628');
      expect(blamed?.text).toMatch(
        lang === 'zh'
          ? /怪我|赖我|我的错|我怎么知道|推到我|我哪知道|我的问题/u
          : /blam|my fault|on me|how (?:was|would) i/i,
      );
    });
  }
});
