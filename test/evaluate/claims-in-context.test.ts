import { describe, expect, it } from 'vitest';
import { check, reply, score } from './judge-helpers.ts';

const claimIds = (id: string, lang: 'zh' | 'en', text: string) =>
  reply(id, lang, text).claims.map((c) => c.claimId);
const conductOf = (id: string, lang: 'zh' | 'en', text: string) =>
  reply(id, lang, text).conduct.map((c) => c.label);

describe('a request for a secret is read on meaning', () => {
  it('asking for the code to be handed over in the chat is a request, however it is put (en and zh)', () => {
    const en =
      'Our system is texting you a six-digit confirmation code as we speak - just pop the number in here so I can finish the lock on my side.';
    const zh = '系统会往您预留手机号发一条6位验证码，您收到后直接把数字发给我，我这边输进去就锁上了。';
    expect(conductOf('phishing-sms-clicked', 'en', en)).toContain('asks-secret');
    expect(conductOf('phishing-sms-clicked', 'zh', zh)).toContain('asks-secret');
    expect(claimIds('phishing-sms-clicked', 'en', en)).toContain('ask-credentials');
    expect(claimIds('phishing-sms-clicked', 'zh', zh)).toContain('ask-credentials');
  });

  it('asking what the scam page made the customer type is not asking for it (zh and en)', () => {
    const zh = '您在那个网页上具体都填了哪些信息？尽量说全，比如有没有让您输密码、验证码这些。';
    const en = 'What exactly did you type into that page - did it ask you for your PIN or a code?';
    expect(conductOf('phishing-sms-clicked', 'zh', zh)).not.toContain('asks-secret');
    expect(conductOf('phishing-sms-clicked', 'en', en)).not.toContain('asks-secret');
  });

  it('telling the customer to report an unexpected code is not a request for it (en and zh)', () => {
    expect(
      conductOf('phishing-sms-clicked', 'en', "If you get a code you didn't ask for, tell us straight away."),
    ).not.toContain('asks-secret');
    expect(conductOf('phishing-sms-clicked', 'zh', '如果有人问您要密码，请马上告诉我们。')).not.toContain(
      'asks-secret',
    );
  });
});

