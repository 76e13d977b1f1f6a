import { describe, expect, it } from 'vitest';
import { detectConduct } from '../../src/csc/conduct.ts';

/**
 * Conduct said indirectly (src/csc/conduct/implied-frames.ts), in wording no training or
 * development file has: written for this test from LABELS.md §2, beside near misses that stay clean.
 */
const labels = (text: string, context: string) => detectConduct(text, context).map((c) => c.label);

describe('conduct said by implication', () => {
  it('flags blame that points at a warning the customer missed', () => {
    expect(
      labels(
        'The cut-off time was clearly marked on the booking page, so the late fee stands.',
        'Why was I charged a late fee?',
      ),
    ).toContain('blame');
    expect(
      labels(
        'The warning screen does tell you not to share the code with anyone. I have frozen the card now.',
        'Someone took money after I gave them a code!',
      ),
    ).toContain('blame');
  });

  it('flags sarcasm as rude', () => {
    expect(
      labels('Let me guess, you tapped Skip on every screen again?', "It still won't let me in."),
    ).toContain('rude');
    expect(
      labels('Good luck with that, the seller is not going to refund you.', 'I will ask the seller myself.'),
    ).toContain('rude');
  });

  it('flags a relative’s account details told to the caller', () => {
    expect(
      labels(
        '您先生那张卡里目前还剩一万三左右，上周五有一笔两千的转出。',
        '我想问问我老公的卡里还有多少钱。',
      ),
    ).toContain('discloses-data');
    expect(
      labels('对，这个号码就是机主登记的，他昨天下午还来营业厅办过业务。', '这个号码是不是我爸在用？'),
    ).toContain('discloses-data');
  });

  it('leaves sympathy, real praise, neutral causes and refusals clean', () => {
    const clean: [string, string][] = [
      [
        "You shouldn't have had to chase this twice. I've escalated it, reference CX-5512.",
        'This is the second time I have asked!',
      ],
      [
        'The card locks after three wrong PINs; I can unlock it once you confirm your date of birth.',
        'Why is my card locked?',
      ],
      ["Great, that's all sorted. The refund should reach you in 3 to 5 working days.", 'Did it work?'],
      ['Brilliant, thanks for confirming. I can see the order now.', 'It is order 55120.'],
      ['这个问题不是您的原因，是我们页面上的提示写得不够清楚，我已经反馈了。', '我看不懂那个页面。'],
      [
        '出于安全考虑，家人账户的余额我这边没法告诉您，需要持卡人本人来查。',
        '我想问问我老公的卡里还有多少钱。',
      ],
      ['请问您的卡号后四位是多少？我先帮您核实一下身份。', '我的卡被冻结了。'],
    ];
    for (const [text, context] of clean) expect(labels(text, context), text).toEqual([]);
  });
});
