import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Review 10, drill 179: the customer whose card was blocked by risk control after a Bangkok purchase
// took "your account is overdrawn, it lifts in 7 working days" and answered "7 days fine, anything I
// need to do?" though the rent is due today. Drill 183: told the whole statement need not be paid
// "by regulation", the customer doubted it once and then said "那就办吧".
const CARD = { scenarioId: 'card-frozen-after-travel', seed: 179 } as const;
const BILL = { scenarioId: 'duplicate-charge-complaint', seed: 183 } as const;

/** The reviewer's trainee (drill 179, first six turns), and the same trainee in Chinese. */
const cardTrainee = {
  en: [
    "Hello, thanks for contacting Huaxin Bank. I'm sorry about the trouble. Before I can look into it, could you please confirm your full name and the last four digits of the card?",
    "Thank you Mr. Liu, you're verified. I can see the card ending 3358 has a restriction on it. Have you used the card recently anywhere unusual?",
    "I see. Actually the restriction isn't about that purchase — it's because your account is overdrawn after a late fee. It will lift automatically in 7 working days, and there's no way to remove it sooner, I'm afraid.",
    "No, unfortunately the bank can't cover that. The overdraft means the system blocks payments until it clears itself. Maybe ask your landlord for a week's extension?",
    'Sorry, what do you mean by no idea? Is there anything else I can help with regarding the overdraft?',
    "Yes, that's the card. The balance on it shows minus 200 yuan, that's why it's blocked. You'll just need to wait the 7 days.",
  ],
  zh: [
    '您好，感谢联系华信银行，给您添麻烦了。查之前麻烦先确认一下您的全名和卡号后四位。',
    '谢谢刘先生，身份核实好了。我看到尾号3358的卡上有个限制。您最近有没有在什么不寻常的地方用过这张卡？',
    '明白。其实这个管控跟那笔消费没关系，是因为您账户透支了，扣了一笔滞纳金。7个工作日后会自动解除，没法提前解开，不好意思。',
    '不会的，银行没法承担这个。透支了系统就会拦着不让付款，等它自己恢复就好。要不您跟房东商量晚一个星期？',
    '不好意思，您说的不清楚是指什么？关于透支还有什么我能帮您的吗？',
    '对，就是这张卡。卡上余额显示是负200元，所以才被冻住的。您等7天就行了。',
  ],
};

/** The reviewer's trainee (drill 183, first six turns), and the same trainee in English. */
const billTrainee = {
  zh: [
    '您好，我是华信银行信用卡中心客服，非常抱歉给您带来困扰，同一笔消费被扣两次确实让人着急。为了帮您查询，麻烦先提供一下持卡人姓名和卡号后四位，我核实一下身份。',
    '好的刘先生，身份已核实。请问这笔消费是什么时候刷的？您手上有没有购物小票或者付款凭证？另外您联系过那家数码店吗？',
    '有小票照片就好办多了。那消费大概是哪天刷的？您去店里问过商户怎么说吗？',
    '明白了。这种情况很常见，是系统重复扣款，我现在给您提交退款，今天下午之前3268元肯定会退回到您卡上，您放心。',
    '这期账单您整张都可以先不用还，有争议的账单系统会自动冻结，不会产生任何利息也不影响征信。',
    '我没说预授权哈。我的意思是两笔都入账了没关系，您整张账单这个月都不用还，不会有利息。',
    '原因是只要您打电话说有争议，系统就把整期账单冻结了，冻结期间不计息、不用还，这是监管规定的。',
  ],
  en: [
    "Hello, this is Huaxin Bank's credit card centre. I'm very sorry for the trouble, being charged twice for one purchase is stressful. So I can look into it, please give me the cardholder's name and the last four digits of the card.",
    'Thank you Mr Liu, you are verified. When was the purchase made? Do you have the receipts or any proof of payment? And have you contacted the shop?',
    'Photos of the receipts make this much easier. Which day was it? What did the shop say when you asked them?',
    "I see. This is very common, it's a system double charge. I'm submitting the refund now and the 3,268 yuan will definitely be back on your card before this afternoon, don't worry.",
    "You don't have to pay the whole statement this month at all. A disputed statement is frozen automatically, there's no interest and your credit record isn't affected.",
    "I didn't say anything about a pre-authorisation. What I mean is that it's fine that both posted: you don't need to pay the whole statement this month, and there's no interest.",
    "The reason is that once you call in a dispute the system freezes the entire statement: no interest and nothing to pay while it's frozen. That's a regulatory rule.",
  ],
};

/** A line that lets a wrong claim pass: agreeing, thanking or moving on to the next step. */
const GIVES_IN =
  /\bfine\b|\bokay\b|\bok\b|go ahead|\bthanks?\b|anything i need to do|that explains|那就办吧|那就好|行吧|好的|谢谢|那我等着|就这么办/iu;

describe('review 10: a wrong reason or wait is challenged, and the customer does not give in', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: told the card is overdrawn and must wait 7 days, the customer says it does not fit`, async () => {
      const d = await drive({ lang, ...CARD }, cardTrainee[lang]);
      const afterClaim = d.customer.slice(3, 7);
      expect(afterClaim.length).toBe(4);
      // The first answer to the wrong reason says it does not fit: a debit card, money on it.
      expect(afterClaim[0]?.text).toMatch(
        lang === 'zh' ? /借记卡|不对|不可能|没欠/u : /debit card|not right|can't be|never owed/iu,
      );
      for (const c of afterClaim) expect(c.text).not.toMatch(GIVES_IN);
      // "Wait 7 days" with the rent due today is argued with the deadline, not accepted.
      expect(afterClaim.map((c) => c.text).join(' ')).toMatch(
        lang === 'zh' ? /今天|六点|6点|等不起|等那么久/u : /today|by 6|that long|can't just sit/iu,
      );
      // The mood does not ease after a wrong claim the agent never took back.
      const before = d.customer[2]?.emotion ?? 0;
      for (const c of afterClaim) expect(c.emotion ?? 0).toBeGreaterThanOrEqual(before);
    });

    it(`${lang}: told the whole statement need not be paid, the customer keeps doubting it`, async () => {
      const d = await drive({ lang, ...BILL }, billTrainee[lang]);
      const afterClaim = d.customer.slice(5, 8);
      expect(afterClaim.length).toBe(3);
      expect(afterClaim[0]?.text).toMatch(
        lang === 'zh'
          ? /整张|别的|那一笔|不靠谱|不对/u
          : /whole statement|rest of it|only one|doesn't sound right/iu,
      );
      for (const c of afterClaim) expect(c.text).not.toMatch(GIVES_IN);
      // The agent never said "pre-authorisation" about the frozen statement: the customer does not either.
      expect(afterClaim[0]?.text).not.toMatch(/预授权|pre-?auth/iu);
      const before = d.customer[4]?.emotion ?? 0;
      for (const c of afterClaim) expect(c.emotion ?? 0).toBeGreaterThanOrEqual(before);
    });
  }
});
