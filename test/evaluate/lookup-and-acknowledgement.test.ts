import { describe, expect, it } from 'vitest';
import { reply } from './judge-helpers.ts';

const lang = (text: string) => (/[\u4e00-\u9fff]/u.test(text) ? 'zh' : 'en');
const analysed = (text: string) => reply('card-frozen-after-travel', lang(text), text);

describe('pulling up the record is no action on the case', () => {
  it.each([
    '好的，我已经调出来了，尾号3358这张卡现在是只收不付。',
    "OK, I've pulled your account up - the card ending 3358 is on a hold.",
  ])('looking: %s', (line) => expect(analysed(line).action).toBe(false));

  it.each([
    '好的，我已经查到这笔交易并帮您提交了加急申请。',
    '我已经帮您把卡冻结了。',
    "I've found the payment and blocked the card.",
  ])('doing: %s', (line) => expect(analysed(line).action).toBe(true));
});

describe('saying the agent now understands is not rude', () => {
  const labels = (text: string) => analysed(text).conduct.map((c) => c.label);

  it('"这就清楚了。" opening an explanation is an acknowledgement', () =>
    expect(
      labels(
        '这就清楚了。系统发现一笔和您平时差别很大的境外消费，就先把卡管控了，解除需要您在App里验证一下。',
      ),
    ).not.toContain('rude'));

  it.each(['懂了吗？自己去App里弄。', '清楚了吧，别再问了。'])('still rude: %s', (line) =>
    expect(labels(line)).toContain('rude'),
  );
});
