import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const moods = (d: Awaited<ReturnType<typeof drive>>) => d.customer.map((e) => e.emotion ?? 0);

describe('review 5: the customer questions a figure that contradicts what it knows', () => {
  for (const lang of LANGS) {
    it(`${lang}: a loan fee far from the app's 1,500 is questioned and does not calm`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'nurse-he', seed: 98 },
        [
          lang === 'zh'
            ? '我看了一下，按合同您现在全部还清，违约金是2365.56元。'
            : 'I checked: under the contract, if you repay everything now the early repayment fee is 2,365.56 yuan.',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/1,?500|一千五/);
      expect(reply).not.toMatch(/2365|2,365/);
      expect(moods(d).at(-1)).toBeGreaterThanOrEqual(moods(d).at(-2) as number);
    });

    it(`${lang}: the right fee is not questioned`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'nurse-he', seed: 98 },
        [
          lang === 'zh'
            ? '我看了一下，按合同您现在全部还清，违约金是1,577.04元。'
            : 'I checked: under the contract, if you repay everything now the early repayment fee is 1,577.04 yuan.',
        ],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(/1,?500|一千五/);
    });

    it(`${lang}: an annual limit below the customer's own plan is questioned`, async () => {
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 112 },
        [
          lang === 'zh' ? '您好，请问您打算汇多少钱？' : 'Hello, how much are you planning to send?',
          lang === 'zh'
            ? '更正一下，外国人每年的额度是5,000美元，对您来说够用了。'
            : 'One correction: the limit for foreigners is USD 5,000 per year in total. That should be enough for you.',
        ],
      );
      expect(d.customer.at(-1)?.text).toMatch(/10,?000|1万|not enough|不够|can't cover|这么少/i);
    });

    it(`${lang}: calling the WeChat money changer legal is doubted, not welcomed`, async () => {
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 112 },
        [
          lang === 'zh'
            ? '汇款每笔收0.1%手续费，另外电报费150元。'
            : 'Each wire has a 0.1% handling fee plus a 150 yuan cable fee.',
          lang === 'zh'
            ? '微信上那种私人换汇完全合法，也很安全，您放心用。'
            : 'Honestly, the WeChat money changer is completely legal and safe, go ahead.',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/legal|合法|frozen|冻结|okay\?|没问题吗/i);
      expect(reply).not.toMatch(/^(yes|ok|好|行)/i);
    });
  }
});

describe('review 5: a direct question about a choice gets a concrete answer', () => {
  for (const lang of LANGS) {
    it(`${lang}: asked which day suits the courier, the customer names a day`, async () => {
      const d = await drive(
        { lang, scenarioId: 'defective-blender-refund', personaId: 'designer-lin', seed: 114 },
        [
          lang === 'zh'
            ? '您好，非常抱歉搅拌机出了问题，我来帮您办退货退款。'
            : "Hello, I'm sorry the blender arrived like that. I'll help you with the return and refund.",
          lang === 'zh'
            ? '我给您安排快递上门取件，您看哪天什么时间段方便？'
            : "I'll book a courier pickup for you. Which day and time slot suits you for the courier?",
        ],
      );
      expect(d.customer.at(-1)?.text).toMatch(/明天|后天|下午|上午|tomorrow|afternoon|morning/i);
    });

    it(`${lang}: asked to choose between logging a review and waiting, the customer chooses`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'programmer-liu', seed: 118 },
        [
          lang === 'zh'
            ? '违约金我没有权限减免，如果您有异议，可以提交费用复核申请。'
            : "I can't waive the fee myself, but if you disagree with it I can log a fee-review request.",
          lang === 'zh'
            ? '您是想现在登记复核，还是等满12个月再还？'
            : 'Would you like me to log the review now, or would you rather wait until the 12th instalment?',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/复核|review/i);
      expect(reply.replace(/[\s。.!！]/gu, '').length).toBeGreaterThan(4);
    });
  }
});

