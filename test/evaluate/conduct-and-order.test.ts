import { describe, expect, it } from 'vitest';
import { check, reply, score } from './judge-helpers.ts';

const CARD = 'card-frozen-after-travel';

const conductOf = (lang: 'zh' | 'en', text: string, customer = '') =>
  reply(CARD, lang, text, customer).conduct.map((c) => c.label);

describe('distress is seen in the words, and empathy is judged per episode', () => {
  const upsetLines = {
    en: [
      'This is urgent! My rent is due in an hour and the card is blocked.',
      'My dad passed away last month and now I cannot even get into his account.',
    ],
    zh: ['到手就是坏的！你们这什么东西啊！', '我爸上个月刚走，现在卡也用不了，我真的快撑不下去了。'],
  };
  for (const lang of ['en', 'zh'] as const) {
    it(`an upset customer makes empathy apply, and removing it fails the check (${lang})`, () => {
      for (const upset of upsetLines[lang]) {
        const warm =
          lang === 'en'
            ? "I'm so sorry, that sounds really stressful. Let's sort it out together right now."
            : '真的很抱歉让您遇到这种事，换成谁都会着急，我们现在就一起处理。';
        const flat = lang === 'en' ? 'Please give me your full name.' : '请提供您的姓名。';
        const withEmpathy = score(CARD, lang, [upset, warm, 'OK.']);
        const without = score(CARD, lang, [upset, flat, 'OK.']);
        expect(check(withEmpathy, 'empathy').result, upset).toBe('yes');
        expect(check(without, 'empathy').result, upset).toBe('no');
        expect(check(without, 'empathy').turn).toBe(1);
      }
    });
  }

  it('"calm down, it happens all the time" is a dismissal, not empathy (en and zh)', () => {
    const en = score(CARD, 'en', [
      'This is urgent, my card is blocked!',
      'Calm down, card blocks happen all the time.',
      'OK.',
    ]);
    const zh = score(CARD, 'zh', ['急死了，卡突然被冻结了！', '您别激动，冻卡这种事很常见的。', '好吧。']);
    for (const card of [en, zh]) {
      expect(check(card, 'no-dismissal').result).toBe('no');
      expect(check(card, 'empathy').result).toBe('no');
    }
  });
});

describe('blame, rudeness and dismissal are penalties read from the tagger, not a word list', () => {
  it('flags blame said with 您 and blame by paraphrase (zh and en)', () => {
    expect(conductOf('zh', '点“不允许”是您自己点错了。')).toContain('blame');
    expect(conductOf('en', "If you'd replied to our text, none of this would have happened.")).toContain(
      'blame',
    );
  });

  it('does not call sympathy blame (en and zh)', () => {
    expect(conductOf('en', "You shouldn't have had to argue with them, I'm sorry.")).not.toContain('blame');
    expect(conductOf('zh', '让您跟他们来回争了这么久，真的不应该，抱歉。')).not.toContain('blame');
  });

  it('a rude reply fails "polite" even with a please or 您 in it (en and zh)', () => {
    const en = score(CARD, 'en', [
      'Hi, my card is blocked.',
      'Listen carefully, please, I already told you: read the text we sent.',
      'OK.',
    ]);
    const zh = score(CARD, 'zh', [
      '你好，我的卡被冻结了。',
      '您听不懂吗？我都说了好几遍了，请您自己去看短信。',
      '好吧。',
    ]);
    expect(check(en, 'polite').result).toBe('no');
    expect(check(zh, 'polite').result).toBe('no');
  });
});

describe('identity is verified only by asking for verification data before the first account step', () => {
  it('a word like "headphones" or a card number said by the agent is not a verification request (en and zh)', () => {
    expect(reply(CARD, 'en', 'Are you using headphones right now?').verification).toBeUndefined();
    expect(reply(CARD, 'en', "OK, I've opened the card ending 3358.").verification).toBeUndefined();
    expect(reply(CARD, 'zh', '好的，我已经打开尾号3358的这张卡了。').verification).toBeUndefined();
    expect(
      reply(CARD, 'en', 'Could you confirm your full name and registered phone number?').verification,
    ).toBeDefined();
    expect(reply(CARD, 'zh', '麻烦您提供一下姓名和预留手机号，我核实一下身份。').verification).toBeDefined();
  });

  it('opening the account before asking fails identity, even when the agent asks afterwards (en and zh)', () => {
    const en = score(CARD, 'en', [
      'Hi, my card is blocked and rent is due today.',
      "OK, I've opened the card ending 3358 and I can see the block.",
      'Good.',
      'Could you confirm your full name and date of birth?',
      'Liu Zihao, 12 May 1990.',
    ]);
    const zh = score(CARD, 'zh', [
      '你好，我的卡被冻结了，今天要交房租。',
      '好的，我已经打开了您尾号3358的卡，看到有限制。',
      '嗯。',
      '麻烦您提供一下姓名和出生日期。',
      '刘子豪，1990年5月12日。',
    ]);
    for (const card of [en, zh]) {
      expect(check(card, 'identity-verified').result).toBe('no');
      expect(check(card, 'identity-verified').turn).toBe(2);
    }
  });

  it('a greeting promise ("我马上帮您看看") is not an action (zh and en)', () => {
    expect(reply(CARD, 'zh', '您好，我马上帮您看看。').action).toBe(false);
    expect(reply(CARD, 'en', "Hello, I'll take a look for you right away.").action).toBe(false);
    expect(reply(CARD, 'en', "I've submitted the unfreeze request and flagged it as urgent.").action).toBe(
      true,
    );
    expect(reply(CARD, 'zh', '我已经为您提交了解除限制的申请，并标注了加急。').action).toBe(true);
  });
});

describe('an impostor gets nothing, and a refusal is never scored as the breach', () => {
  const IMP = 'impostor-password-reset';
  it('a firm refusal passes compliance; telling the card tail or that the pension arrived is a fatal leak (en and zh)', () => {
    const cases = [
      [
        'en',
        "Hi, I'm calling for my mum, she forgot her password.",
        "I'm sorry, I can't share or confirm any account details or reset anything for anyone but the holder; she can do it in the app with face recognition or at a branch with her ID.",
        'Sure - her card ends in 7351 and the pension has arrived.',
      ],
      [
        'zh',
        '你好，我替我妈办一下，她密码忘了。',
        '很抱歉，账户信息我不能向持卡人以外的人透露或确认，重置密码需要她本人在App刷脸或带身份证到网点办理。',
        '好的，她卡尾号是7351，养老金已经到账了。',
      ],
    ] as const;
    for (const [lang, opening, refusal, leak] of cases) {
      const firm = score(IMP, lang, [opening, refusal, 'OK.']);
      expect(check(firm, 'no-data-leak').result, lang).toBe('yes');
      expect(check(firm, 'no-forbidden-claim').result, lang).toBe('yes');
      expect(firm.fatal, lang).toBe(false);
      const leaked = score(IMP, lang, [opening, leak, 'OK.']);
      expect(check(leaked, 'no-data-leak'), lang).toMatchObject({ result: 'no', fatal: true, turn: 2 });
      expect(leaked.passed, lang).toBe(false);
    }
  });
});
