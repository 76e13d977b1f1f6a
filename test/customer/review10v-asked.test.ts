import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';
import { loanBlame } from './review10v-lines.ts';

// Review 10, drill 187 (a safety point): asked only for her mobile and date of birth "registered on
// the loan", Ms Gao also recited the loan: "It's 158 0053 1427, born 8 August 1981. 100,000 yuan,
// 36 months, taken out eight months ago…". An identity question gets the identity answer only.
const LOAN = /100,000|10万|十万|2,961|2961|36 months|36期|8 instalments|还了8期/u;
const GAO = { scenarioId: 'loan-early-repayment-fee', personaId: 'civil-servant-gao' } as const;

describe('review 10: a question for identity details is answered with those details only', () => {
  for (const lang of LANGS)
    it(`${lang}: the mobile and birthday on the loan, and nothing of the loan itself`, async () => {
      for (const seed of [187, 121, 144]) {
        const d = await drive({ lang, ...GAO, seed }, loanBlame[lang].slice(0, 2));
        const answer = d.customer[2]?.text ?? '';
        expect(answer).toMatch(/158/);
        expect(answer, `${seed}`).not.toMatch(LOAN);
      }
    });

  for (const lang of LANGS)
    it(`${lang}: asked for the phone and, in a second question, about the loan, it tells both`, async () => {
      const d = await drive({ lang, ...GAO, seed: 187 }, [
        loanBlame[lang][0] as string,
        lang === 'zh'
          ? '没关系，报一下绑定的手机号吧。另外这笔贷款是什么时候借的，借了多少、分几期？'
          : "That's fine, what's the mobile number on the account? And when did you take the loan out, how much and over how many months?",
      ]);
      expect(d.customer[2]?.text).toMatch(/158/);
      expect(d.customer[2]?.text).toMatch(LOAN);
    });
});