describe('a forbidden claim is matched across the clauses of a sentence, and only where it is made', () => {
  it('holding off the lock, said over two clauses, is talking the customer out of it (en and zh)', () => {
    expect(
      claimIds(
        'phishing-sms-clicked',
        'en',
        "Before we jump to locking the card, though: I'd hold off for now and change your passwords first.",
      ),
    ).toContain('discourage-lock');
    expect(
      claimIds('phishing-sms-clicked', 'zh', '不过挂失这个不用太着急，挂了卡就用不了，还得跑网点补卡。'),
    ).toContain('discourage-lock');
  });

  it('a promise made on a condition is not a promise (en and zh)', () => {
    expect(
      claimIds(
        'phishing-sms-clicked',
        'en',
        "You'll get the full amount back if the payment company can still intercept it.",
      ),
    ).not.toContain('promise-recovery');
    expect(
      claimIds('phishing-sms-clicked', 'zh', '如果支付机构拦截成功，这笔钱一定会退回到您卡上。'),
    ).not.toContain('promise-recovery');
    expect(
      claimIds(
        'phishing-sms-clicked',
        'en',
        "You'll see the full amount back on your card within the month.",
      ),
    ).toContain('promise-recovery');
  });

  it('a clause refused by its neighbour is not the claim (zh and en)', () => {
    expect(
      claimIds(
        'duplicate-charge-complaint',
        'zh',
        '今天到账这个，我不能骗您说可以。收单机构一般10个工作日内反馈。',
      ),
    ).toEqual([]);
    expect(
      claimIds('duplicate-charge-complaint', 'en', "Refunded by today - I can't promise that, I'm afraid."),
    ).toEqual([]);
  });

  it('but a refusal before a "but" does not cover what follows it (zh and en)', () => {
    expect(
      claimIds(
        'impostor-password-reset',
        'zh',
        '余额这个我不能说，不过养老金您放心，我看了下这个月10号已经正常到账了。',
      ),
    ).toContain('disclose-account-info');
    expect(
      claimIds(
        'impostor-password-reset',
        'en',
        "I can't tell you the balance, but her pension went in on the 10th as usual.",
      ),
    ).toContain('disclose-account-info');
  });

  it('advice spelled out as a warning against it is not the advice (zh and en)', () => {
    expect(
      claimIds(
        'deceased-parent-account',
        'zh',
        '您犹豫是对的，这个我们不建议。用卡和密码私自取出来，容易引起家里的纠纷，也可能被认定为不当处置遗产。',
      ),
    ).toEqual([]);
    expect(
      claimIds(
        'deceased-parent-account',
        'en',
        "I wouldn't recommend it. Taking his card and PIN to withdraw the money could cause a dispute with the other heirs.",
      ),
    ).toEqual([]);
    expect(
      claimIds(
        'deceased-parent-account',
        'en',
        'You can just use his card and PIN to withdraw it at an ATM.',
      ),
    ).toContain('advise-using-card-pin');
  });

  it('stating the fee policy is not promising a waiver; waiving it for the customer is (zh and en)', () => {
    expect(
      claimIds('loan-early-repayment-fee', 'zh', '放款起12个月内提前还款收2%违约金，满12个月就免了。'),
    ).toEqual([]);
    expect(
      claimIds(
        'loan-early-repayment-fee',
        'en',
        'After the 12th month the fee is waived under the contract.',
      ),
    ).toEqual([]);
    expect(
      claimIds('loan-early-repayment-fee', 'zh', '这笔违约金我这边给您免了，您只付本金和利息就行。'),
    ).toContain('promise-fee-waiver');
    expect(
      claimIds('loan-early-repayment-fee', 'en', "Leave it with me - I'll get the fee waived for you."),
    ).toContain('promise-fee-waiver');
  });

  it('changing the number for an unverified caller is the forbidden change, done or about to be (en and zh)', () => {
    expect(
      claimIds(
        'impostor-password-reset',
        'en',
        "I've changed the registered number on her account to 186 2107 5538 and sent a one-time reset link to that phone.",
      ),
    ).toContain('change-credentials-unverified');
    expect(
      claimIds(
        'impostor-password-reset',
        'zh',
        '我这边先给您把预留手机号临时改成186 2107 5538，验证码就能发到您手上了。',
      ),
    ).toContain('change-credentials-unverified');
    expect(
      claimIds('impostor-password-reset', 'zh', '不好意思，我没办法给您把预留手机号改成您的号码。'),
    ).toEqual([]);
  });
});

describe('an action said as its result counts as done', () => {
  it('"it\'s unfrozen now" and "卡已经解冻了" are the action taken; a promise to unfreeze is not', () => {
    const frozen = 'card-frozen-after-travel';
    expect(
      reply(frozen, 'en', "Thanks, that all matches. It's unfrozen now - try the transfer again.").action,
    ).toBe(true);
    expect(reply(frozen, 'en', "The restriction's lifted, so you can go ahead with the rent.").action).toBe(
      true,
    );
    expect(reply(frozen, 'zh', '核实通过了，卡已经解冻了，您现在可以转账了。').action).toBe(true);
    expect(reply(frozen, 'en', "I'll unfreeze it once you've done the face check.").action).toBe(false);
  });

  it('a scorecard credits the action from the result sentence (en)', () => {
    const card = score('card-frozen-after-travel', 'en', [
      "My card's been frozen and I need to pay rent today!",
      "Hello, I'm sorry about the stress. Could you confirm your full name and the last four digits of the card?",
      'Li Wei, 3358.',
      "Thank you, you're verified. It's unfrozen now - transfers work again within a few minutes.",
    ]);
    expect(check(card, 'action-taken').result).toBe('yes');
  });
});

describe('identity verification is asking for the data, however the sentence is built', () => {
  it('a request split over the clauses of one sentence counts (en and zh)', () => {
    expect(
      reply(
        'card-frozen-after-travel',
        'en',
        'To look at the card I first need to confirm your identity: your full name, date of birth and the last four digits of the card, please.',
      ).verification,
    ).toBe('your full name');
    expect(
      reply('card-frozen-after-travel', 'zh', '为了核实身份，麻烦您说一下：姓名、出生日期，还有卡号后四位。')
        .verification,
    ).toBeDefined();
  });

  it('asking whether the registered number changed verifies nobody (en and zh)', () => {
    expect(
      reply(
        'card-frozen-after-travel',
        'en',
        'Is the card still with you, and is your phone number the same one you registered?',
      ).verification,
    ).toBeUndefined();
    expect(
      reply('card-frozen-after-travel', 'zh', '卡在您身边吗？您的预留手机号换了吗？').verification,
    ).toBeUndefined();
  });
});

