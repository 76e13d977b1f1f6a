import { describe, expect, it } from 'vitest';
import { check, score } from './judge-helpers.ts';

/** Each distress episode needs empathy; the judge hears it in plain words too, not only when the strategy model does. */
const EN = (second: string) => [
  "I've been waiting three weeks for my cashback and nobody can tell me anything. Honestly I'm fed up, this is ridiculous.",
  'Hello, this is Mia from the Huaxin card centre. Could you give me your full name and the last four digits of your card?',
  'Zhang Wei, card ending 4821. And I am seriously annoyed, this is the third time I have asked.',
  second,
  'OK. So when will I actually get it?',
  'The cashback is paid by the system at the end of the month after the promotion closes. Is there anything else I can help with?',
  'No, that is all.',
  'Thanks for your patience, goodbye!',
];
const ZH = (second: string) => [
  '返现等了三个礼拜都没到，问谁都说不清楚，我真是受够了，太离谱了。',
  '您好，华信信用卡中心小米为您服务。麻烦提供一下姓名和卡号后四位。',
  '张伟，卡号后四位4821。我真的很火大，这都第三次来问了。',
  second,
  '好吧，那到底什么时候能到？',
  '返现是活动结束后次月月底由系统统一发放的。还有别的需要帮您的吗？',
  '没了。',
  '感谢您的耐心，再见！',
];

describe('empathy said in plain words answers a distress episode (en and zh)', () => {
  it('granting the feeling scores above the same reply without it, and passes the check', () => {
    const warmEn = score(
      'cashback-promo-not-credited',
      'en',
      EN(
        'Asking three times and still getting no answer is maddening, I know. I have checked your record: you are registered for the promotion.',
      ),
    );
    const flatEn = score(
      'cashback-promo-not-credited',
      'en',
      EN('I have checked your record: you are registered for the promotion.'),
    );
    const warmZh = score(
      'cashback-promo-not-credited',
      'zh',
      ZH('问了三次都没个准话，换谁都会上火。我查了一下，您已经报名了这个活动。'),
    );
    const flatZh = score('cashback-promo-not-credited', 'zh', ZH('我查了一下，您已经报名了这个活动。'));
    for (const [warm, flat] of [
      [warmEn, flatEn],
      [warmZh, flatZh],
    ] as const) {
      expect(check(warm, 'empathy').result).toBe('yes');
      expect(check(flat, 'empathy').result).not.toBe('yes');
      expect(warm.overall).toBeGreaterThan(flat.overall);
    }
  });
});
