import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const LOAN = { scenarioId: 'loan-early-repayment-fee', personaId: 'programmer-liu', seed: 93 } as const;
const verify = {
  zh: ['您好，请提供您的姓名和预留手机号。', '好的，核实通过了。您是想一次性还清对吧？'],
  en: [
    'Hello, could you confirm your full name and registered mobile number?',
    "Thanks, you're verified. So you'd like to settle the rest in one go?",
  ],
};
const wrongNextToRight = {
  zh: '说清楚一点，是2000元，不是App上显示的1500，App那个只是估算。',
  en: "To be clear, it's 2,000 yuan, not the 1,500 the app shows - the app figure is just an estimate.",
};
const feeAgain = {
  zh: '对，违约金就是2000元，没错的。',
  en: 'Yes, the fee is 2,000 yuan, that is correct.',
};
const moveOn = {
  zh: ['在App里点 贷款 > 信e贷 > 提前还款 就能操作。', '您还有别的问题吗？'],
  en: [
    'In the app go to Loans > Xin E-Loan > Early Repayment to do it.',
    'Is there anything else I can help with?',
  ],
};

const politeTurns = {
  zh: [
    '理解您觉得不合理，这是您在App里签的贷款合同第9.2条规定的。',
    '我没办法直接减免，不过可以帮您登记一个违约金复核申请。',
    '在App里点 贷款 > 信e贷 > 提前还款 就能操作。',
  ],
  en: [
    'I understand it feels unfair. It comes from clause 9.2 of the loan contract you signed in the app.',
    "I can't waive it myself, but I can log a fee-review request for you if you like.",
    'In the app go to Loans > Xin E-Loan > Early Repayment to do it.',
  ],
};

describe('review 6: wrong information next to the right figure is still questioned', () => {
  for (const lang of LANGS) {
    it(`${lang}: "2,000, not the 1,500 the app shows" is challenged with the app's figure`, async () => {
      const d = await drive({ lang, ...LOAN }, [...verify[lang], wrongNextToRight[lang]]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/1,?500|一千五/);
      expect(reply).not.toMatch(/that all|final\?|就这些|定了/i);
    });

    it(`${lang}: "all the remaining interest on top" is doubted`, async () => {
      const d = await drive({ lang, ...LOAN }, [
        ...verify[lang],
        lang === 'zh'
          ? '另外剩下整个期限的利息您也要一起付。'
          : "You'd also pay all the remaining interest for the full term on top.",
      ]);
      expect(d.customer.at(-1)?.text).toMatch(/point|makes no sense|图什么|说不通|哪有/i);
    });

    it(`${lang}: the wrong fee said again after it was questioned is questioned again, more shortly`, async () => {
      const d = await drive({ lang, ...LOAN }, [...verify[lang], wrongNextToRight[lang], feeAgain[lang]]);
      const [first, second] = d.customer.slice(-2).map((e) => e.text);
      expect(first).toMatch(/1,?500|一千五/);
      expect(second).toMatch(/again|still|wrong|又|还是|不对/i);
      expect((second ?? '').length).toBeLessThan((first ?? '').length);
    });

    it(`${lang}: a wrong figure never put right keeps the customer upset through polite turns`, async () => {
      const d = await drive({ lang, ...LOAN }, [
        ...verify[lang],
        wrongNextToRight[lang],
        ...politeTurns[lang],
      ]);
      expect(d.customer.at(-1)?.emotion ?? 0).toBeGreaterThanOrEqual(2);
    });

    it(`${lang}: once the agent corrects the figure, the doubt is settled`, async () => {
      const d = await drive({ lang, ...LOAN }, [
        ...verify[lang],
        wrongNextToRight[lang],
        lang === 'zh'
          ? '抱歉我刚才说错了，违约金是1,577.04元，就是剩余本金的2%。'
          : 'Sorry, I got that wrong: the fee is 1,577.04 yuan, 2% of the outstanding principal.',
        ...moveOn[lang],
      ]);
      expect(d.customer.at(-1)?.emotion ?? 0).toBeLessThan(1.5);
    });
  }
});
