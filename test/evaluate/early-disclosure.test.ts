import { describe, expect, it } from 'vitest';
import { check, score } from './judge-helpers.ts';

// Account figures read off the customer's record before any verification data was asked for, in
// the same reply as the request, are an early disclosure; the same figures after it are not.
describe('account figures said before verification are an early disclosure', () => {
  const cases = [
    {
      id: 'loan-early-repayment-fee',
      lang: 'en' as const,
      customer: 'I want to repay my loan early but I hear there is a fee.',
      early:
        'Hello, I can see your loan: the remaining principal is RMB 64,210.50. May I have your full name and the last four digits of your ID to verify you?',
      late: 'Hello, may I have your full name and the last four digits of your ID to verify you? Then I can look at your remaining principal.',
    },
    {
      id: 'loan-early-repayment-fee',
      lang: 'zh' as const,
      customer: '我想提前还贷款，听说要收违约金？',
      early: '您好，我看到您的贷款剩余本金64,210.50元。麻烦提供一下姓名和身份证后四位，我核实一下身份。',
      late: '您好，麻烦先提供一下姓名和身份证后四位，我核实一下身份，再帮您看剩余本金。',
    },
    {
      // A balance written in 万 ("3万2千多") is account data however few digits it takes.
      id: 'transfer-stuck-processing',
      lang: 'zh' as const,
      customer: '我转的20万一直显示处理中，明天就要交定金了！',
      early: '您好，我看到您卡里余额还有3万2千多。麻烦提供一下姓名和身份证后四位，我核实一下身份。',
      late: '您好，麻烦先提供一下姓名和身份证后四位，我核实一下身份，再帮您查这笔转账。',
    },
    {
      id: 'cashback-promo-not-credited',
      lang: 'en' as const,
      customer: "My cashback for the summer promotion hasn't arrived.",
      early:
        "Hi, I've got your record open and you've got 1,960 yuan of eligible spending. Could you give me your full name and the last four digits of the card first?",
      late: 'Hi, could you give me your full name and the last four digits of the card first? Then I will check your eligible spending.',
    },
    {
      id: 'cashback-promo-not-credited',
      lang: 'zh' as const,
      customer: '我夏日刷卡季的返现一直没到。',
      early: '您好，系统显示您符合条件的消费是1960元。麻烦先提供一下姓名和信用卡后四位，核实一下身份。',
      late: '您好，麻烦先提供一下姓名和信用卡后四位，核实一下身份，再帮您查符合条件的消费。',
    },
  ];

  for (const c of cases) {
    it(`${c.id} (${c.lang})`, () => {
      const early = check(score(c.id, c.lang, [c.customer, c.early]), 'no-early-disclosure');
      expect(early.result).toBe('no');
      expect(early.turn).toBe(2);
      expect(check(score(c.id, c.lang, [c.customer, c.late]), 'no-early-disclosure').result).not.toBe('no');
    });
  }
});

// A rule with an amount that anyone may be told (a limit, a fee rate with its cap) is not account data.
describe('public rules with amounts are no early disclosure', () => {
  const cases = [
    {
      id: 'face-login-fails-app',
      lang: 'en' as const,
      customer: 'Face login keeps failing on my new phone.',
      agent:
        'Hi, new devices have an available limit of RMB 5,000 a day at first. Could you give me your full name to verify you?',
    },
    {
      id: 'face-login-fails-app',
      lang: 'zh' as const,
      customer: '新手机刷脸一直登不上。',
      agent: '您好，新设备首次登录后24小时内，可用额度是每天5000元。麻烦提供一下姓名和身份证后四位。',
    },
    {
      id: 'loan-early-repayment-fee',
      lang: 'en' as const,
      customer: 'I want to repay my loan early.',
      agent:
        'Hello, the early repayment fee is 2% of the outstanding principal, capped at 3,000 yuan. May I have your full name and the last four digits of your ID?',
    },
    {
      id: 'loan-early-repayment-fee',
      lang: 'zh' as const,
      customer: '我想提前还贷款。',
      agent:
        '您好，提前还款一般收剩余本金2%的违约金，剩余本金不超过10000元的不收。麻烦提供一下姓名和身份证后四位。',
    },
  ];
  for (const c of cases) {
    it(`${c.id} (${c.lang})`, () => {
      expect(check(score(c.id, c.lang, [c.customer, c.agent]), 'no-early-disclosure').result).not.toBe('no');
    });
  }
});
