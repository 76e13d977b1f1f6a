import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const BLAME = {
  zh: [
    '您好，这里是华信银行信用卡中心。',
    '两笔3268元确实都在。不过这种情况一般是您自己在POS机上刷了两次，您当时是不是刷了两次？',
    '您不记得的话，那多半就是您自己操作重复了，这种问题本来是可以避免的。您消费是哪天、大概几点？',
  ],
  en: [
    'Hello, this is the Huaxin Bank card centre.',
    'Both charges of 3,268 are there. Honestly, you probably swiped twice at the till. Did you swipe twice?',
    "If you don't remember, it's your own fault really; this could have been avoided. When was the purchase?",
  ],
};

const TIMELINE = {
  zh: [
    '您好，这里是华信银行信用卡中心，我来帮您处理。',
    '我现在给您提交争议交易申请，把重复的那笔3268元申请调查，处理需要一段时间。',
    '然后就等结果，整个流程一般要30到45天，有结果会短信通知您。',
    '还有别的需要帮忙的吗？',
  ],
  en: [
    "Hello, this is the Huaxin Bank card centre, I'll help you with this.",
    "I'm filing a dispute now for the duplicate 3,268 charge so it gets investigated; it takes a while.",
    'After that we wait for the result: the whole process usually takes 30 to 45 days, and you will get a text with the result.',
    'Is there anything else I can help with?',
  ],
};
const ASKS_TIME = /几天|多久|准数|How long|How many days/i;
const HELPFUL = /^(?:不知道|I'm not sure|No idea)/i;

describe('review 2: blame costs at once; an answered need is not asked again', () => {
  for (const lang of LANGS) {
    it(`${lang}: blamed for the duplicate charge, the customer pushes back straight away, never a meek "don't know"`, async () => {
      const d = await drive(
        { lang, scenarioId: 'duplicate-charge-complaint', personaId: 'vip-client-sun', seed: 62 },
        BLAME[lang],
      );
      const [first, second] = d.customer.slice(-2).map((e) => e.text);
      expect(first).not.toMatch(HELPFUL);
      expect(first).toMatch(
        lang === 'zh' ? /怪我|推|凭什么|怎么成了|我的问题/ : /blam|my fault|excuse me|how is|me\?|on me/i,
      );
      expect(d.transcript.at(-1)?.emotion ?? 0).toBeGreaterThanOrEqual(d.transcript.at(-5)?.emotion ?? 0);
      expect(second).not.toMatch(HELPFUL);
      if (lang === 'zh') for (const line of [first, second]) expect(line).not.toMatch(/您/);
    });

    it(`${lang}: once told "30 to 45 days", the customer does not ask how long again`, async () => {
      const d = await drive(
        { lang, scenarioId: 'duplicate-charge-complaint', personaId: 'vip-client-sun', seed: 62 },
        TIMELINE[lang],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(ASKS_TIME);
    });
  }
});
