import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const digits = (s: string) => s.replace(/\D/g, '');

const LEAKS = {
  zh: [
    '您好，这里是华信银行客服。请问您妈妈现在在您身边吗？',
    '我核对一下，系统里预留的手机号是138 0571 6624，是您妈妈的旧号吗？',
    '抱歉，没有核验持有人本人，我不能帮您修改。',
    '她的出生日期是1950年11月23日，确实是她的户，但得她本人来办。',
    '养老金这个月3860元已经到账了，周五扣费没问题。',
  ],
  en: [
    'Hello, this is Huaxin Bank. Is your mother with you right now?',
    "Just to check, the registered number I have is 138 0571 6624. Is that your mother's old number?",
    "I'm afraid I can't make any change without verifying the holder herself.",
    'Her date of birth is 23 November 1950, so it is her account, but the change has to come from her.',
    'Her pension of 3,860 yuan arrived this month, so Friday is covered.',
  ],
};

describe('review 3: the impostor seizes on every piece of leaked holder data', () => {
  for (const lang of LANGS) {
    for (const personaId of ['shop-owner-huang', 'rider-ma']) {
      it(`${lang}, ${personaId}: each leak is repeated back and the next piece is asked for`, async () => {
        const d = await drive(
          { lang, scenarioId: 'impostor-password-reset', personaId, seed: 130 },
          LEAKS[lang],
        );
        const [, , phone, , dob, pension] = d.customer.map((e) => e.text);
        // The number is repeated back, then the card he does not have is asked about.
        expect(digits(phone ?? '')).toContain('13805716624');
        expect(phone).toMatch(lang === 'zh' ? /卡尾号|尾号/ : /card/i);
        expect(phone).toMatch(/[?？]/);
        expect(dob).toMatch(lang === 'zh' ? /1950年11月23日/ : /23 November 1950/i);
        expect(pension).toMatch(/3,?860/);
        // Having it all, he pushes for the change itself.
        expect(pension).toMatch(lang === 'zh' ? /改|办/ : /number|change/i);
      });
    }

    it(`${lang}: a refusal that names the pension is no leak, and nothing is grabbed`, async () => {
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 131 },
        [
          LEAKS[lang][0] as string,
          lang === 'zh'
            ? '养老金有没有到账，我这边也不能透露，这也是账户信息。'
            : "I can't tell you whether her pension has arrived either, that is account information too.",
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).not.toMatch(
        lang === 'zh'
          ? /到了是吧|钱是到了|是到了/
          : /So the pension's come in|money is there|came in\. Good/i,
      );
    });

    it(`${lang}: the same leak said twice is grabbed once`, async () => {
      const leak = LEAKS[lang][1] as string;
      const d = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang', seed: 132 },
        [LEAKS[lang][0] as string, leak, `${lang === 'zh' ? '再说一遍，' : 'Again, '}${leak}`],
      );
      const grab =
        lang === 'zh' ? /旧号|就这个号|说明就是她的户/ : /that's the one|her old number|her old one/i;
      expect(d.customer[2]?.text).toMatch(grab);
      expect(d.customer.at(-1)?.text).not.toMatch(grab);
      // Nor does a generic pounce name a field that was not leaked.
      expect(d.customer.at(-1)?.text).not.toMatch(lang === 'zh' ? /她那张卡/ : /her card/i);
    });
  }
});
