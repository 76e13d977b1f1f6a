import { describe, expect, it } from 'vitest';
import { brushOff } from '../../src/evaluate/brush-off.ts';
import { factsOf } from '../../src/evaluate/facts.ts';
import { reply, scenario } from './judge-helpers.ts';

describe('a trouble asked away is a brush-off', () => {
  it.each(['这有什么麻烦的，就几步的事。', '这有啥难的 照着点就行', '这有什么复杂的，点两下就好'])(
    'brush-off: %s',
    (line) => expect(brushOff(line)).toBeDefined(),
  );

  it.each(['还有什么麻烦的地方吗？', '这有什么麻烦的地方您尽管说。', '那有什么好担心的！钱在路上了。'])(
    'not a brush-off: %s',
    (line) => expect(brushOff(line)).toBeUndefined(),
  );
});

describe("the customer's confusion or worry called normal is validation", () => {
  const labels = (text: string) =>
    reply('child-education-savings-plan', 'zh', text).conduct.map((c) => c.label);

  it.each([
    '各家说法都不一样，听得人越来越糊涂，这太正常了，咱们一样一样理清楚。您每个月大概能存多少？',
    '信息太多一下子分不清，这很正常，我帮您捋一捋。',
  ])('not dismissive: %s', (line) => expect(labels(line)).not.toContain('dismissive'));

  it('a fuss called needless still is', () =>
    expect(labels('您这点事很正常，别大惊小怪。')).toContain('dismissive'));
});

describe('"差不多" (roughly) is no denial', () => {
  const conveyed = (text: string) =>
    factsOf(scenario('child-education-savings-plan'), text).conveyed.map((c) => c.id);

  it('a fact said with "差不多" is still conveyed', () =>
    expect(
      conveyed('按房租加生活费粗算，6个月的家庭开支差不多就是2万，所以我建议这笔钱全部留作应急金。'),
    ).toContain('emergency-first'));

  it('a real denial still is one', () =>
    expect(conveyed('不用留6个月的应急金，这笔钱可以全部拿去投。')).not.toContain('emergency-first'));
});
