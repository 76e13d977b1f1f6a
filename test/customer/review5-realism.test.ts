import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const moods = (d: Awaited<ReturnType<typeof drive>>) => d.customer.map((e) => e.emotion ?? 0);

describe('review 5: the customer questions a figure that contradicts what it knows', () => {
  for (const lang of LANGS) {
    it(`${lang}: a loan fee far from the app's 1,500 is questioned and does not calm`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'nurse-he', seed: 98 },
        [
          lang === 'zh'
            ? '我看了一下，按合同您现在全部还清，违约金是2365.56元。'
            : 'I checked: under the contract, if you repay everything now the early repayment fee is 2,365.56 yuan.',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/1,?500|一千五/);
      expect(reply).not.toMatch(/2365|2,365/);
      expect(moods(d).at(-1)).toBeGreaterThanOrEqual(moods(d).at(-2) as number);
    });

    it(`${lang}: the right fee is not questioned`, async () => {
      const d = await drive(
        { lang, scenarioId: 'loan-early-repayment-fee', personaId: 'nurse-he', seed: 98 },
        [
          lang === 'zh'
            ? '我看了一下，按合同您现在全部还清，违约金是1,577.04元。'
            : 'I checked: under the contract, if you repay everything now the early repayment fee is 1,577.04 yuan.',
        ],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(/1,?500|一千五/);
    });

    it(`${lang}: an annual limit below the customer's own plan is questioned`, async () => {
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 112 },
        [
          lang === 'zh' ? '您好，请问您打算汇多少钱？' : 'Hello, how much are you planning to send?',
          lang === 'zh'
            ? '更正一下，外国人每年的额度是5,000美元，对您来说够用了。'
            : 'One correction: the limit for foreigners is USD 5,000 per year in total. That should be enough for you.',
        ],
      );
      expect(d.customer.at(-1)?.text).toMatch(/10,?000|1万|not enough|不够|can't cover|这么少/i);
    });

    it(`${lang}: calling the WeChat money changer legal is doubted, not welcomed`, async () => {
      const d = await drive(
        { lang, scenarioId: 'overseas-remittance-limit', personaId: 'expat-miller', seed: 112 },
        [
          lang === 'zh'
            ? '汇款每笔收0.1%手续费，另外电报费150元。'
            : 'Each wire has a 0.1% handling fee plus a 150 yuan cable fee.',
          lang === 'zh'
            ? '微信上那种私人换汇完全合法，也很安全，您放心用。'
            : 'Honestly, the WeChat money changer is completely legal and safe, go ahead.',
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/legal|合法|frozen|冻结|okay\?|没问题吗/i);
      expect(reply).not.toMatch(/^(yes|ok|好|行)/i);
    });
  }
});
