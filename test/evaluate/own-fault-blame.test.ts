import { describe, expect, it } from 'vitest';
import { hindsightBlame } from '../../src/evaluate/hindsight-blame.ts';

// Blame a reviewer hears even without "your fault": the customer's own doing named as the cause,
// the fault pushed back on them, or how things would have gone had they acted otherwise.
describe("blame said as the customer's own doing", () => {
  it('the fault pushed back on the customer is blame (en and zh)', () => {
    for (const line of [
      "Honestly, you're the one who ticked that box, so the app is only following it.",
      "You've left it very late to sort this out, to be frank.",
      "The delay isn't all on our side, we did try to reach you.",
      'Please pick up the phone this time when they ring.',
      "If you'd kept the receipt, you'd have had the refund by now.",
      '这事真怪不了我们，系统就是这么设定的。',
      '这是您自己选的档位，系统只是照着执行。',
      '您反应得确实慢了，要是当初早点来挂失，也不至于扣这么多。',
    ])
      expect(hindsightBlame(line), line).toBeDefined();
  });

  it('sympathy, our own fault and plain advice are not blame (en and zh)', () => {
    for (const line of [
      "That's not your fault at all, and I'm sorry it has been so stressful.",
      'You should receive a text once it is done.',
      'This time I will stay on the line until it is sorted.',
      '这不怪您，是我们这边通知得不够及时。',
      '您别着急，我们现在就开始处理。',
    ])
      expect(hindsightBlame(line), line).toBeUndefined();
  });
});
