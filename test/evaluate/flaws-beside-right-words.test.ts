import { describe, expect, it } from 'vitest';
import { clearedOf } from '../../src/evaluate/conduct-vetoes.ts';
import { hindsightBlame } from '../../src/evaluate/hindsight-blame.ts';
import { wrongFactsOf } from '../../src/evaluate/key-facts.ts';
import { quantitiesOf } from '../../src/evaluate/quantities.ts';
import { scenario } from './judge-helpers.ts';

/**
 * A flaw said next to something right is still heard: a wrong period beside the right amount, a wrong
 * visit time beside "free", a wrong level beside the right ones. And right words that look like flaws
 * ("whatever you don't use", "you're fine" about a plan, "不是您自己操作的问题") are let stand.
 * Written from the scenarios' knowledge, not from any authored conversation.
 */
const wrong = (id: string, text: string) => wrongFactsOf(scenario(id), text).map((w) => w.id);

describe('a wrong value is heard beside a right value of another part of the fact', () => {
  it.each([
    [
      'face-login-fails-app',
      'For the first three days on a new phone, the transfer limit is 5,000 yuan a day.',
    ],
    [
      'face-login-fails-app',
      'During the first 48 hours after binding, transfers are capped at 5,000 yuan a day.',
    ],
    ['face-login-fails-app', 'Over the first two weeks, your daily limit drops to 5000 yuan.'],
    ['face-login-fails-app', '新设备绑定后的头三天，转账限额是每天5000元。'],
    ['face-login-fails-app', '换机后前七天，单日限额降到5000元。'],
    [
      'impostor-password-reset',
      'Our home visit is free of charge; we also guarantee someone by the next working day.',
    ],
    [
      'impostor-password-reset',
      'The home-visit service costs nothing, and we have someone with her by tomorrow morning.',
    ],
    ['wealth-product-risk-mismatch', 'C2 covers R1 and R2 only; an R4 fund needs C3 or above.'],
    ['wealth-product-risk-mismatch', 'At C2 you can only buy R1 and R2, while R4 requires C3.'],
    ['wealth-product-risk-mismatch', 'C2只能买R1、R2，R4的话C3及以上就可以。'],
    ['impostor-password-reset', "For her son, a letter signed by her is fine, there's no need for a notary."],
    ['impostor-password-reset', '您是直系亲属，拿她签字的授权书来就行，用不着公证。'],
    ['impostor-password-reset', '直系亲属不用公证，带身份证来就能办。'],
  ])('%s: %s', (id, text) => expect(wrong(id, text)).not.toEqual([]));

  it.each([
    [
      'face-login-fails-app',
      'For the first 24 hours after binding, transfers are capped at 5,000 yuan a day.',
    ],
    ['face-login-fails-app', '新设备绑定后的头24小时，转账限额是每天5000元。'],
    ['impostor-password-reset', 'The home visit is free and usually happens within 3 to 5 working days.'],
    ['wealth-product-risk-mismatch', 'C2 covers R1 and R2 only; an R4 fund needs C4 or above.'],
    ['impostor-password-reset', 'The power of attorney has to be notarised, a signed note is not enough.'],
    ['impostor-password-reset', '委托书必须公证，手写的不行。'],
    ['overseas-remittance-limit', 'For 2,000 USD the 0.1% comes to less than 50, so you pay the minimum.'],
  ])('right values stay clean - %s: %s', (id, text) => expect(wrong(id, text)).toEqual([]));

  it('an amount a day is a rate, not a period of one day', () => {
    expect(quantitiesOf('5,000 yuan a day').map((q) => q.kind)).toEqual(['money']);
    expect(quantitiesOf('twice a day').map((q) => q.kind)).toEqual(['count']);
    expect(quantitiesOf('it takes a day').map((q) => q.kind)).toEqual(['duration']);
  });
});

describe('right words that look like a flaw are let stand', () => {
  it.each([
    ['blame', "You're not doing anything wrong at all, it's a standard check."],
    ['blame', "You haven't done anything wrong, the system asks everyone."],
    ['blame', 'This is nothing you did, the block is automatic.'],
    ['blame', '这不是您自己操作的问题，是系统升级导致的。'],
    ['blame', '不是您填错了，这个是系统默认的。'],
    ['blame', '这跟您的操作没关系，我们这边来处理。'],
    ['dismissive', "It's not too much - you're fine, it fits the yearly quota."],
    ['dismissive', "You're well within your limit, so the plan works."],
    ['rude', "Whatever you don't use this year starts again in January."],
    ['rude', 'Pick whatever day suits you best for the visit.'],
  ])('%s: %s', (label, sentence) => expect(clearedOf(label, sentence)).toBe(true));

  it.each([
    ['blame', 'You did this to yourself by sharing the code.'],
    ['dismissive', "You're fine, stop worrying so much."],
    ['dismissive', "You're fine, calm down."],
    ['rude', 'Whatever. Read the message again.'],
    ['rude', 'Whatever, I already told you twice.'],
  ])('the flaw itself is not - %s: %s', (label, sentence) => expect(clearedOf(label, sentence)).toBe(false));
});

describe("blame said as the customer's own check skipped (zh)", () => {
  it.each([
    '户名和卡号对不上，这是您汇款时自己没核对清楚。',
    '您当时自己没看清收款人就转了，现在只能等退回。',
    '这是您填的时候自己没注意，下次留意一下。',
  ])('%s', (line) => expect(hindsightBlame(line)).toBeDefined());
  it.each(['这不是您自己没核对清楚，是对方银行信息有误。', '您自己没法在App里撤销，我来帮您申请。'])(
    'clearing or a plain limit stays clean: %s',
    (line) => expect(hindsightBlame(line)).toBeUndefined(),
  );
});
