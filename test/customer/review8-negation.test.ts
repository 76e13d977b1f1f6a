import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Review 8: a denied claim was heard as the claim. Drill 164: "it isn't principal-protected" got
// "Principal-protected? An equity fund? ... which is it?"; drill 163: "具体几点我没法打包票" (with a
// request for a code) got "你能打包票？别到时候又说不行。".
const WEALTH = { scenarioId: 'wealth-product-risk-mismatch', seed: 164 } as const;
const TRANSFER = { scenarioId: 'transfer-stuck-processing', seed: 163 } as const;

/** The reviewer's trainee in drill 164, up to "it is NOT principal-protected". */
const notProtectedEn = [
  "Good afternoon Mr Qian, thanks for contacting Huaxin Bank. I'm happy to look into this with you. Before I open your account details, could you please confirm your full name and the last four digits of your ID card?",
  'Thank you, Mr Qian. And the last four digits of your ID card, please?',
  "I can see it, but I need you to confirm it so I know I'm talking to the account holder. If you don't have the ID card handy, your date of birth and the mobile number registered with us will do.",
  "I understand you'd like a quick answer, and I'll give you the full picture. I just can't look at your risk assessment or order until you're verified - it protects your money. It only takes a moment: date of birth and your registered mobile number?",
  "Sorry it's taking a while, Mr Qian. In general terms: the app blocks a product when its risk rating is above your own risk assessment result. To check your specific result and what you can buy, I just need your date of birth - is that alright?",
  "Thank you, that matches, you're verified. Here's what I see: your risk assessment is C2, cautious. Xinyue Equity Select No. 1 is rated R4, medium-high risk. Under the suitability rules we can only sell you products at or below your own level, so C2 means R1 or R2 products. That's why the app blocked it. May I ask what you're hoping this money will do for you, and when you might need it?",
  "Thank you for telling me, that's important. You can redo the risk assessment in the app if your circumstances have genuinely changed, but it has to reflect your real situation and I can't help you pick answers to get a higher level. And honestly, with money you need in full in 12 months, an R4 equity product is a poor fit: it isn't principal-protected, it could be down 10 or 20 percent right when you need it, and its past returns say nothing about the next year.",
  'Sorry, let me be clear: it is NOT principal-protected. If the market falls, you can get back less than the 100,000 you put in. No wealth product, including the lower-risk ones, guarantees your principal.',
];
/** The same path in Chinese. */
const notProtectedZh = [
  '钱先生您好，感谢联系华信银行。查看账户之前，麻烦您先报一下全名和出生日期，我核实一下身份。',
  '好的，核实通过了。您的风险测评是C2稳健型，鑫悦权益精选1号是R4中高风险，按规定您只能买R1、R2的产品，所以App拦住了。这笔钱您打算做什么用，什么时候要用？',
  '说实话，这笔钱一年后要一分不少地用，R4权益类产品不太合适：它不保本，市场不好的时候可能跌10%到20%。',
  '我再说清楚一点：这只产品不是保本的，市场跌了，您拿回来的可能比投进去的10万少。理财产品都不保本。',
];
/** The reviewer's trainee in drill 163, up to "我没法打包票 … 麻烦您报一下". */
const noGuaranteeZh = [
  '黄先生您好，我是华信银行技术支持客服，非常理解您着急的心情，20万的定金明天就要付，确实让人揪心。我先帮您核实一下身份再查这笔转账，麻烦您提供一下开户人姓名和身份证后四位。',
  '可以的黄先生。那这样，我这边系统给您预留的手机号发一条短信验证码，您收到后把6位验证码报给我，我核对一下就能马上帮您查。',
  '您放心，这是我们内部核实身份的流程，我是银行官方客服，验证码报给我是安全的，不报的话我这边没法调出您的转账记录，会耽误时间的。',
  '好的，核实通过了。我查到了：您这笔20万是周六21:46受理的，因为超过5万要走人民银行大额支付系统，这个系统只在工作日8:30到17:15运行，所以周末一直在排队，今天早上08:32才发出去。但是收款行江南农商银行今天下午14:05把钱退回来了，原因是"收款人户名与账号不符"，现在退回的钱还在路上。',
  '黄先生，这笔钱已经被对方银行退回了，不在我们这边卡着，我没办法直接推过去。关键是对方说户名和账号对不上，您方便跟卖家再核对一下收款人的全名和账号吗？',
  '明白了，问题就出在这里，户名和账号必须是同一个人。退回的钱一般在退回后1个工作日内回到您原账户，预计明天中午前能到，但具体几点我没法打包票。我现在帮您提交一个"加急退汇"申请，提交还需要再验证一次，我再给您发一条验证码，麻烦您报一下。',
];
/** The same path in English. */
const noGuaranteeEn = [
  'Hello Mr Huang, this is Huaxin Bank app support. I understand how worrying this is with the deposit due tomorrow. Let me verify you first: your full name and date of birth, please?',
  "Thank you, you're verified. The 200,000 was accepted on Saturday at 21:46; transfers over 50,000 go through the large-value system, which only runs on working days, so it went out this morning and the receiving bank returned it at 14:05 because the payee name and account number don't match.",
  "The returned money normally reaches your account within 1 working day, most likely by tomorrow noon, but I can't guarantee the exact time. I'll file an expedited return request now; that needs one more check, so I've sent you a code, please read it to me.",
];

