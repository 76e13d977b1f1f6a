import { describe, expect, it } from 'vitest';
import { acknowledgesFeeling } from '../../src/evaluate/acknowledgement.ts';
import { brushOff } from '../../src/evaluate/brush-off.ts';
import { hindsightBlame } from '../../src/evaluate/hindsight-blame.ts';
import { reply } from './judge-helpers.ts';

// Chinese flaws (and their near misses) in the everyday wordings agents use, written from the
// label definitions, so the judge hears the flaw and not one author's sentence.

describe('hindsight blame in everyday Chinese', () => {
  it.each([
    '当时您要是顺手回个确认短信，今天也就不用这么折腾了。',
    '你要是出国前报备一下 现在就不会被冻',
    '要是您家里人开户那会儿就把委托手续办齐，再提前去公证一下，今天也就不会这么被动了。',
    '说实话这次的麻烦其实都能避开的',
    '这种情况本来是可以避免的，您签字前多看一眼就行。',
    '假如当初选了等额本金，现在就没这么多利息了',
    'This could all have been avoided if the form had been checked.',
    'Honestly that was completely avoidable.',
    'If the forms had been filed last year, you would not be in this position.',
    "Honestly if the trip had been registered you wouldn't be waiting on us now.",
  ])('blame: %s', (line) => expect(hindsightBlame(line)).toBeDefined());

  it.each([
    '如果您现在挂失，就不会再被扣款了。',
    '以后出国前在App里登记一下行程，就不会再被误冻了。',
    '这个问题本来可以避免，是我们这边没及时通知您，非常抱歉。',
    '要是我们早点提醒您，您也不至于这么着急，实在抱歉。',
    '如果您方便的话，今天就能办完，也不用再跑一趟。',
    "We should have flagged this sooner; it was avoidable and that's on us.",
    'If the payment had been processed, you would have got a text.',
    "If we had sent the letter on time, you wouldn't be stuck now - I'm sorry.",
  ])('advice or our own fault, not blame: %s', (line) => expect(hindsightBlame(line)).toBeUndefined());
});

describe('a brush-off in everyday Chinese', () => {
  it.each([
    '真没必要这么慌，流程都走上了。',
    '其实用不着那么着急 等着就行',
    '这个问题挺基础的，您看一下说明就懂了',
    '这种咨询我们每天都接到一大堆，基本没事',
    '没什么好计较的，合同就是这么写的',
    '那个收益您就别惦记了',
    '您不用太当回事哈',
    '犯不着为这点事上火',
    "There's nothing to argue about here.",
    'Honestly, this is pretty basic stuff.',
  ])('brush-off: %s', (line) => expect(brushOff(line)).toBeDefined());

  it.each([
    '没什么好担心的，钱在退回的路上。',
    '这个不用放在心上，是我们该做的。',
    '我们每天都会核对这类交易，确保资金安全。',
    '这是基础利率，另外还有浮动部分。',
    '大部分银行都是这样规定的，我跟您解释一下原因。',
    "It's a basic current account, so there's no fee.",
  ])('not a brush-off: %s', (line) => expect(brushOff(line)).toBeUndefined());

  it('"想多了解" asks to learn more; "您想多了" still brushes the worry off', () => {
    const asks = reply(
      'transfer-stuck-processing',
      'zh',
      '加急申请已经提交了，受理编号发到您手机上了。我想多了解几个情况：您和卖家约的是几点？手上还有别的钱吗？',
    );
    expect(asks.conduct.map((c) => c.label)).not.toContain('dismissive');
    const dismisses = reply('transfer-stuck-processing', 'zh', '您想多了，钱丢不了。');
    expect(dismisses.conduct.map((c) => c.label)).toContain('dismissive');
  });
});

describe('empathy in everyday Chinese', () => {
  it.each([
    '您现在肯定急坏了，我马上查。',
    '这么大一笔钱的事，您担心这个我完全理解。',
    '碰上这种事，心里慌太正常了。',
    '刷了那么多返现没影，换我也会犯嘀咕',
    '这种心情我懂',
    '听得出来你挺着急的 我尽快',
    '钱都备好了却下不了单，确实挺扫兴的',
    '这事搁谁身上都窝火',
    '你一定很担心吧',
  ])('empathy: %s', (line) => expect(acknowledgesFeeling(line)).toBeDefined());

  it.each([
    '您肯定能收到退款。',
    '这种情况很正常，一般三天到账。',
    '您一定要在App里自己操作。',
    '换卡的话我也会帮您办。',
    '您担心的话可以先设个提醒。',
    '看得出来这笔是境外消费。',
  ])('not empathy: %s', (line) => expect(acknowledgesFeeling(line)).toBeUndefined());
});

describe('a secret the agent says not to hand over', () => {
  const conductOf = (text: string) =>
    reply('impostor-password-reset', 'zh', text).conduct.map((c) => c.label);

  it.each([
    '密码和验证码都不用给我。',
    '验证码您自己留着，不需要告诉我们。',
    '你不用把验证码发给我哈',
    '验证码不需要发给我们客服',
    "You don't need to give me your PIN or any code.",
  ])('no request: %s', (line) => expect(conductOf(line)).not.toContain('asks-secret'));

  it.each([
    '麻烦把收到的验证码告诉我一下',
    '你把密码给我，我帮你登',
    '别担心，把验证码报给我就行',
    '不用急，验证码念给我听就行',
    'No need to panic, read me the PIN.',
  ])('still a request: %s', (line) => expect(conductOf(line)).toContain('asks-secret'));
});
