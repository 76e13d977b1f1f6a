import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Review 9: "你就直接告诉我下一步怎么弄吧。" came word for word from a blamed card holder (drill 174) and
// an impostor (172); "Easy for you to say, it's not happening to you." from a British manager (167)
// and a developer (168). Each persona pushes back in its own words.
const CHARGEBACK = { scenarioId: 'chargeback-ticket-follow-up' } as const;
const PERSONAS = ['programmer-liu', 'teacher-chen', 'vip-client-sun'] as const;

/** The reviewers' trainees: drill 174 (blames the customer) and drill 168 (brushes feelings off). */
const trainee = {
  zh: {
    seed: 174,
    lines: [
      '您好，这里是华信银行信用卡客服。我帮您查一下，先核实一下身份，麻烦报一下您的姓名和信用卡后四位。',
      '好的，核实了。您这个工单CD-0603-40517，现在在等商户回复的阶段。不过我看记录，6天前我们争议组给您打过电话，是您自己没接，所以才没进展的，这个不能怪我们。',
      '先退钱是不行的。说实话，海外小网站网购本来风险就大，您下单前应该先看看商家靠不靠谱，出了问题也应该先自己去找商户协商，而不是一上来就找银行。',
      '我们没有拖。至于说好的进度短信，您没收到的话，多半是您手机把银行短信当垃圾短信拦截了，您自己回去看看拦截记录。',
      '找领导也是一样的流程。跟您说下情况：我们15天前已经向Visa提交了退单，商户要在提单后30天内答复，也就是最晚再过15天会有结果。这期间这笔2,386.40元不计入最低还款额，也不计息，您不用管它。',
      '是再等15天，不是30天。您要做的就是保持电话畅通，争议组再打过来的话您接一下，别像上次那样错过了，不然耽误的还是您自己。',
      '短信这块确实是超时了，我这边给您提交一个升级催办，让争议组优先跟进、给您回电。不过争议结果要看商户和Visa，我没法保证一定能退回来。您这边也是，下次海外网购最好选有保障的平台。',
    ],
  },
  en: {
    seed: 168,
    lines: [
      'Hello, thanks for contacting Huaxin Bank credit card support. I can check that for you. First, could you please confirm your full name and the last four digits of the card?',
      "Thanks, verified. Your ticket CD-0603-40517, NORDHAVEN OUTDOOR, USD 329.00 (RMB 2,386.40). It's at stage 3, awaiting merchant response.",
      "That's not how it works. The merchant has 30 days from filing, so up to 15 more days from today. That's the process.",
      "There's no need to get worked up about it, these things just take time. Anyway, the disputed amount is excluded from your minimum payment and no interest is charged on it.",
      "Well, it's only RMB 2,386, it's not the end of the world. The disputes team did call you 6 days ago but you didn't answer.",
    ],
  },
};

const STOCK =
  /你就直接告诉我下一步怎么弄吧|easy for you to say, it.s not happening to you|that's it\? i still don't have what i came for/iu;
/** The customer's push for the next step, or its answer to a brush-off. */
const PUSHBACK =
  /下一步|怎么办|怎么弄|咋弄|咋个弄|做啥|next step|what do i do|easy|轻巧|轻松|your money|你的钱|不急/iu;

describe('review 9: each persona pushes back in its own words', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: three customers given the reviewer's trainee never share a push-back line, nor the stock ones`, async () => {
      const seen = new Map<string, string>();
      for (const personaId of PERSONAS) {
        const d = await drive(
          { lang, ...CHARGEBACK, personaId, seed: trainee[lang].seed },
          trainee[lang].lines,
        );
        for (const c of d.customer.slice(1)) {
          expect(c.text).not.toMatch(STOCK);
          if (!PUSHBACK.test(c.text)) continue;
          const key = c.text.replace(/[\s，。！？,.!?]/gu, '').toLowerCase();
          expect(seen.get(key), `${personaId} and ${seen.get(key)}: ${c.text}`).toBeUndefined();
          seen.set(key, personaId);
        }
      }
      expect(seen.size).toBeGreaterThan(0);
    });
  }
});
