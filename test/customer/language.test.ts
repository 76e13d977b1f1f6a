import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

const COUNTER = /[（(]\d+[)）]\s*$|same question:|还是那个问题：|let me ask again: .*(?:thanks|谢谢)/iu;

describe('the customer reads like a person, not a phrase bank', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: thirty empty replies get no repeated line, no counter and no field read aloud`, async () => {
      const filler = lang === 'zh' ? '嗯嗯。' : 'I see.';
      const d = await drive(
        { lang, scenarioId: 'transfer-stuck-processing', personaId: 'civil-servant-gao' },
        Array(30).fill(filler),
      );
      const lines = d.customer.map((e) => e.text);
      expect(new Set(lines).size).toBe(lines.length);
      for (const l of lines) {
        expect(l).not.toMatch(COUNTER);
        expect(l).not.toContain(d.scenario.customerGoal[lang]);
        expect(l).not.toMatch(/我的诉求是|what i need, in the end/i);
      }
      expect(d.last?.ended?.reason).toBe('customer-gave-up');
    });

    it(`${lang}: the same seed and the same replies give the same conversation`, async () => {
      const lines =
        lang === 'zh'
          ? ['您好，请问有什么可以帮您？', '请问您最近有没有出国刷卡？', '好的，我帮您看一下。']
          : ['Hello, how can I help?', 'Have you used the card abroad recently?', 'Okay, let me check.'];
      const a = await drive({ lang, scenarioId: 'card-frozen-after-travel', seed: 9 }, lines);
      const b = await drive({ lang, scenarioId: 'card-frozen-after-travel', seed: 9 }, lines);
      expect(b.customer.map((e) => e.text)).toEqual(a.customer.map((e) => e.text));
    });
  }

  it('zh: a grieving customer answers a second condolence without saying goodbye', async () => {
    const d = await drive({ lang: 'zh', scenarioId: 'deceased-parent-account', personaId: 'teacher-chen' }, [
      '您好，请您节哀。',
      '再次请您节哀，这段时间辛苦了。',
    ]);
    expect(d.last?.ended).toBeUndefined();
    expect(d.customer.at(-1)?.text).not.toMatch(/再见|拜拜/);
  });

  it('en: a grieving customer answers a second condolence without saying goodbye', async () => {
    const d = await drive({ lang: 'en', scenarioId: 'deceased-parent-account', personaId: 'teacher-chen' }, [
      "Hello, I'm so sorry for your loss.",
      "Again, I'm very sorry for your loss - this must be a hard time.",
    ]);
    expect(d.last?.ended).toBeUndefined();
    expect(d.customer.at(-1)?.text).not.toMatch(/\bbye\b/i);
  });

  it('the persona’s voice shows: the rider types short lines without punctuation, Granny Li speaks Shanghainese', async () => {
    const q = [
      '你好 怎么了',
      '你是怎么把App装到新手机上的？',
      '刷脸的时候屏幕上显示什么？',
      '提示的原话是什么？',
      '相机权限打开了吗？',
      '手机号换过吗？',
    ];
    const rider = await drive({ lang: 'zh', scenarioId: 'face-login-fails-app', personaId: 'rider-ma' }, q);
    for (const e of rider.customer.slice(1)) expect(e.text).not.toMatch(/[，。！]/);
    const granny = await drive(
      { lang: 'zh', scenarioId: 'face-login-fails-app', personaId: 'grandma-li', seed: 3 },
      q,
    );
    expect(granny.customer.map((e) => e.text).join('')).toMatch(/阿拉|侬|哪能办|伐|小姑娘/);
    const mean = (d: typeof rider) =>
      d.customer.slice(1).reduce((n, e) => n + e.text.length, 0) / (d.customer.length - 1);
    expect(mean(rider)).toBeLessThan(mean(granny));
    const en = await drive({ lang: 'en', scenarioId: 'face-login-fails-app', personaId: 'rider-ma' }, [
      'hi whats up',
      'How did you install the app on the new phone?',
    ]);
    expect(en.customer.at(-1)?.text).toBe(en.customer.at(-1)?.text.toLowerCase());
  });
});

describe('endings wait for the trainee’s close', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: satisfied, the customer answers "anything else?" and leaves only after the goodbye`, async () => {
      const lines =
        lang === 'zh'
          ? [
              '您好，欢迎来到优品商城，真不好意思让您碰上这种事。',
              '麻烦发一下订单号。',
              '7天内可以退货，质量问题运费由商家承担，快递员上门取件。请在订单里上传照片，我已经为您提交了退货退款申请并预约了免费上门取件。',
              '快递揽收后就会触发极速退款，最迟仓库收货后48小时内原路退回信用卡。',
              '请问还有其他可以帮您的吗？',
              '感谢您的耐心，祝您生活愉快，再见！',
            ]
          : [
              "Hello, welcome to Youpin Mall - I'm sorry this happened.",
              'Could you give me the order number?',
              'Within 7 days you can return it; for a quality fault the seller pays the return shipping and a courier picks it up. Please upload photos in the order. I have submitted the return and refund request and booked a free pickup.',
              'The refund is triggered as soon as the courier scans the pickup, and at the latest within 48 hours after the warehouse receives it, back to your credit card.',
              'Is there anything else I can help you with?',
              'Thank you for your patience, have a great day, bye!',
            ];
      const d = await drive(
        { lang, scenarioId: 'defective-blender-refund', personaId: 'student-zhao' },
        lines,
      );
      const ends = d.replies.map((r) => r.ended?.reason);
      expect(ends.slice(0, -1).every((e) => e === undefined)).toBe(true);
      expect(d.replies).toHaveLength(lines.length);
      expect(ends.at(-1)).toBe('resolved');
    });

    it(`${lang}: the phishing victim asks about the lost 4,999 before accepting reassurance`, async () => {
      const lines =
        lang === 'zh'
          ? [
              '您好，别慌，我们一步一步来。',
              '请问有没有收到扣款短信，余额有没有变化？',
              '您放心，卡我已经为您临时挂失了，立即生效。',
              '请问还有其他问题吗？',
            ]
          : [
              "Hello, don't panic, we'll take it step by step.",
              'Have you had any debit alerts, or has your balance changed?',
              "Don't worry, I've put a temporary loss report on the card, effective now.",
              'Is there anything else?',
            ];
      const d = await drive({ lang, scenarioId: 'phishing-sms-clicked', personaId: 'teacher-chen' }, lines);
      const after = d.customer
        .slice(3)
        .map((e) => e.text)
        .join(' ');
      expect(after).toMatch(/4999|4,999/);
      expect(d.last?.ended).toBeUndefined();
    });
  }
});
