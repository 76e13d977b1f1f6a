import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const PERSONAS = readdirSync(join(import.meta.dirname, '../../personas')).map((f) =>
  f.replace(/\.yaml$/, ''),
);
const AGAIN = /as i (?:said|mentioned|told you)|like i said|说过了|刚才说过|刚不是说了|刚说了|跟您说过/i;

describe('review 1, voice and mood: a person typing in a chat', () => {
  it('no opening in any persona starts a chat with a phone-call 喂 or greets twice', async () => {
    for (const personaId of PERSONAS)
      for (const lang of LANGS) {
        const d = await drive({ lang, scenarioId: 'defective-blender-refund', personaId, seed: 921 }, []);
        const opening = d.opening.text;
        expect(opening).not.toMatch(/喂/);
        const once = opening.replace(/你好你好/g, '你好');
        expect(once.match(/\b(?:hi|hello)\b|你好|您好|侬好/gi)?.length ?? 0).toBeLessThanOrEqual(1);
        // A sentence after the opener's full stop keeps its capital letter.
        expect(opening).not.toMatch(/[.!?] [a-z]/);
      }
  }, 30_000);

  for (const lang of LANGS) {
    it(`${lang}: the developer's own jargon stays out of a loan-fee dispute`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'programmer-liu', seed: 922 },
        [
          lang === 'zh' ? '您好，请问有什么可以帮您？' : 'Hello, how can I help?',
          lang === 'zh'
            ? '违约金是按合同第9.2条，12个月内提前还款收提前还款本金的2%。'
            : 'Clause 9.2 of the contract charges 2% of the principal repaid early within 12 months.',
          lang === 'zh' ? '您现在是第8个月，所以会收这笔费用。' : "You're in month 8, so the fee applies.",
          lang === 'zh' ? '您当时是怎么办的这笔贷款？' : 'How did you take out the loan?',
          lang === 'zh' ? '合同是怎么签的？' : 'How was the contract signed?',
          lang === 'zh'
            ? '我理解您的不满，这个规定确实让人不舒服。'
            : 'I understand, that rule is frustrating.',
        ],
      );
      const all = d.customer.map((e) => e.text).join('\n');
      expect(all).not.toMatch(/reproduce|bug|复现/i);
    });

    it(`${lang}: a reply to rudeness snaps back and does not also thank`, async () => {
      const d = await drive(
        { lang, scenarioId: 'deceased-parent-account', personaId: 'teacher-chen', seed: 923 },
        [
          lang === 'zh' ? '您好。' : 'Hello.',
          lang === 'zh'
            ? '你能不能别啰嗦了，直接说你要干嘛。'
            : 'Stop going on and on and just tell me what you want.',
        ],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(/谢谢|thank|耐心|patient/i);
    });

    it(`${lang}: a fact asked again and again is said again once, then the customer has nothing more to add`, async () => {
      const ask =
        lang === 'zh'
          ? '刷脸的时候屏幕上具体提示什么？'
          : 'What exactly does the screen say when you try face login?';
      const d = await drive(
        { lang, scenarioId: 'face-login-fails-app', personaId: 'retired-teacher-wang', seed: 924 },
        [lang === 'zh' ? '您好。' : 'Hello.', ask, ask, ask, ask],
      );
      const lines = d.customer.map((e) => e.text);
      expect(lines.filter((l) => /FV-1004/.test(l)).length).toBeLessThanOrEqual(2);
      expect(lines.filter((l) => AGAIN.test(l)).length).toBeLessThanOrEqual(1);
      expect(lines.at(-1)).not.toMatch(/FV-1004/);
      expect(new Set(lines).size).toBe(lines.length);
    });
  }

  it('zh: the expat who says his Chinese is poor keeps mixing English into simple Chinese', async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 925 },
      ['您好，请问您想汇多少钱、汇到哪个国家？', '钱是从哪里来的？', '收款人是谁？', '您有完税证明吗？'],
    );
    const lines = d.customer.map((e) => e.text);
    expect(lines.filter((l) => /[A-Za-z]{3,}/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(lines[0]?.match(/中文不太好/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