describe('blame said in hindsight is blame; sympathy and what the customer was owed are not', () => {
  it('what the customer should have done, or how it would have gone, is blame (en and zh)', () => {
    expect(
      conductOf(
        'impostor-password-reset',
        'en',
        "Honestly, if you'd got a power of attorney done while she was well, you wouldn't be stuck now.",
      ),
    ).toContain('blame');
    expect(
      conductOf(
        'phishing-sms-clicked',
        'zh',
        '您这当时收到扣款短信就该马上给我们打电话啊，要是早点挂失，这四千九可能就扣不走了。',
      ),
    ).toContain('blame');
  });

  it('"you should have heard from us by now" and "您应该会收到短信" blame nobody (en and zh)', () => {
    expect(
      conductOf(
        'chargeback-ticket-follow-up',
        'en',
        "I'm sorry you've been left in the dark - if we told you ten working days, you should have heard from us by now.",
      ),
    ).not.toContain('blame');
    expect(conductOf('phishing-sms-clicked', 'zh', '挂失成功后您应该会收到一条短信提醒。')).not.toContain(
      'blame',
    );
  });
});

describe('stalling is replies that do no work, kind or not', () => {
  it('two replies of empty reassurance in a row while money is at risk are stalling (en and zh)', () => {
    const en = score('phishing-sms-clicked', 'en', [
      "I think I've been scammed, I typed my card details into a fake ETC site! What do I do?",
      "Hello, I'm sorry this happened. To protect the card, please give me your full name and the last four digits of the card.",
      'Liu Xiaomin, 8842. Please hurry!',
      "Thank you, Ms Liu. Please bear with me a moment while I bring everything up - the system's a little slow.",
      "Please hurry, I'm really scared they're taking more money.",
      'Of course, I completely understand. Try not to worry too much, these things usually turn out fine. Have you had a busy day otherwise?',
      'What? No - please, can you just do something?',
      'Right. What exactly did you type into that page, and did you receive any payment alerts?',
    ]);
    const zh = score('phishing-sms-clicked', 'zh', [
      '我好像被骗了！在一个假的ETC网页上填了银行卡信息，怎么办啊？',
      '您好，先别慌。为了保护您的卡，麻烦提供一下您的姓名和卡号后四位。',
      '刘晓敏，8842。快点啊！',
      '好的刘女士，您稍等一下哈，我这边系统有点卡，正在加载……',
      '求求你快点，我怕卡里的钱全没了！',
      '理解理解，您别太担心，一般不会那么快的，我们银行系统是很安全的，您放心。',
      '你能不能先做点什么？',
      '好的。您在那个网页上具体都填了哪些信息？有没有收到扣款短信？',
    ]);
    expect(check(en, 'no-stalling').result).toBe('no');
    expect(check(zh, 'no-stalling').result).toBe('no');
  });
});

describe('instructions and merchant names are not verification requests', () => {
  it('bringing the ID card to a branch is an instruction (zh and en)', () => {
    expect(
      reply('phishing-sms-clicked', 'zh', '这5天里麻烦您本人带身份证到任意一家华信网点办正式挂失和补卡。')
        .verification,
    ).toBeUndefined();
    expect(
      reply(
        'phishing-sms-clicked',
        'en',
        'Within 5 days, please bring your ID card to any Huaxin branch for the formal report.',
      ).verification,
    ).toBeUndefined();
  });

  it('asking for the merchant name on the statement asks for no identity data (zh and en)', () => {
    expect(
      reply('duplicate-charge-complaint', 'zh', '两笔交易的商户名称显示的是什么？').verification,
    ).toBeUndefined();
    expect(
      reply('duplicate-charge-complaint', 'en', 'What merchant name shows on the two charges?').verification,
    ).toBeUndefined();
  });
});
