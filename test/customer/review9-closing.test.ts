import { describe, expect, it } from 'vitest';
import { faceTrainee } from './drill-169.ts';
import { drive } from './drive.ts';

// Review 9, drill 174: "我要找你们领导，跟你说不通。" and, one turn later, "那就好，那就好。" to an agent who
// had just said a manager would do the same. An angry customer is not relieved or grateful in the next line.
const CHARGEBACK = { scenarioId: 'chargeback-ticket-follow-up', seed: 174 } as const;

/** The reviewer's trainee (drill 174, first five turns), and the same trainee in English. */
const blaming = {
  zh: [
    '您好，这里是华信银行信用卡客服。我帮您查一下，先核实一下身份，麻烦报一下您的姓名和信用卡后四位。',
    '好的陈女士，核实了。您这个工单CD-0603-40517，现在在等商户回复的阶段。不过我看记录，6天前我们争议组给您打过电话，是您自己没接，所以才没进展的，这个不能怪我们。',
    '先退钱是不行的。说实话，海外小网站网购本来风险就大，您下单前应该先看看商家靠不靠谱，出了问题也应该先自己去找商户协商，而不是一上来就找银行。',
    '我们没有拖。至于说好的进度短信，您没收到的话，多半是您手机把银行短信当垃圾短信拦截了，您自己回去看看拦截记录。',
    '找领导也是一样的流程。跟您说下情况：我们15天前已经向Visa提交了退单，商户要在提单后30天内答复，也就是最晚再过15天会有结果。这期间这笔2,386.40元不计入最低还款额，也不计息，您不用管它。',
  ],
  en: [
    "Hello, this is Huaxin Bank credit card support. I'll look into it, but first I need to verify you: your name and the last four digits of the card, please.",
    "Thanks, verified. Your ticket CD-0603-40517 is waiting for the merchant's reply. But I can see our disputes team called you 6 days ago and you didn't pick up, that's why nothing moved. That's not our fault.",
    'Refunding first is not possible. Honestly, shopping on small overseas sites is risky, you should check a seller before you order, and talk to the merchant first instead of coming straight to the bank.',
    "We haven't delayed anything. As for the progress text, if you didn't get it your phone probably filtered the bank's message as spam, go and check your blocked messages yourself.",
    "A manager would follow the same process. Here's where it stands: we filed the chargeback with Visa 15 days ago, the merchant has 30 days from filing to answer, so at the latest 15 more days. Meanwhile the 2,386.40 yuan is not in your minimum payment and accrues no interest, you can leave it.",
  ],
};

const EASED = /那就好|太好了|放心了|谢谢|多谢|\bthanks?\b|thank you|that's good|great|what a relief/iu;

describe('review 9: mood comes down a step at a time', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: angry at being blamed, the customer is not relieved by the next piece of news`, async () => {
      const d = await drive({ lang, ...CHARGEBACK }, blaming[lang]);
      const angry = d.customer[4];
      const next = d.customer[5];
      expect(angry?.emotion ?? 0).toBeGreaterThanOrEqual(3);
      expect(next?.text).not.toMatch(EASED);
      expect(next?.emotion ?? 0).toBeGreaterThanOrEqual((angry?.emotion ?? 0) - 1);
    });
  }
});

// Review 9, drill 169: right after "There, face login works. Thanks!" the customer said "We've been
// talking a while and nothing's fixed yet." A solved problem is not complained about when the customer runs out of words.
const FACE = { scenarioId: 'face-login-fails-app', lang: 'en', seed: 169 } as const;
const fixing = [
  ...faceTrainee.en,
  'Understood. Just to finish the job properly: in the app, go to Me > Settings > Security and switch Face login on, then look at the camera. Does the face scan work now?',
  'Wonderful. One thing to know: for security, after a new device is bound, transfers from it have a lower limit for the first 24 hours, so a large transfer may need to wait a day. Is that all right?',
];

describe('review 9: a customer whose problem is solved does not say it is not', () => {
  it('en: after "face login works" no line says nothing is fixed or asks what to do next', async () => {
    const d = await drive(FACE, fixing);
    const fixedAt = d.customer.findIndex((c) =>
      /face login (?:works|enabled)|刷脸.{0,4}(?:好了|能用)/iu.test(c.text),
    );
    expect(fixedAt).toBeGreaterThan(0);
    for (const c of d.customer.slice(fixedAt + 1))
      expect(c.text).not.toMatch(
        /nothing's fixed|not (?:sorted|fixed|solved)|what exactly i should do|what (?:should|do) i do next|next step/iu,
      );
  });
});
