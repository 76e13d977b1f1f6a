import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

const moods = (d: Awaited<ReturnType<typeof drive>>) => d.customer.map((e) => e.emotion ?? 0);

describe('emotion reacts the way a person does', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: rudeness always raises anger, even after the customer had calmed`, async () => {
      const d = await drive(
        { lang, scenarioId: 'duplicate-charge-complaint', personaId: 'shop-owner-huang' },
        [
          lang === 'zh'
            ? '非常抱歉，重复扣款确实让人窝火，我马上帮您看。'
            : "I'm so sorry, a double charge is infuriating. Let me look right away.",
          lang === 'zh' ? '你听不懂吗？闭嘴听我说。' : 'Shut up and listen.',
        ],
      );
      const [, calmer, rude] = moods(d);
      expect(rude).toBeGreaterThan(calmer as number);
    });

    it(`${lang}: empty reassurance does not calm; empathy that fits the feeling does`, async () => {
      const empty = await drive(
        { lang, scenarioId: 'transfer-stuck-processing', personaId: 'teacher-chen' },
        [
          lang === 'zh' ? '您别担心，没事的。' : "Don't worry, it'll be fine.",
          lang === 'zh' ? '放心吧，没问题的。' : 'Rest assured, no problem.',
        ],
      );
      const [start, ...after] = moods(empty);
      for (const m of after) expect(m).toBeGreaterThanOrEqual(start as number);
      const fits = await drive({ lang, scenarioId: 'transfer-stuck-processing', personaId: 'teacher-chen' }, [
        lang === 'zh'
          ? '20万定金、明天下午就是最后期限，换谁都会急的。我这就抓紧帮您查这笔钱在哪。'
          : "A 200,000 deposit with the deadline tomorrow afternoon - anyone would be worried. I'll find that money for you right away.",
      ]);
      const [s0, s1] = moods(fits);
      expect(s1).toBeLessThan(s0 as number);
    });

    it(`${lang}: the phishing victim is worried from the first line, not calm`, async () => {
      const d = await drive(
        { lang, scenarioId: 'phishing-sms-clicked', personaId: 'retired-engineer-qian' },
        [],
      );
      expect(d.opening.emotion).toBeGreaterThanOrEqual(2);
    });

    it(`${lang}: wrong information is challenged with what the customer knows`, async () => {
      const d = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        lang === 'zh'
          ? '您好，理解您着急。请问有没有收到我们银行的短信？'
          : 'Hello, I understand the rush. Did you get any text message from us?',
        lang === 'zh' ? '我们这边没有给您发过任何短信。' : "We didn't send you any text message at all.",
      ]);
      expect(d.customer.at(-1)?.text).toMatch(/95388/);
      expect(moods(d).at(-1)).toBeGreaterThanOrEqual(moods(d).at(-2) as number);
    });

    it(`${lang}: an impostor is pleased by a leak and not won over by a firm refusal`, async () => {
      const refusal =
        lang === 'zh'
          ? '很抱歉，重置密码和改手机号只能由账户持有人本人办理，我这边不能为您操作。'
          : "I'm sorry, only the account holder herself can reset the password or change the number; I can't do it for you.";
      const d = await drive({ lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang' }, [
        refusal,
      ]);
      const firm = d.customer.at(-1);
      expect(firm?.emotion).toBeGreaterThanOrEqual(d.opening.emotion as number);
      expect(firm?.text).not.toMatch(/谢谢|thank/i);
      const leak = await drive(
        { lang, scenarioId: 'impostor-password-reset', personaId: 'shop-owner-huang' },
        [
          lang === 'zh'
            ? '好的，她卡尾号是7351，养老金已经到账了。'
            : 'Sure - her card ends in 7351 and the pension has arrived.',
        ],
      );
      expect(leak.customer.at(-1)?.emotion).toBeLessThanOrEqual(leak.opening.emotion as number);
    });
  }
});

describe('patience runs out on stalling', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the nurse with ten minutes leaves after a few empty apologies`, async () => {
      const sorry =
        lang === 'zh'
          ? [
              '非常抱歉。',
              '真的很抱歉给您带来不便。',
              '抱歉抱歉。',
              '实在不好意思。',
              '再次向您道歉。',
              '很抱歉。',
              '对不起。',
              '非常抱歉让您久等。',
            ]
          : [
              "I'm so sorry.",
              'Sorry for the inconvenience.',
              'Apologies.',
              'I do apologise.',
              'So sorry about this.',
              'Sorry again.',
              'My apologies.',
              'Really sorry.',
            ];
      const d = await drive({ lang, scenarioId: 'loan-early-repayment-fee', personaId: 'nurse-he' }, sorry);
      expect(d.last?.ended?.reason).toBe('customer-gave-up');
      expect(d.replies.length).toBeLessThanOrEqual(5);
    });
  }
});
