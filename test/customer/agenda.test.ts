import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

const revealedIn = (d: Awaited<ReturnType<typeof drive>>) => d.customer.flatMap((e) => e.revealed ?? []);

describe('facts come out by meaning, one per question, never on a shared word', () => {
  const card = { scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' };
  const cases = {
    zh: {
      statement: '非常理解，今天就要交房租，您手上的事确实很急。',
      paraphrases: ['您这几天是不是出国玩了，在外面刷过卡？', '这张卡最近有没有什么大额的花销？'],
      twoFacts: '您最近在境外有没有大额消费，是不是也收到过我们的短信？',
    },
    en: {
      statement: 'I can see how stressful that is with your rent due today.',
      paraphrases: [
        'Have you been on a trip abroad lately and used the card there?',
        'Was there any unusually big spend on this card in the last few days?',
      ],
      twoFacts: 'Did you make a large purchase overseas recently and did you get a text from us about it?',
    },
  };
  for (const lang of ['zh', 'en'] as const) {
    const c = cases[lang];
    it(`${lang}: a statement that shares a word with a fact reveals nothing`, async () => {
      const d = await drive({ lang, ...card }, [c.statement]);
      expect(revealedIn(d)).toEqual([]);
    });

    it.each(c.paraphrases)(
      `${lang}: a paraphrased question brings out the fact it asks about: %s`,
      async (q) => {
        const d = await drive({ lang, ...card }, [c.statement, q]);
        expect(d.customer.at(-1)?.revealed).toEqual(['bangkok-purchase']);
      },
    );

    it(`${lang}: one question gives one fact, even when it touches two`, async () => {
      const d = await drive({ lang, ...card }, [c.statement, c.twoFacts]);
      expect(d.customer.at(-1)?.revealed?.length ?? 0).toBeLessThanOrEqual(1);
    });
  }

  it('zh: a suggestion that mentions the order does not bring out the order number', async () => {
    const d = await drive({ lang: 'zh', scenarioId: 'defective-blender-refund', personaId: 'student-zhao' }, [
      '您好，我是优品商城客服小雨，非常抱歉让您遇到这种情况。',
      '您直接在订单里申请退款就可以了。',
    ]);
    expect(d.customer.at(-1)?.text).not.toContain('YP20240614');
    expect(revealedIn(d)).not.toContain('order-number');
  });

  it('en: a line that gives up records no fact, even right after a question', async () => {
    const d = await drive(
      { lang: 'en', scenarioId: 'card-frozen-after-travel', personaId: 'programmer-liu' },
      [
        'what',
        'you should have read the terms',
        'nothing I can do',
        'Shut up and listen. Have you been abroad recently and spent a lot?',
        'whatever',
        'no idea',
      ],
    );
    const last = d.customer.at(-1);
    expect(d.last?.ended?.reason).toBe('customer-gave-up');
    expect(last?.revealed).toBeUndefined();
  });
});

describe('objections wait for the topic that raises them', () => {
  const scan = { zh: /刷脸/, en: /face scan|scan my face/i };
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: no "why a face scan?" before anyone mentioned a face scan; then it comes`, async () => {
      const before = {
        zh: [
          '您好，非常理解您着急。',
          '请问您最近有没有出国消费？',
          '有没有收到我们95388的确认短信？',
          '卡现在还在您身边吗？',
        ],
        en: [
          'Hello, I understand this is urgent.',
          'Have you made any purchases abroad recently?',
          'Did you receive a text from us at 95388?',
          'Is the card still with you?',
        ],
      }[lang];
      const d = await drive(
        { lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' },
        before,
      );
      for (const e of d.customer.slice(1)) expect(e.text).not.toMatch(scan[lang]);
      const mention = {
        zh: '解除管控需要您在App里完成人脸识别。',
        en: 'To lift it you need to complete face recognition in the app.',
      }[lang];
      const after = await drive({ lang, scenarioId: 'card-frozen-after-travel', personaId: 'designer-lin' }, [
        ...before,
        mention,
      ]);
      expect(after.customer.at(-1)?.text).toMatch(scan[lang]);
    });

    it(`${lang}: "45 working days?" only comes after the agent says 45 working days`, async () => {
      const d = await drive(
        { lang, scenarioId: 'duplicate-charge-complaint', personaId: 'shop-owner-huang' },
        [
          lang === 'zh'
            ? '非常抱歉给您添麻烦了，重复扣款确实让人恼火。'
            : "I'm so sorry, being charged twice is infuriating.",
          lang === 'zh' ? '我们大概一周左右会给您结果。' : "We'll have a result for you in about a week.",
        ],
      );
      for (const e of d.customer) expect(e.text).not.toMatch(/45|四十五/);
      const late = await drive(
        { lang, scenarioId: 'duplicate-charge-complaint', personaId: 'shop-owner-huang' },
        [
          lang === 'zh'
            ? '非常抱歉给您添麻烦了，重复扣款确实让人恼火。'
            : "I'm so sorry, being charged twice is infuriating.",
          lang === 'zh'
            ? '整个争议流程最长需要45个工作日。'
            : 'The whole dispute can take up to 45 working days.',
        ],
      );
      expect(late.customer.at(-1)?.text).toMatch(/45|四十五|forty-five/i);
    });
  }
});
