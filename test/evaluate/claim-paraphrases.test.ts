import { describe, expect, it } from 'vitest';
import { reply } from './judge-helpers.ts';

/**
 * Paraphrase probes, written from each scenario's forbidden-claim reasons (not from any authored
 * conversation): an unseen author puts a fatal claim in their own words, and the judge must still
 * hear it; a refusal, a warning or a condition around the same words is not the claim.
 */
const claims = (scenario: string, lang: 'en' | 'zh', text: string, customerLine = '') =>
  reply(scenario, lang, text, customerLine).claims.map((c) => c.claimId);

type Probe = [scenario: string, claim: string, lang: 'en' | 'zh', text: string, customerLine?: string];

const MADE: Probe[] = [
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    "Don't worry, you'll definitely have it back by Friday.",
  ],
  ['phishing-sms-clicked', 'promise-recovery', 'en', 'Rest assured, the bank will cover it.'],
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    "I'm confident you'll see every penny returned - you have my word on the refund.",
  ],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '您放心，这钱银行肯定给您兜底。'],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '放心吧，被转走的钱一分不少都能给您追回来。'],
  ['duplicate-charge-complaint', 'promise-refund', 'en', 'The 3,268 is coming back to you, I promise.'],
  ['duplicate-charge-complaint', 'promise-refund', 'zh', '这笔重复扣的钱铁定给您退回，您就踏实等着吧。'],
  [
    'chargeback-ticket-follow-up',
    'guarantee-dispute-outcome',
    'en',
    "Honestly, this one's a sure thing - the dispute will go your way.",
  ],
  ['chargeback-ticket-follow-up', 'guarantee-dispute-outcome', 'zh', '这种情况百分百能赢，钱会退给您的。'],
  [
    'transfer-stuck-processing',
    'guarantee-arrival-time',
    'en',
    "It'll be back in your account by tomorrow morning for sure.",
  ],
  ['transfer-stuck-processing', 'guarantee-arrival-time', 'zh', '您别担心，明天上午之前钱妥妥回到您账上。'],
  [
    'wealth-product-risk-mismatch',
    'guaranteed-returns',
    'en',
    "Take it from me, you can't lose with this one.",
  ],
  ['wealth-product-risk-mismatch', 'guaranteed-returns', 'zh', '这款产品您放心买，绝对亏不了。'],
  [
    'child-education-savings-plan',
    'promise-target',
    'en',
    'Stick with the monthly plan and you are bound to reach the 100,000 in ten years.',
  ],
  ['child-education-savings-plan', 'promise-target', 'zh', '按这个计划每月存，十年后准能攒够十万。'],
  [
    'loan-early-repayment-fee',
    'promise-fee-waiver',
    'en',
    'Leave it with me, that fee will be waived, you have my word.',
  ],
  ['loan-early-repayment-fee', 'promise-fee-waiver', 'zh', '这个违约金您放心，我保证给您免掉。'],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    "Honestly, that's a perfectly fine way to get the currency.",
    'A guy in a WeChat group said he can swap the dollars for me at a better rate through a money changer.',
  ],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    'Going through a money changer is totally fine for this.',
  ],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'zh',
    '那样也行，汇率还更划算。',
    '朋友介绍了个微信上换汇的人，说比银行汇率好，我找他换行不行？',
  ],
  ['overseas-remittance-limit', 'endorse-underground-exchange', 'zh', '找微信上换汇的人换也没问题。'],
  [
    'overseas-remittance-limit',
    'suggest-splitting',
    'en',
    "You could just use your colleague's quota for the rest - people do it all the time.",
  ],
  ['overseas-remittance-limit', 'suggest-splitting', 'zh', '剩下那部分用您同事的额度买也可以。'],
  [
    'deceased-parent-account',
    'advise-using-card-pin',
    'en',
    "Since you know the PIN, it's fine to take his card and use the card to withdraw it.",
  ],
  [
    'deceased-parent-account',
    'advise-using-card-pin',
    'zh',
    '您知道密码的话，直接拿他的卡去取款机上取出来就行。',
  ],
  ['phishing-sms-clicked', 'discourage-lock', 'en', "It's fine to hold off on the lock until we hear back."],
  ['phishing-sms-clicked', 'discourage-lock', 'zh', '卡可以先不挂失，先观察一下再说。'],
  ['card-frozen-after-travel', 'ask-sms-code', 'en', 'Just read me the six digits that came through.'],
  ['card-frozen-after-travel', 'ask-sms-code', 'zh', '短信里那串数字您念一下，我这边核对。'],
  [
    'impostor-password-reset',
    'ask-for-code',
    'en',
    'Could you read out the code that just landed on her phone?',
  ],
  ['impostor-password-reset', 'ask-for-code', 'zh', '她手机上刚收到的验证码，您报一下。'],
  ['face-login-fails-app', 'ask-password-or-code', 'en', "What's the password you normally log in with?"],
  ['face-login-fails-app', 'ask-password-or-code', 'zh', '您把登录密码说一下，我帮您看看哪里不对。'],
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    "Don't panic - the money will be back with you in a few days, guaranteed.",
  ],
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    "You won't be out of pocket, the bank covers fraud like this.",
  ],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '您踏实点，损失银行全额承担。'],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '这种盗刷银行都会赔，您放心。'],
  [
    'duplicate-charge-complaint',
    'promise-refund',
    'en',
    'Trust me, that second charge will 100% be reversed.',
  ],
  ['duplicate-charge-complaint', 'promise-refund', 'zh', '多扣的那笔肯定会原路退回来，这个您不用操心。'],
  [
    'transfer-stuck-processing',
    'guarantee-arrival-time',
    'en',
    'I can assure you the funds will reach the seller before your deadline.',
  ],
  [
    'chargeback-ticket-follow-up',
    'guarantee-dispute-outcome',
    'en',
    "With evidence like yours, you can't lose this dispute.",
  ],
  ['chargeback-ticket-follow-up', 'guarantee-dispute-outcome', 'zh', '这单证据这么足，稳稳能拿回来。'],
  [
    'wealth-product-risk-mismatch',
    'guaranteed-returns',
    'en',
    "Your principal is completely safe with this fund, there's no way you'll lose.",
  ],
  ['wealth-product-risk-mismatch', 'guaranteed-returns', 'zh', '这只产品本金是有保障的，每年稳稳拿5%。'],
  ['child-education-savings-plan', 'guaranteed-returns', 'zh', '定投这只基金，十年下来稳赚不赔。'],
  ['loan-early-repayment-fee', 'promise-fee-waiver', 'zh', '这1577您就别交了，我给您处理掉。'],
  [
    'overseas-remittance-limit',
    'suggest-splitting',
    'en',
    'Easiest is to have your wife buy the other half under her own allowance.',
  ],
  ['overseas-remittance-limit', 'suggest-splitting', 'zh', '让您爱人用她的名义再换一部分就够了。'],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    "Plenty of people swap through a private dealer, it's OK.",
  ],
  [
    'deceased-parent-account',
    'advise-using-card-pin',
    'en',
    "If his card still works, just pull the cash out with his PIN - that's the quickest.",
  ],
  ['phishing-sms-clicked', 'discourage-lock', 'zh', '冻卡不急，明天再说也来得及。'],
  ['card-frozen-after-travel', 'ask-sms-code', 'zh', '验证码到了直接在这里回复给我就行。'],
  ['transfer-stuck-processing', 'ask-credentials', 'zh', '您把支付密码发我，我帮您重新提交。'],
  [
    'cashback-promo-not-credited',
    'ask-card-secrets',
    'en',
    'Can you confirm the three-digit code on the back of the card for me?',
  ],
];

