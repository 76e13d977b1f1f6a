import { describe, expect, it } from 'vitest';
import { BLAMES, RUDE } from '../../src/customer/understand/feelings.ts';

// What the offline customer hears as blame or rudeness on its own (beside the tagger): a polite line
// heard as either sets the drill on a hostile course, so the polite twins matter as much as the hits.
describe('the customer hears blame and rudeness, not polite lines that share their words', () => {
  it('hears hindsight blame, in both languages', () => {
    for (const line of [
      '要是您当时把短信看清楚，就不会这样了。',
      '要是您早点打电话，钱还能追回来。',
      "If you'd read the terms, you'd have known.",
    ])
      expect(BLAMES.test(line), line).toBe(true);
  });

  it('does not hear blame in an offer or a courtesy that starts with "if you"', () => {
    for (const line of [
      '要是您把订单截图发给我，我马上帮您查。',
      '要是您听不清楚，我再说一遍。',
      '要是您早上方便，我们九点回电。',
    ])
      expect(BLAMES.test(line), line).toBe(false);
  });

  it('hears a put-down, and not the same words used kindly', () => {
    for (const line of [
      '这都不会？',
      '这么简单都不会吗？',
      "It's such a simple thing, you could have done it yourself.",
    ])
      expect(RUDE.test(line), line).toBe(true);
    for (const line of ['这都不会影响您的征信。', "Don't worry, it's such a simple thing to fix."])
      expect(RUDE.test(line), line).toBe(false);
  });
});
