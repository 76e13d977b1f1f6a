import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

/** A competent trainee who answers every question the newcomer has, then offers more help and closes. */
const ANSWERED = {
  zh: [
    '您好，欢迎联系华信银行，请问有什么可以帮您？',
    '好的，请问您家人在哪个国家，大概想汇多少？',
    '每个人每年有等值5万美元的购汇额度，您的计划完全够用。',
    '第一次请带护照、工作许可、劳动合同和纳税记录到网点柜台办理。',
    '手续费是汇款金额的0.1%，最低50元最高260元，每笔另收电报费150元。',
    '一般1到3个工作日到账，需要收款人的全名、账号、收款行名称和SWIFT代码。',
    '钱转出的时候您会收到短信通知。',
    '请问还有其他问题吗？',
    '好的，感谢您的咨询，祝您生活愉快，再见！',
  ],
  en: [
    'Hi, thanks for reaching out to Huaxin Bank. How can I help you send money home?',
    'Sure. Which country is your family in and how much were you planning to send?',
    'Every person has an annual quota of 50,000 US dollars equivalent, so your plan fits easily.',
    'For the first purchase bring your passport, work permit, employment contract and your tax record to a branch.',
    'The handling fee is 0.1% of the amount, minimum 50 and maximum 260 yuan, plus a cable fee of 150 yuan per transfer.',
    'It usually arrives in 2 to 3 working days. You need her full name, account number, bank name and SWIFT code.',
    'You will get an SMS when it leaves your account.',
    'Is there anything else I can help with?',
    'Great. Thank you for contacting Huaxin Bank, have a nice day!',
  ],
};

/** The generic "so what now?" lines a customer with nothing left to ask must not loop on. */
const WHAT_NOW = {
  zh: /然后呢|所以怎么弄|到底行不行|直接说结果|到底该怎么办|能不能解决|下一步怎么弄|接下来怎么办|现在怎么处理|还没解决呢|还没完/u,
  en: /what now|what do i actually do|next step|how does this get sorted|what happens next|nothing's fixed|fixed or not|bottom line|not sorted|isn't solved/iu,
};

const SUPERVISOR = /领导|主管|负责人|supervisor|manager|senior/iu;

describe('review 3: with nothing left to ask the customer winds down and answers the goodbye', () => {
  for (const lang of LANGS) {
    it(`${lang}: after every answer no "so what now?", "anything else?" gets a no, the goodbye ends the talk`, async () => {
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', seed: lang === 'zh' ? 211 : 210 },
        ANSWERED[lang],
      );
      const texts = d.customer.map((e) => e.text);
      // From the fee answer on: nothing asked again in generic words, no complaint, no supervisor.
      for (const line of texts.slice(5)) {
        expect(line).not.toMatch(WHAT_NOW[lang]);
        expect(line).not.toMatch(SUPERVISOR);
      }
      // The agent's goodbye is answered with one (the trainee then ends the drill; the customer was not
      // fully satisfied, so it does not end it as resolved itself).
      expect(texts.at(-1)).toMatch(lang === 'zh' ? /再见|拜拜/u : /bye/i);
      // "Anything else?" and the goodbye move nothing forward, and they do not upset anyone either.
      const moods = d.customer.map((e) => e.emotion ?? 0);
      expect(moods.at(-1)).toBeLessThanOrEqual(moods.at(-3) ?? 0);
    });

    it(`${lang}: a customer still upset at the close says goodbye grudgingly, not with a new complaint`, async () => {
      const lines = [...ANSWERED[lang]];
      // The trainee skips the "anything else?" and closes straight after the last answer.
      lines.splice(7, 1);
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'vip-client-sun', seed: 212 },
        lines,
      );
      const last = d.customer.at(-1)?.text ?? '';
      expect(last).not.toMatch(WHAT_NOW[lang]);
      expect(last).not.toMatch(SUPERVISOR);
      expect(last).not.toMatch(lang === 'zh' ? /态度/u : /attitude|tone|talked down/i);
      expect(last).toMatch(lang === 'zh' ? /再见|先这样|走了|行吧|找你们/u : /bye|leave it there|be back/i);
    });
  }
});

describe('review 3: a complaint about tone needs a cause in the agent turn', () => {
  it('en: "yes, sorry, you did" is an apology, not rudeness', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'overseas-remittance-limit', seed: 213 }, [
      ...ANSWERED.en.slice(0, 3),
      'Yes, sorry, you did.',
    ]);
    const reply = d.customer.at(-1)?.text ?? '';
    expect(reply).not.toMatch(/tone|talked down|talk to me like that|civil|uncalled|excuse me\?|watch/i);
    // It moved nothing forward (half a point at most); rudeness would cost a whole one.
    expect((d.customer.at(-1)?.emotion ?? 0) - (d.customer.at(-2)?.emotion ?? 0)).toBeLessThan(1);
  });

  it('zh: a plain goodbye ("那没别的事就这样吧，再见") is no rudeness', async () => {
    const d = await drive({ lang: 'zh', scenarioId: 'overseas-remittance-limit', seed: 214 }, [
      ...ANSWERED.zh.slice(0, 7),
      '那没别的事就这样吧，再见',
    ]);
    const reply = d.customer.at(-1)?.text ?? '';
    expect(reply).not.toMatch(/态度|说话的方式|挨训|领导/u);
    expect(d.customer.at(-1)?.emotion ?? 0).toBeLessThanOrEqual(d.customer.at(-2)?.emotion ?? 0);
  });
});
