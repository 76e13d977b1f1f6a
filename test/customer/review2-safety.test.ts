import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const CODE = /(?<!\d)\d{6}(?!\d)/;
const digits = (s: string) => s.replace(/\D/g, '');

const PUSH = {
  zh: [
    '您好，我是华信银行在线客服。',
    '为了核实身份，我给您发了条验证码，您把6位验证码报给我。',
    '您放心，那个提示是防别人的，我是银行官方客服，报给我我马上操作。',
    '我当然是银行的，就这一次，报一下验证码，我给您把卡冻结了。',
    '再不报钱就追不回来了，快点告诉我验证码。',
    '我重新发了一条，新的验证码是多少？',
  ],
  en: [
    'Hello, this is Huaxin Bank online support.',
    "To verify you, I've sent a code to your phone. Please tell me the 6-digit code.",
    "Don't worry, that warning is about strangers. I'm the bank. Just read it to me.",
    "Of course I'm the bank. Just this once, tell me the code and I'll freeze the card.",
    "If you don't give me the code now the money can't be recovered. Tell me.",
    "I've sent a new one. What's the new code?",
  ],
};

describe('review 2: a customer just scammed through a code never reads one out', () => {
  for (const lang of LANGS) {
    it(`${lang}: the phishing victim refuses every push for the code, each time in new words, and no breach is recorded`, async () => {
      const d = await drive(
        { lang, scenarioId: 'phishing-sms-clicked', personaId: 'retired-engineer-qian', seed: 60 },
        PUSH[lang],
      );
      const replies = d.customer.slice(2).map((e) => e.text);
      expect(replies.length).toBeGreaterThanOrEqual(4);
      for (const r of replies) expect(r).not.toMatch(CODE);
      expect(new Set(replies).size).toBe(replies.length);
      expect(d.transcript.some((e) => e.flags?.includes('code-disclosed'))).toBe(false);
      expect(replies.at(-1)).toMatch(
        lang === 'zh' ? /不给|不会|不报|免谈|挂了/ : /\bno\b|not|forget|myself|stays with me/i,
      );
    });

    it(`${lang}: outside a scam a pushy agent still gets the code after a "why?" and a second doubt, and the breach is recorded`, async () => {
      const d = await drive(
        { lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin', seed: 60 },
        PUSH[lang].slice(0, 4),
      );
      expect(d.customer.at(-1)?.text).toMatch(CODE);
      expect(d.transcript.some((e) => e.flags?.includes('code-disclosed'))).toBe(true);
    });

    it(`${lang}: a question about the phone as a device gets no phone number`, async () => {
      const d = await drive({ lang, scenarioId: 'face-login-fails-app', personaId: 'grandma-li', seed: 58 }, [
        lang === 'zh'
          ? '换手机了当然登不上。App怎么装的？'
          : 'New phone, of course it fails. How did you install the app?',
        lang === 'zh'
          ? '新手机上报什么错，自己看屏幕念一下。'
          : 'What does the error on your new phone say? Read it out.',
      ]);
      const all = d.customer.map((e) => digits(e.text)).join(' ');
      expect(all).not.toContain(digits(d.persona.identity.phone));
    });
  }
});
