import { describe, expect, it } from 'vitest';
import { reply } from './judge-helpers.ts';

const wrongIn = (id: string, lang: 'en' | 'zh', text: string) =>
  reply(id, lang, text, lang === 'zh' ? '那要多久？' : 'How long will it take?').contradicted.map(
    (c) => c.id,
  );

// A lift that takes minutes said to take days is a wrong timeline, whatever scale it is said on; a
// duration another fact of the case is timed in belongs to that fact.
describe('a timeline stated on the other scale', () => {
  it('days for what takes minutes are a wrong fact (en and zh)', () => {
    for (const [lang, line] of [
      ['en', 'After verification it usually takes two to three working days for transfers to work again.'],
      ['en', "Once you've passed both checks, transfers will work again within 2 working days."],
      ['zh', '两步都做完以后，大概三个工作日内解除。'],
      ['zh', '验证通过后，大概要等一个星期才能恢复正常转账。'],
    ] as const)
      expect(wrongIn('card-frozen-after-travel', lang, line), line).toContain('unfreeze-timeline');
  });

  it('the right timeline, or an hour figure of another fact, is not', () => {
    expect(
      wrongIn('card-frozen-after-travel', 'en', "Once both checks pass, it's lifted in real time."),
    ).toEqual([]);
    expect(
      wrongIn('card-frozen-after-travel', 'zh', '两步验证通过后实时解除，最多30分钟就能正常转账。'),
    ).toEqual([]);
    expect(
      wrongIn('defective-blender-refund', 'zh', '快递揽收以后就会退款，最晚也会在仓库签收后48小时内退出。'),
    ).toEqual([]);
    expect(
      wrongIn('defective-blender-refund', 'en', 'The refund shows up within 1 to 3 working days.'),
    ).toEqual([]);
  });
});
