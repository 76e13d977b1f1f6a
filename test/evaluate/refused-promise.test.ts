import { describe, expect, it } from 'vitest';
import { check, score } from './judge-helpers.ts';

const opening = {
  en: 'I was charged twice for the same headphones. I want it back today!',
  zh: '我买耳机被重复扣款了，今天必须退给我！',
};
const promise = (lang: 'en' | 'zh', reply: string) =>
  check(score('duplicate-charge-complaint', lang, [opening[lang], reply]), 'no-overpromise');

describe('a promise refused is not an overpromise; a promise made still is', () => {
  it('refusing to guarantee the outcome is not a promise (zh and en)', () => {
    expect(promise('zh', '结果要以核查为准，我不能给您打包票。').result).not.toBe('no');
    expect(
      promise('en', "The outcome depends on the investigation, so I can't guarantee it.").result,
    ).not.toBe('no');
  });

  it('a guarantee stays one, even with "no doubt" or "不会有问题" beside it (zh and en)', () => {
    expect(promise('zh', '您放心，我给您打包票，今天一定退回来。').result).toBe('no');
    expect(promise('zh', '今天肯定到账，不会有问题。').result).toBe('no');
    expect(promise('en', "I guarantee you'll have the money back today, no doubt about it.").result).toBe(
      'no',
    );
  });

  it('a guarantee that something will not happen is still a guarantee (zh and en)', () => {
    expect(promise('zh', '我保证您一分钱都不会损失。').result).toBe('no');
    expect(promise('en', "I guarantee you won't lose a single cent.").result).toBe('no');
  });
});
