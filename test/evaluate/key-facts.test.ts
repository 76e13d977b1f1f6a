import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { wrongFactsOf } from '../../src/evaluate/key-facts.ts';
import { quantitiesOf } from '../../src/evaluate/quantities.ts';
import { check, reply, scenario, score } from './judge-helpers.ts';

const wrong = (id: string, text: string) => wrongFactsOf(scenario(id), text).map((w) => w.id);
const contradicted = (id: string, lang: 'zh' | 'en', text: string) =>
  reply(id, lang, text).contradicted.map((c) => c.id);

describe('key facts: a statement that asserts a contradicting value is a wrong fact', () => {
  it('a wrong number of days about the topic (en and zh)', () => {
    expect(wrong('phishing-sms-clicked', 'The temporary loss report is valid for two weeks.')).toEqual([
      'immediate-lock',
    ]);
    expect(wrong('phishing-sms-clicked', '临时挂失的有效期是15天，您慢慢来。')).toEqual(['immediate-lock']);
    expect(
      wrong('loan-early-repayment-fee', 'The review team will get back to you within 30 working days.'),
    ).toEqual(['fee-review-route']);
    expect(wrong('loan-early-repayment-fee', '复核结果会在一个月内答复您。')).toEqual(['fee-review-route']);
  });

  it('a wrong amount or a fee where the service is free (en and zh)', () => {
    expect(
      wrong('deceased-parent-account', 'Anything up to RMB 20,000 can use the simplified procedure.'),
    ).toEqual(['simplified-small-amount']);
    expect(wrong('deceased-parent-account', '存款合计不超过3万元的，可以走简化提取。')).toEqual([
      'simplified-small-amount',
    ]);
    expect(
      wrong('impostor-password-reset', 'We can arrange a home visit at the hospital, it costs 100 yuan.'),
    ).toEqual(['proper-proxy-channels']);
    expect(wrong('impostor-password-reset', '可以预约上门服务，每次收费80元。')).toEqual([
      'proper-proxy-channels',
    ]);
  });

  it('a wrong date (en and zh)', () => {
    expect(wrong('cashback-promo-not-credited', 'The cashback will be credited by 15 October.')).toEqual([
      'credit-timing',
    ]);
    expect(wrong('cashback-promo-not-credited', '返现会在10月10日前发放到您的账户。')).toEqual([
      'credit-timing',
    ]);
  });

  it('a wrong channel: "do it online" where it must be done at a branch (en and zh)', () => {
    expect(
      wrong(
        'overseas-remittance-limit',
        'For the first time you can just do it in the app, no need to come in.',
      ),
    ).toEqual(['documents-for-foreigners']);
    expect(wrong('overseas-remittance-limit', '第一次购汇直接在手机银行上操作就可以。')).toEqual([
      'documents-for-foreigners',
    ]);
  });

  it('a wrong rule or eligibility (en and zh)', () => {
    expect(
      wrong(
        'cashback-promo-not-credited',
        'Spending before registration still counts, it will be added later.',
      ),
    ).toEqual(['registration-required']);
    expect(wrong('cashback-promo-not-credited', '报名前的消费也算，系统会补算进去。')).toEqual([
      'registration-required',
    ]);
  });

  it('a wrong status: "it has already arrived" when it has not (en and zh)', () => {
    expect(
      wrong('transfer-stuck-processing', 'Good news: the money has already arrived with the seller.'),
    ).toEqual(['cause-explained']);
    expect(wrong('transfer-stuck-processing', '这笔钱已经到账了，卖家那边已经收到。')).toEqual([
      'cause-explained',
    ]);
  });
});

describe('key facts: never a question, a denial, a quote of the customer or a right paraphrase', () => {
  it('a question about the value is not a wrong fact (en and zh)', () => {
    expect(
      wrong('phishing-sms-clicked', 'Did someone tell you the temporary loss report lasts 30 days?'),
    ).toEqual([]);
    expect(wrong('phishing-sms-clicked', '是有人跟您说临时挂失有效期30天吗？')).toEqual([]);
  });

  it('denying the wrong value is not a wrong fact (en and zh)', () => {
    expect(wrong('phishing-sms-clicked', "The temporary loss report isn't 30 days, it's 5 days.")).toEqual(
      [],
    );
    expect(wrong('phishing-sms-clicked', '临时挂失不是长期有效的，有效期5天。')).toEqual([]);
    expect(
      wrong('deceased-parent-account', "Your brother doesn't need to fly back for the notarisation."),
    ).toEqual([]);
    expect(wrong('deceased-parent-account', '您哥哥不需要回国，在使领馆办声明就可以。')).toEqual([]);
  });

  it('repeating what the customer said is not asserting it (en and zh)', () => {
    expect(
      wrong(
        'duplicate-charge-complaint',
        'You said the acquirer replies within 3 working days, let me check that.',
      ),
    ).toEqual([]);
    expect(wrong('duplicate-charge-complaint', '您说收单机构3个工作日就能反馈，我帮您核实一下。')).toEqual(
      [],
    );
  });

  it('a correct paraphrase is credited, not penalised (en and zh)', () => {
    expect(wrong('phishing-sms-clicked', 'This temporary block holds for five days.')).toEqual([]);
    expect(wrong('phishing-sms-clicked', '临时挂失五天内有效。')).toEqual([]);
    expect(
      wrong('impostor-password-reset', 'Our home visit is free, usually within three to five working days.'),
    ).toEqual([]);
    expect(wrong('impostor-password-reset', '上门服务是免费的，一般3到5个工作日安排。')).toEqual([]);
  });

  it('another number in the same reply, not about the topic, is not compared (en and zh)', () => {
    expect(
      wrong(
        'loan-early-repayment-fee',
        'Your credit report usually updates within a month; the review takes 15 working days.',
      ),
    ).toEqual([]);
    expect(wrong('loan-early-repayment-fee', '征信一般1个月内更新，复核15个工作日内答复。')).toEqual([]);
  });
});

