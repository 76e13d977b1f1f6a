import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/evaluate/clauses.ts';
import { verificationRequest } from '../../src/evaluate/identity.ts';
import { wrongFactsOf } from '../../src/evaluate/key-facts.ts';
import { scenario } from './judge-helpers.ts';

const wrongIds = (id: string, text: string) => wrongFactsOf(scenario(id), text).map((w) => w.id);

describe('a wrong figure said in a clause of its own', () => {
  it.each([
    '退款要等仓库那边检测完，大概7到15个工作日。',
    '退款这边，一般十个工作日。',
    'The refund is sent back to your card, usually 10 working days.',
  ])('speaks of the topic just before it: %s', (line) =>
    expect(wrongIds('defective-blender-refund', line)).toContain('refund-timeline'),
  );

  it.each([
    '退款会原路退回，一般1-3个工作日。',
    '退款揽收后就触发，银行那边一般1-3个工作日入账。',
    '退款已经申请好了，一般3天后您会收到短信。',
  ])('not a wrong refund time: %s', (line) =>
    expect(wrongIds('defective-blender-refund', line)).not.toContain('refund-timeline'),
  );
});

describe("the resend's arrival time and fee", () => {
  it.each([
    '重新转账的话，大额转账是T+1到账。',
    '重新转的大概要24小时才到。',
    'A high-value transfer is T+1, so it lands the next working day.',
    '手机银行转账每笔收0.5%的手续费。',
    "There's a 0.1% fee on each app transfer.",
    '转账收5块手续费',
  ])('wrong: %s', (line) =>
    expect(wrongIds('transfer-stuck-processing', line)).toContain('resend-correctly'),
  );

  it.each([
    '手机银行转账不收手续费。',
    '大额实时转账一般几分钟到2小时到账。',
    '退回的钱第二个工作日到账后，您再重新转账。',
    'App transfers are free, and a high-value transfer usually arrives within 2 hours.',
  ])('right: %s', (line) =>
    expect(wrongIds('transfer-stuck-processing', line)).not.toContain('resend-correctly'),
  );
});

describe("someone else's name is no identity check", () => {
  const asked = (text: string) => verificationRequest(clausesOf(text), text);

  it.each(['收款人户名您当时填的是谁？', '对方的户名您填的是什么？', '卖家的名字您核对过吗？'])(
    'a detail of the case: %s',
    (line) => expect(asked(line)).toBeUndefined(),
  );

  it.each(['先核实一下身份：请提供您的姓名和身份证后四位。', '请报一下持卡人姓名，还有收款人户名。'])(
    'still a verification request: %s',
    (line) => expect(asked(line)).toBeDefined(),
  );
});
