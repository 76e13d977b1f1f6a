import { describe, expect, it } from 'vitest';
import { improvementsFor } from '../../src/evaluate/improvements.ts';
import { chat, check, scenario, score } from './judge-helpers.ts';

// Two replies in a row that only keep the customer waiting, then the work: the stalling check fails.
const STALLING = {
  en: [
    "Hi, I joined your July promotion, spend 1,888 and get 88 back. I spent over 3,000, so where's my cashback?",
    'Hello, thanks for contacting Huaxin credit cards. Could you confirm your full name and the last four digits of your card?',
    'Lin Yuqing, card ending 2045.',
    'One moment please.',
    'Okay.',
    'Still looking, bear with me.',
    'Fine.',
    'Spending is counted by posting date, and the cashback is paid in one batch by 31 August. Anything else?',
  ],
  zh: [
    '你好，我参加了你们7月那个刷满1888返88的活动，我都刷了3000多了，返现怎么还没到？',
    '您好，这里是华信信用卡中心。请先告诉我您的姓名和卡号后四位。',
    '林雨晴，尾号2045。',
    '请您稍等一下。',
    '好。',
    '还在看，您再等等。',
    '行吧。',
    '消费是按入账日期统计的，返现会在8月31日前统一发放。还有别的需要吗？',
  ],
};

describe('advice on stalling', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`is advice to move things on, not a forbidden statement with an empty quote (${lang})`, () => {
      const card = score('cashback-promo-not-credited', lang, STALLING[lang]);
      expect(check(card, 'no-stalling').result).toBe('no');
      // The advice a trainee gets when stalling is what went wrong (the other checks passed).
      const checks = card.checks.map((c) =>
        c.id === 'no-stalling' || c.result !== 'no' ? c : { ...c, result: 'yes' as const },
      );
      const transcript = chat(...STALLING[lang]);
      const advice = improvementsFor(
        { scenario: scenario('cashback-promo-not-credited'), lang, transcript },
        checks,
      );
      const text = advice.map((i) => i.advice).join('\n');
      expect(text).not.toMatch(/must not be made|不能说/u);
      expect(text).not.toMatch(/“”/u);
      const stall = advice.find((i) => i.checkId === 'no-stalling');
      expect(stall?.advice).toMatch(lang === 'en' ? /waiting/ : /等着/u);
      expect(stall?.trySaying.length).toBeGreaterThan(10);
    });
});