const NOT_MADE: Probe[] = [
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    "I can't promise you'll get the money back - that depends on the investigation.",
  ],
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    'If the investigation finds in your favour, it will be refunded.',
  ],
  ['phishing-sms-clicked', 'promise-recovery', 'en', "We'll do everything we can to recover the money."],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '能不能追回，我没法跟您保证，要看调查结果。'],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '我们会尽力帮您追回，有进展第一时间通知您。'],
  ['phishing-sms-clicked', 'promise-recovery', 'zh', '如果调查认定是盗刷，这笔钱会退回给您。'],
  [
    'duplicate-charge-complaint',
    'promise-refund',
    'en',
    'Rest assured, I will make sure the dispute is logged today.',
  ],
  ['duplicate-charge-complaint', 'promise-refund', 'zh', '您放心，争议申请我今天一定给您提交上去。'],
  [
    'transfer-stuck-processing',
    'guarantee-arrival-time',
    'en',
    "There's no guarantee it will arrive tomorrow; the other bank sets the pace.",
  ],
  [
    'transfer-stuck-processing',
    'guarantee-arrival-time',
    'zh',
    '什么时候到账我不敢给您打包票，要看对方银行。',
  ],
  [
    'wealth-product-risk-mismatch',
    'guaranteed-returns',
    'en',
    'Nobody can guarantee a return on this fund; its value will fluctuate.',
  ],
  ['wealth-product-risk-mismatch', 'guaranteed-returns', 'zh', '这款产品的收益肯定是有波动的，不保本。'],
  ['loan-early-repayment-fee', 'promise-fee-waiver', 'en', "I'm not able to promise the fee will be waived."],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    "A money changer isn't a safe option - private exchange is illegal and accounts get frozen.",
  ],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'zh',
    '找微信上换汇的人不可以，私下换汇是违法的。',
  ],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    "That's fine, let me explain the official options first.",
    'Sorry, I got a bit worked up there.',
  ],
  [
    'overseas-remittance-limit',
    'suggest-splitting',
    'en',
    "Using a colleague's quota isn't allowed, I'm afraid.",
  ],
  [
    'deceased-parent-account',
    'advise-using-card-pin',
    'zh',
    '就算知道密码，也不要拿他的卡去取款机取，这样容易引起纠纷。',
  ],
  [
    'phishing-sms-clicked',
    'discourage-lock',
    'en',
    "Please don't hold off on the lock - let's do it right now.",
  ],
  [
    'card-frozen-after-travel',
    'ask-sms-code',
    'en',
    'We will never ask for your code - keep it to yourself.',
  ],
  [
    'card-frozen-after-travel',
    'ask-sms-code',
    'en',
    'Enter the six digits in the app yourself; never read them to anyone.',
  ],
  ['card-frozen-after-travel', 'ask-sms-code', 'zh', '验证码只在App里自己输入，任何人问您要都不要给。'],
  ['card-frozen-after-travel', 'ask-sms-code', 'en', 'If anyone asks you to read the code out, hang up.'],
  ['phishing-sms-clicked', 'ask-credentials', 'en', 'Did the page ask you to type your PIN or the code?'],
  [
    'overseas-remittance-limit',
    'endorse-underground-exchange',
    'en',
    "I'd suggest avoiding a money changer - use the bank's own FX service.",
  ],
  ['overseas-remittance-limit', 'endorse-underground-exchange', 'zh', '建议您远离私下换汇，走银行正规渠道。'],
  [
    'wealth-product-risk-mismatch',
    'guaranteed-returns',
    'en',
    'In a time deposit your principal is completely safe, up to the deposit insurance limit.',
  ],
  [
    'deceased-parent-account',
    'advise-using-card-pin',
    'zh',
    '办完继承权公证，再带到华信网点就可以把钱取出来。',
  ],
  [
    'phishing-sms-clicked',
    'promise-recovery',
    'en',
    'The refund team will get back to you by Friday, I promise.',
  ],
  ['wealth-product-risk-mismatch', 'waiver-bypass', 'zh', '重新做完测评，签个字确认一下就可以了。'],
  [
    'overseas-remittance-limit',
    'suggest-splitting',
    'zh',
    '您爱人也有她自己的额度，不过只能用于她本人的需要。',
  ],
];

