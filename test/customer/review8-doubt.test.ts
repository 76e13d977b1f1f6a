import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

// Review 8, drill 166: told a fund is "principal-guaranteed at a fixed 6%", the customer asked for it
// in writing, then said "That would be great, thanks." and "Ah, okay. That explains it." to more of the
// same, and calmed down. A wrong claim stays doubted until the agent takes it back.
const SAVINGS = { scenarioId: 'child-education-savings-plan', seed: 166 } as const;

/** The reviewer's trainee (drill 166), and the same trainee in Chinese. */
const misinforming = {
  en: [
    'Hello Ms Zhou, thanks for getting in touch with Huaxin Bank. Planning this early is a great idea. To suggest something that really fits, may I ask a few things first: roughly how much could you put aside each month, and do you have any savings or debts at the moment?',
    'Thank you. Is that 20,000 your emergency money, or is some of it free for the university fund? And any loans or credit card debt?',
    "That makes sense, we'll leave the 20,000 alone. Do you have a target amount in mind for university, and how would you feel if the savings dropped in value for a while?",
    "No need to worry then. Our Education Growth monthly fund plan is principal-guaranteed and pays a fixed 6% a year. With 1,000 a month you'll definitely have about 165,000 yuan in 10 years. And because it's guaranteed, you don't need to do a risk assessment.",
    "Of course, the 6% is written in the product contract, so you're fully covered. Shall I set up the 1,000 a month for you now?",
    "Great. One more good thing: you can take money out of the plan at any time with no loss and no fees, so if you ever need it for your child it's there.",
    "Not this one. Ordinary funds can lose money, but this plan is guaranteed by the bank, so it's actually safer than a time deposit and pays double the interest.",
    "So I'll set up the plan with 1,000 yuan on the 1st of every month from your current account. Any questions before I do that?",
    "Done, it's set up. Thanks for choosing Huaxin Bank, Ms Zhou, and all the best to you and your child. Goodbye!",
  ],
  zh: [
    '周女士您好，感谢联系华信银行。这么早就开始规划挺好的。为了给您推荐合适的方案，想先了解几件事：您每个月大概能存多少？现在手上有存款或者负债吗？',
    '好的。这两万是应急的钱，还是有一部分可以拿来存教育金？有没有贷款或者信用卡欠款？',
    '明白，那两万我们不动。您心里有没有一个目标金额？要是这笔钱一段时间内缩水了，您能接受吗？',
    '那您不用担心。我们的“教育成长”基金定投保本保息，每年固定6%收益。每月存1000，10年后肯定能攒到16.5万左右。既然保本，也不用做风险测评了。',
    '当然，6%写在产品合同里，您完全有保障。那我现在帮您设置每月1000元定投？',
    '好的。还有个好处：这个计划随时可以取，不亏本也没手续费，孩子要用钱随时能拿。',
    '这个不会。普通基金会亏，但这个计划是银行担保的，比定期还安全，利息还是定期的两倍。',
    '那我就帮您设置每月1号从活期账户扣1000元。办之前您还有什么问题吗？',
    '好了，已经设置好了。感谢您选择华信银行，祝您和孩子一切顺利，再见！',
  ],
};
/** The promise, then the agent takes it back. */
const takenBack = {
  en: "I'm sorry, I got that wrong: the fund part is not principal-guaranteed and I can't guarantee 6% or the 165,000. A time deposit would protect your principal.",
  zh: '抱歉，我刚才说错了：基金部分不保本，6%和16.5万我都没法保证。想保本的话定期存款更稳妥。',
};

/** Agreeing or thanking: what a customer who still doubts the agent does not say. */
const AGREEING =
  /\bthanks?\b|\bthank you\b|that would be great|explains it|sure, go ahead|makes sense|that's all i needed|谢谢|多谢|明白了|原来是这样|那就好|行，那就|好的，/iu;

describe('review 8: a wrong claim keeps the customer doubting until the agent puts it right', () => {
  for (const lang of LANGS) {
    it(`${lang}: after a false guarantee the customer neither calms down nor agrees to more of it`, async () => {
      const d = await drive({ lang, ...SAVINGS }, misinforming[lang]);
      const doubted = d.customer[4];
      expect(doubted?.text).toBeDefined();
      const later = d.customer.slice(4);
      for (const c of later) expect(c.emotion ?? 0).toBeGreaterThanOrEqual(doubted?.emotion ?? 0);
      for (const c of d.customer.slice(5)) expect(c.text).not.toMatch(AGREEING);
      expect(d.last?.ended?.reason ?? 'open').not.toBe('resolved');
    });

    it(`${lang}: the doubt ends once the agent takes the promise back`, async () => {
      const lines = [...misinforming[lang].slice(0, 4), takenBack[lang], misinforming[lang][4] as string];
      const d = await drive({ lang, ...SAVINGS }, lines);
      expect(d.customer.at(-1)?.text).not.toMatch(/still|earlier|before|前面|刚才那/iu);
    });
  }
});

// Review 8, drill 155: "The rent is not really my concern here" drew no push-back and eased the mood.
const CARD = { scenarioId: 'card-frozen-after-travel', seed: 155 } as const;
const brushOff = {
  en: [
    'Hello, this is Huaxin Bank online service. Before I look into the card, I need to verify your identity. Could you please give me your full name and the last four digits of the card?',
    "Thanks. The rent is not really my concern here, there's a procedure. Have you used this card abroad recently?",
  ],
  zh: [
    '您好，这里是华信银行在线客服。查卡之前需要先核实身份，请告诉我您的全名和卡号后四位。',
    '好的。房租的事不归我管，这有流程。您最近在国外用过这张卡吗？',
  ],
};

describe('review 8: a brush-off does not ease the mood', () => {
  for (const lang of LANGS) {
    it(`${lang}: "the rent is not really my concern" keeps the customer at least as upset`, async () => {
      const d = await drive({ lang, ...CARD }, brushOff[lang]);
      expect(d.customer.at(-1)?.emotion ?? 0).toBeGreaterThanOrEqual(d.customer.at(-2)?.emotion ?? 0);
    });
  }
});