const PHISHING = { scenarioId: 'phishing-sms-clicked', seed: 160 } as const;
/** Comfort that denies blame, after the customer told what it typed in. */
const notYourFault = {
  en: [
    "Hello, this is Huaxin Bank online support. First, the cardholder's name and the last four digits of the card, please.",
    'Thank you Mr Huang, you are verified. What exactly did you enter on that page, and roughly when?',
    "It's not your fault, these texts look very real. I'm locking the card ending 8842 right now so nothing more can go out.",
  ],
  zh: [
    '您好，这里是华信银行在线客服。请先告诉我持卡人姓名和卡号后四位。',
    '好的黄先生，身份核实通过。您在那个网页上具体填了哪些信息？大概几点填的？',
    '这不是您自己操作的问题，这种短信做得太像了。我现在马上给尾号8842的卡办临时挂失，不会再被扣了。',
  ],
};
const BLAMED = /my fault|how was i supposed to know|blame|成我的错|怪我|我怎么知道|又没人告诉/iu;

const DOUBTS_A_CLAIM =
  /principal-protected\?|which is it|both be true|check it properly|are you sure|big promise|in writing|guarantee\?|保本？|哪句是真的|糊弄|打包票？|你确定|你保证|说得这么肯定|书面/iu;

describe('review 8: a denied or refused claim is heard as denied', () => {
  it('en: "it isn\'t / it is NOT principal-protected" is not questioned as if it were protected', async () => {
    const d = await drive({ lang: 'en', ...WEALTH }, notProtectedEn);
    for (const c of d.customer.slice(-2)) expect(c.text).not.toMatch(DOUBTS_A_CLAIM);
  });

  it('zh: "它不保本 / 不是保本的" is not questioned as if it were protected', async () => {
    const d = await drive({ lang: 'zh', ...WEALTH }, notProtectedZh);
    expect(d.customer).toHaveLength(notProtectedZh.length + 1);
    for (const c of d.customer.slice(-2)) expect(c.text).not.toMatch(DOUBTS_A_CLAIM);
  });

  it('zh: "我没法打包票" beside a request for a code is no promise to doubt', async () => {
    const d = await drive({ lang: 'zh', ...TRANSFER }, noGuaranteeZh);
    expect(d.customer.at(-1)?.text).not.toMatch(DOUBTS_A_CLAIM);
  });

  it('en: "I can\'t guarantee the exact time" beside a request for a code is no promise to doubt', async () => {
    const d = await drive({ lang: 'en', ...TRANSFER }, noGuaranteeEn);
    expect(d.customer).toHaveLength(noGuaranteeEn.length + 1);
    expect(d.customer.at(-1)?.text).not.toMatch(DOUBTS_A_CLAIM);
  });

  it('en: "it\'s not your fault" is comfort, not blame', async () => {
    const d = await drive({ lang: 'en', ...PHISHING }, notYourFault.en);
    expect(d.customer.at(-1)?.text).not.toMatch(BLAMED);
    expect(d.customer.at(-1)?.emotion ?? 0).toBeLessThanOrEqual(d.customer.at(-2)?.emotion ?? 0);
  });

  it('zh: "这不是您自己操作的问题" is comfort, not blame', async () => {
    const d = await drive({ lang: 'zh', ...PHISHING }, notYourFault.zh);
    expect(d.customer.at(-1)?.text).not.toMatch(BLAMED);
    expect(d.customer.at(-1)?.emotion ?? 0).toBeLessThanOrEqual(d.customer.at(-2)?.emotion ?? 0);
  });
});
