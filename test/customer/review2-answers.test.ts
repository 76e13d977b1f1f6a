import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const TURNS = {
  zh: [
    '您好，请节哀。我一步一步跟您说家属怎么办理。',
    '第一步，您带上父亲的死亡证明、您本人身份证、能证明亲属关系的户口本，还有存折和卡，到任意一家华信网点柜台查余额。请不要拿他的卡去ATM取钱，人去世后这样取是不合法的。余额小的话柜台有简易提取，金额大的要办继承公证。',
    '除了存折和卡，您还找到别的华信的东西了吗？比如定期存单？',
    '我确认一下，是不是只有存折和卡，没有存单？',
    '他东西里到底有没有定期存单，是还是不是？',
  ],
  en: [
    "Hello, I'm very sorry about your father. I'll walk you through how the family can claim his deposits.",
    "First go to any Huaxin branch counter for a balance inquiry. Bring his death certificate, your ID, proof of relationship like the household register, and the passbook and card. Please don't use his card at an ATM: that is not legal after he passed away. For a small balance there is a simplified withdrawal at the counter; for larger amounts you need a notarised inheritance certificate.",
    'Apart from the passbook and card, have you found any other Huaxin documents, a fixed-deposit certificate for example?',
    'Just to be sure: only the passbook and the card, no certificate?',
    'Was there a fixed-deposit certificate among his things, yes or no?',
  ],
};

describe('review 2: yes/no questions about what the customer knows are answered from it', () => {
  for (const lang of LANGS) {
    it(`${lang}: "anything else you found?" tells the certificate, and a check that gets it wrong is corrected, never "correct" or "no idea"`, async () => {
      const d = await drive(
        { lang, scenarioId: 'deceased-parent-account', personaId: 'nurse-he', seed: 55 },
        TURNS[lang],
      );
      const [found, check, yesNo] = d.customer.slice(-3).map((e) => e.text);
      const certificate = lang === 'zh' ? /存单/ : /certificate|fixed deposit/i;
      expect(found).toMatch(certificate);
      expect(check).toMatch(certificate);
      expect(check).not.toMatch(
        lang === 'zh' ? /^(?:对|是的?|没错)[。！]?$/ : /^(?:correct|yes|exactly)\.?$/i,
      );
      for (const line of [check, yesNo])
        expect(line).not.toMatch(lang === 'zh' ? /^不知道|不清楚。$/ : /^(?:no idea|not sure|i'm not sure)/i);
      expect(d.customer.some((e) => /先说结论|Bottom line/.test(e.text))).toBe(false);
    });
  }
});

describe('review 2: an open question is answered with what the customer wants', () => {
  for (const lang of LANGS) {
    it(`${lang}: "what would you like to know?" gets the request, never a bare "yes, please"`, async () => {
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 54 },
        [
          lang === 'zh' ? '您好，这里是华信银行。' : 'Hello, this is Huaxin Bank.',
          lang === 'zh' ? '您想了解什么？' : 'What would you like to know?',
        ],
      );
      const last = d.customer.at(-1)?.text ?? '';
      expect(last).not.toMatch(
        lang === 'zh' ? /^(?:[^。！？]*[。！？])?好的?，麻烦了|行，麻烦你/ : /yes, please/i,
      );
      expect(last).toMatch(lang === 'zh' ? /密码|手机号|号码|改/ : /password|number|reset/i);
    });
  }
});
