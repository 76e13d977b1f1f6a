import { describe, expect, it } from 'vitest';
import { brushOff } from '../../src/evaluate/brush-off.ts';
import { check, score } from './judge-helpers.ts';

// Dismissal a reviewer hears in any wording: the feeling declared out of place or not worth having.
describe('a feeling brushed aside is dismissal', () => {
  it('the feeling declared out of place is a brush-off (en and zh)', () => {
    for (const line of [
      "Look, there's honestly nothing to get upset about here.",
      "Don't make a big deal of it, these things happen.",
      "It's not the end of the world, just calm down.",
      '这有什么好生气的，手续办完就行了。',
      '谁家都一样，想开点就好。',
      '至于吗，就晚了两天而已。',
      "Honestly, you really don't need to be so nervous about funds.",
      "You're worrying too much, those stories are always exaggerated.",
      '您想太多了，没必要这么紧张。',
      '别想太多，用不着那么担心。',
    ])
      expect(brushOff(line), line).toBeDefined();
  });

  it('reassurance about the outcome and real empathy are not (en and zh)', () => {
    for (const line of [
      "Don't worry, the money is safe and on its way back.",
      "I'm so sorry, it's completely understandable to be upset about this.",
      '您别担心，钱不会丢，正在退回来。',
      '没什么的话，我这边就先不打扰您了。',
      '遇到这种事换谁都会着急，我理解您的心情。',
      "You don't need to be a customer of ours to file this.",
      '您不用太着急，我们一步一步来，先把卡冻上。',
    ])
      expect(brushOff(line), line).toBeUndefined();
  });

  it('a brush-off after an upset line fails no-dismissal (en and zh)', () => {
    const en = score('transfer-stuck-processing', 'en', [
      "I'm furious, my money has vanished and nobody tells me anything!",
      "There's really nothing to get worked up about. Let me check the transfer for you.",
    ]);
    expect(check(en, 'no-dismissal').result).toBe('no');
    const zh = score('transfer-stuck-processing', 'zh', [
      '我快气死了，钱转出去就没影了，也没人管！',
      '这有什么好着急的，我帮您查一下这笔转账。',
    ]);
    expect(check(zh, 'no-dismissal').result).toBe('no');
  });
});