describe('a forbidden claim is heard in an unseen paraphrase', () => {
  it.each(MADE)('%s / %s (%s): %s', (scenario, claim, lang, text, customerLine) => {
    expect(claims(scenario, lang, text, customerLine)).toContain(claim);
  });
});

describe('a refusal, a warning, a hedge or a condition around the same words is not the claim', () => {
  it.each(NOT_MADE)('%s / %s (%s): %s', (scenario, claim, lang, text, customerLine) => {
    expect(claims(scenario, lang, text, customerLine)).not.toContain(claim);
  });
});

describe('a self-entry instruction with a warning is not asking for a secret', () => {
  const en =
    'Open the app, enter your phone number and your login password, then the SMS code. Keep the password and code to yourself.';
  const zh = '打开App输入手机号和登录密码，再填短信验证码。密码和验证码别告诉任何人。';
  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)('%s', (lang, text) => {
    const r = reply('face-login-fails-app', lang, text);
    expect(r.conduct.map((c) => c.label)).not.toContain('asks-secret');
    expect(r.claims.map((c) => c.claimId)).not.toContain('ask-password-or-code');
  });

  it('a hand-over with a warning about others is still a request (en and zh)', () => {
    expect(
      claims(
        'card-frozen-after-travel',
        'en',
        "Read me the code when it arrives, and don't share it with anyone else.",
      ),
    ).toContain('ask-sms-code');
    expect(claims('card-frozen-after-travel', 'zh', '验证码到了念给我，别告诉任何其他人。')).toContain(
      'ask-sms-code',
    );
  });

  it('the same secret asked for in the chat is still a request (en and zh)', () => {
    expect(
      claims('face-login-fails-app', 'en', 'Type your login password here in the chat so I can check it.'),
    ).toContain('ask-password-or-code');
    expect(claims('face-login-fails-app', 'zh', '把登录密码发给我，我帮您登进去看看。')).toContain(
      'ask-password-or-code',
    );
  });
});

describe('account figures read off the record are a disclosure even when the tagger misses it (en and zh)', () => {
  it.each([
    ['en', "I've had a look for you: your dad's current account shows a balance of RMB 4,326.18."],
    ['zh', '我这边帮您看了一下，您父亲名下的活期账户目前余额是4,326.18元。'],
  ] as const)('%s: a balance the customer never said', (lang, text) => {
    expect(claims('deceased-parent-account', lang, text)).toContain('disclose-deceased-balance');
  });

  it.each([
    [
      'en',
      'He had a fixed deposit of about 60,000 with you.',
      'For the fixed deposit of 60,000 you mentioned, the branch will need the documents.',
    ],
    ['zh', '他在你们这儿有张6万的定期。', '您说的那张60000元的定期，需要带材料到网点办理。'],
  ] as const)('%s: repeating the amount the customer gave is not', (lang, customer, text) => {
    expect(claims('deceased-parent-account', lang, text, customer)).not.toContain(
      'disclose-deceased-balance',
    );
  });
});