describe('wrong facts move the score, with evidence and advice', () => {
  const opening = {
    en: 'I clicked a link in a text about my ETC card and entered my card details and a code.',
    zh: '我点了一条ETC的短信链接，输了卡号和验证码。',
  };
  const lines = {
    en: (days: string) => [
      opening.en,
      `I've put a temporary loss report on the card. The temporary loss report lasts ${days}; bring your ID card to any branch within that time.`,
    ],
    zh: (days: string) => [
      opening.zh,
      `卡已经临时挂失了。临时挂失有效期${days}，这段时间内请带身份证到任一网点办正式挂失。`,
    ],
  };

  it('the wrong copy scores lower, and no-wrong-fact quotes the clause at its 1-based turn (en and zh)', () => {
    for (const [lang, right, bad] of [
      ['en', '5 days', '60 days'],
      ['zh', '5天', '60天'],
    ] as const) {
      const good = score('phishing-sms-clicked', lang, lines[lang](right));
      const flawed = score('phishing-sms-clicked', lang, lines[lang](bad));
      expect(check(good, 'no-wrong-fact').result).toBe('yes');
      const c = check(flawed, 'no-wrong-fact');
      expect(c.result).toBe('no');
      expect(c.turn).toBe(2);
      expect(c.quote).toContain(bad);
      expect(flawed.overall).toBeLessThan(good.overall);
      const advice = flawed.improvements.find((i) => i.checkId === 'no-wrong-fact');
      expect(advice?.advice).toContain(bad);
      expect(advice?.trySaying).toMatch(lang === 'en' ? /5 days/ : /5天/);
    }
  });
});

describe('dates are quantities of their own', () => {
  it('"8月31日" is a day of August, not eight months and 31 days; "31 August" matches it', () => {
    const [zh] = quantitiesOf('8月31日前到账');
    const [en] = quantitiesOf('by 31 August');
    expect(zh?.kind).toBe('date');
    expect(zh?.low).toBe(en?.low);
    expect(quantitiesOf('September 30th')[0]?.low).toBe(930);
  });

  it('a wrong fact found is reported as contradicted by the reply analysis (en and zh)', () => {
    expect(
      contradicted('cashback-promo-not-credited', 'en', 'It will be credited by 30 September.'),
    ).toContain('credit-timing');
    expect(contradicted('cashback-promo-not-credited', 'zh', '返现会在9月30日前到账。')).toContain(
      'credit-timing',
    );
  });
});

describe('key facts never contradict the scenario that states them', () => {
  it("every scenario's own knowledge text, said word for word by the agent, is no wrong fact (en and zh)", () => {
    const { library } = loadLibrary(['personas', 'scenarios']);
    const flagged = [...library.scenarios.values()].flatMap((sc) =>
      sc.knowledge.flatMap((k) =>
        (['en', 'zh'] as const).flatMap((lang) =>
          wrongFactsOf(sc, k.text[lang]).map((w) => `${sc.id} ${lang} ${k.id}: ${w.quote}`),
        ),
      ),
    );
    expect(flagged).toEqual([]);
  });
});

describe('a key value is matched with its unit', () => {
  const conveys = (id: string, lang: 'en' | 'zh', text: string, entry: string) =>
    reply(id, lang, text).conveyed.some((c) => c.id === entry);

  it('a fee of 150 is not conveyed by 150 days, nor 2% by 12% (en and zh)', () => {
    expect(
      conveys('overseas-remittance-limit', 'en', 'The cable fee is 150 yuan per transfer.', 'swift-fees'),
    ).toBe(true);
    expect(
      conveys('overseas-remittance-limit', 'en', 'The SWIFT cable can take up to 150 days.', 'swift-fees'),
    ).toBe(false);
    expect(conveys('overseas-remittance-limit', 'zh', '每笔另收电报费150元。', 'swift-fees')).toBe(true);
    expect(conveys('overseas-remittance-limit', 'zh', '电报费要等150天才出账。', 'swift-fees')).toBe(false);
    expect(
      conveys(
        'loan-early-repayment-fee',
        'en',
        'Under clause 9.2 the fee is 12% of the principal.',
        'fee-clause',
      ),
    ).toBe(false);
    expect(
      conveys('loan-early-repayment-fee', 'zh', '按第9.2条，违约金是提前还款本金的12%。', 'fee-clause'),
    ).toBe(false);
  });
});
