import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Seen by a helper after review 10: told to log in by entering the phone number and password in the
// app, the Chinese face-login customer typed the phone number out in the chat. An instruction to enter
// a detail in the app asks nobody to say it.
const FACE = { scenarioId: 'face-login-fails-app', seed: 169 } as const;

const trainee = {
  zh: [
    '王先生您好，这里是华信银行App技术支持，让您着急了。您刷脸登录的时候屏幕上显示什么？',
    '好的。请打开华信App，点“切换登录方式”，输入手机号和密码登录，密码和验证码都不要告诉我，自己在App里输就行。',
  ],
  en: [
    'Hello Mr Wang, this is Huaxin Bank app support, sorry for the trouble. What does the screen show when you try face login?',
    'Thanks. Please open the Huaxin app, tap "Switch login method", enter your phone number and password to log in. Don\'t tell me the password or the code, just type them into the app.',
  ],
};

/** A mainland mobile number, written together or in groups. */
const PHONE = /(?<!\d)1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/;

describe('an instruction to enter a detail in the app is not a request to say it', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: told to enter the phone number and password in the app, the customer does not type the number out`, async () => {
      const d = await drive({ lang, ...FACE }, trainee[lang]);
      const after = d.customer.at(-1)?.text ?? '';
      expect(after.length).toBeGreaterThan(0);
      expect(after).not.toMatch(PHONE);
    });
  }
});
