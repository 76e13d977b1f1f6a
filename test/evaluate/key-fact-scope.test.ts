import { describe, expect, it } from 'vitest';
import { wrongFactsOf } from '../../src/evaluate/key-facts.ts';
import { quantitiesOf } from '../../src/evaluate/quantities.ts';
import { scenario } from './judge-helpers.ts';

const wrong = (id: string, text: string) => wrongFactsOf(scenario(id), text).map((w) => w.id);

// A number belongs to the topic it is said about: the nearest topic in its clause, among the facts
// that know numbers of its kind and unit. Other numbers of the reply are not compared with a fact.
describe('key facts: a number is compared only with the fact it is said about', () => {
  it('the return window said beside the refund is not a wrong refund timeline (en and zh)', () => {
    expect(wrong('defective-blender-refund', 'The refund will be issued within 7 days of delivery.')).toEqual(
      [],
    );
    expect(wrong('defective-blender-refund', '签收7天内可以申请退款。')).toEqual([]);
  });

  it('the refund timeline said near the acquirer is not a wrong acquirer timeline (en and zh)', () => {
    expect(
      wrong(
        'duplicate-charge-complaint',
        'Once the acquirer confirms it, the money goes back to your card within 3 working days.',
      ),
    ).toEqual([]);
    expect(wrong('duplicate-charge-complaint', '收单行会在3个工作日内退回。')).toEqual([]);
  });

  it('a topic inside a longer one names the longer fact only ("interest" in "extra interest")', () => {
    expect(
      wrong(
        'loan-early-repayment-fee',
        'If you wait, the extra interest is about RMB 1,047.40, some RMB 530 less than the fee.',
      ),
    ).toEqual([]);
  });

  it('a wrong value said about its own topic is still a wrong fact (en and zh)', () => {
    expect(
      wrong('defective-blender-refund', 'The refund will reach your card within 10 working days.'),
    ).toEqual(['refund-timeline']);
    expect(wrong('defective-blender-refund', '退款会在10个工作日到账。')).toEqual(['refund-timeline']);
    expect(wrong('duplicate-charge-complaint', '收单机构会在5个工作日内反馈核查结果。')).toEqual([
      'dispute-timeline',
    ]);
    expect(wrong('deceased-parent-account', '存款合计不超过3万元的，可以走简化提取。')).toEqual([
      'simplified-small-amount',
    ]);
  });
});

describe('key facts: broad words are no topic', () => {
  it('"runs 24/7" about the hotline is not the payment system running at weekends (en and zh)', () => {
    expect(wrong('transfer-stuck-processing', 'Our hotline runs 24/7, so call any time.')).toEqual([]);
    expect(wrong('transfer-stuck-processing', '我们的客服热线是24小时运行的，随时可以打。')).toEqual([]);
    expect(wrong('transfer-stuck-processing', 'The high-value payment system runs 24/7.')).toEqual([
      'cause-explained',
    ]);
    expect(wrong('transfer-stuck-processing', '大额支付系统是24小时运行的。')).toEqual(['cause-explained']);
  });

  it('"up to 1,000" about a transfer is not the simplified-withdrawal threshold (en and zh)', () => {
    expect(wrong('deceased-parent-account', 'In the app you can send up to 1,000 dollars a day.')).toEqual(
      [],
    );
    expect(wrong('deceased-parent-account', '手机银行每天转账不超过1000元。')).toEqual([]);
  });
});

describe('key facts: a quantity of another unit never contradicts', () => {
  it('hours after the warehouse signs are not the 7-day return window (en and zh)', () => {
    expect(
      wrong(
        'defective-blender-refund',
        'At the latest the refund is done 48 hours after the warehouse signs for it.',
      ),
    ).toEqual([]);
    expect(wrong('defective-blender-refund', '最晚在仓库签收后48小时内完成退款。')).toEqual([]);
  });

  it('hours and days are units apart; weeks and days are one scale', () => {
    const [hours] = quantitiesOf('within 48 hours');
    const [days] = quantitiesOf('7天内');
    const [weeks] = quantitiesOf('for two weeks');
    expect(hours?.unit).not.toBe(days?.unit);
    expect(weeks?.unit).toBe(days?.unit);
  });
});

describe('"may" after a number is the verb, not the month', () => {
  it('"1 may take a while" holds no date; "1 May" and "5月1日" do', () => {
    expect(quantitiesOf('I think 1 may take a little longer.').filter((q) => q.kind === 'date')).toEqual([]);
    expect(quantitiesOf('The other 2 may be refunded separately.').filter((q) => q.kind === 'date')).toEqual(
      [],
    );
    expect(quantitiesOf('It arrives on 1 May.')[0]?.low).toBe(501);
    expect(quantitiesOf('5月1日前到账')[0]?.low).toBe(501);
  });

  it('"once the money is back" is a conjunction, not a count of one', () => {
    expect(quantitiesOf('Resend once the money is back.').filter((q) => q.kind === 'count')).toEqual([]);
    expect(quantitiesOf('You can do it once a day.')[0]?.kind).toBe('count');
  });
});