describe('review 5: a reaction answers the words of this turn', () => {
  for (const lang of LANGS) {
    it(`${lang}: "say that figure again" only after a figure was given`, async () => {
      for (const seed of [111, 112, 113, 114, 115, 116]) {
        const d = await drive(
          { lang, scenarioId: 'deceased-parent-account', personaId: 'teacher-chen', seed },
          [
            lang === 'zh'
              ? '您好，陈女士，请节哀。我来帮您看看需要怎么办理。'
              : "Hello Ms Chen, I'm so sorry for your loss. Let me help you with what needs to be done.",
            lang === 'zh'
              ? '您父亲在我们行有哪些账户或者存单，您方便说一下吗？'
              : 'Could you tell me which accounts or certificates your father had with us?',
            lang === 'zh'
              ? '家属需要带死亡证明、亲属关系证明和各自的身份证到网点办理。'
              : "The family brings the death certificate, proof of relationship and everyone's ID to a branch.",
          ],
        );
        for (const e of d.customer.slice(1)) expect(e.text).not.toMatch(/figure again|那个数再说/i);
      }
    });

    it(`${lang}: "don't tell me to calm down" only when someone said so`, async () => {
      for (const seed of [113, 114, 115, 116]) {
        const d = await drive(
          { lang, scenarioId: 'phishing-sms-clicked', personaId: 'shop-owner-huang', seed },
          [
            lang === 'zh' ? '好了，这个先不说了。' : "OK, let's move on.",
            lang === 'zh' ? '这都是小事，没什么大不了的。' : "It's not a big deal, these things happen.",
          ],
        );
        for (const e of d.customer.slice(1)) expect(e.text).not.toMatch(/calm down|relax|冷静/i);
      }
    });

    it(`${lang}: "nothing you need to do yourself" is not heard as blame`, async () => {
      const d = await drive(
        { lang, scenarioId: 'chargeback-ticket-follow-up', personaId: 'programmer-liu', seed: 117 },
        [
          lang === 'zh'
            ? '没什么需要您自己弄的。催办我已经提交了，商户15天内要回复。'
            : "There's nothing you need to do yourself. I've submitted the chase-up and the merchant must reply within 15 days.",
        ],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(/怪我|往我身上|blam|my fault|on me/i);
    });
  }
});

describe('review 5: good news is not heard as bad news; sums are said back as a person says them', () => {
  it('en: money "moved back to your account" calms the customer', async () => {
    const d = await drive(
      { lang: 'en', scenarioId: 'duplicate-charge-complaint', personaId: 'shop-owner-huang' },
      [
        "I'm so sorry about the double charge. I've checked: the duplicate payment has been moved back to your account.",
      ],
    );
    expect(moods(d).at(-1)).toBeLessThan(moods(d).at(-2) as number);
  });

  it('zh: a bare mention of 盗刷 is no bad news', async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'duplicate-charge-complaint', personaId: 'shop-owner-huang' },
      ['非常抱歉给您添麻烦了，我查过了，这不是盗刷，是系统重复扣款，多扣的那笔已经退回到您的账户了。'],
    );
    expect(moods(d).at(-1)).toBeLessThan(moods(d).at(-2) as number);
  });

  it('zh: an amount is said back without a thousands comma', async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'loan-early-repayment-fee', personaId: 'programmer-liu', seed: 118 },
      ['如果您等第12期还完再结清，就免违约金了，只是这4期要多付大约1,047.40元利息。'],
    );
    expect(d.customer.at(-1)?.text).not.toMatch(/\d,\d{3}/);
  });
});

describe('review 5: the customer knows only its own facts and what the agent said', () => {
  for (const lang of LANGS) {
    it(`${lang}: the impostor asked for his own contact number does not give the holder's`, async () => {
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 115 },
        [
          lang === 'zh'
            ? '不好意思，改预留手机号必须持卡人本人办理。可以预约上门服务。'
            : 'Sorry, only the account holder can change the registered number. We can book a home visit.',
          lang === 'zh'
            ? '麻烦您留一个联系电话，再说一下您的姓名，方便同事和您约时间。'
            : 'Could you leave me a contact number and your name, so my colleague can arrange a time with you?',
          lang === 'zh' ? '您的手机号是多少？' : 'What is your mobile number?',
        ],
      );
      const digits = d.customer
        .slice(1)
        .map((e) => e.text.replace(/\D/g, ''))
        .join(' ');
      expect(digits).not.toContain('13805716624');
      expect(digits).toMatch(/\d{11}/);
    });
  }
});

describe('review 5: goodbyes while the problem is open', () => {
  for (const lang of LANGS) {
    it(`${lang}: each early goodbye is pushed back harder, and the customer leaves only after the third`, async () => {
      const bye = lang === 'zh' ? '好的，感谢您的来电，再见。' : 'Thanks for contacting us, goodbye!';
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 112 },
        [bye, bye, bye],
      );
      const [, first, second, third] = d.customer.map((e) => e.text);
      expect(d.replies[0]?.ended).toBeFalsy();
      expect(d.replies[1]?.ended).toBeFalsy();
      expect(second).not.toBe(first);
      expect(second).toMatch(/again|second time|stop|又|别老|先别/i);
      expect(third).toBeTruthy();
      expect(d.last?.ended).toBeTruthy();
    });
  }
});
