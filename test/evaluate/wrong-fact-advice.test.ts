import { describe, expect, it } from 'vitest';
import { score } from './judge-helpers.ts';

// One knowledge entry can hold several key facts; the correction offered for a wrong one must give
// the right value of that fact, not another fact of the same entry.
describe('the correction of a wrong fact quotes the fact that was contradicted', () => {
  const opening = {
    en: 'My transfer to the seller has been stuck on processing since Saturday!',
    zh: '我周六转给卖家的钱一直显示处理中！',
  };
  const advice = (lang: 'en' | 'zh', agent: string) =>
    score('transfer-stuck-processing', lang, [opening[lang], agent]).improvements.find(
      (i) => i.checkId === 'no-wrong-fact',
    )?.trySaying;

  it('"the money has arrived" is corrected with "the money is not lost, it is coming back" (en and zh)', () => {
    const en = advice('en', 'Good news: the money has already arrived with the seller.');
    expect(en).toMatch(/isn't lost/);
    expect(en).not.toMatch(/8:30/);
    const zh = advice('zh', '这笔钱已经到账了，卖家那边已经收到。');
    expect(zh).toMatch(/没有丢/);
    expect(zh).not.toMatch(/8:30/);
  });

  it('"the system runs at weekends" is corrected with its working hours (en and zh)', () => {
    expect(advice('en', 'The high-value payment system runs 24/7, so it should have gone through.')).toMatch(
      /working days 8:30-17:15/,
    );
    const zh = advice('zh', '大额支付系统是24小时运行的，周末也照常处理。');
    expect(zh).toMatch(/工作日8:30-17:15/);
    expect(zh).not.toMatch(/没有丢/);
  });
});
