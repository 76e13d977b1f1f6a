import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const REMIT = { scenarioId: 'overseas-remittance-limit', personaId: 'newcomer-amara', seed: 99 } as const;
const told = {
  zh: [
    '您好，阿玛拉，欢迎来到华信银行！',
    '每年购汇额度是5万美元。',
    '您不用准备任何材料，直接在手机银行上汇就行。',
    '也没有手续费。',
    '一般半小时就到账了。',
  ],
  en: [
    'Hello Amara, welcome to Huaxin Bank!',
    'The yearly limit is USD 50,000.',
    "You don't need any documents, just send it in the mobile app.",
    'And there is no fee.',
    'It usually arrives in half an hour.',
  ],
};

describe('review 6: a question answered, even wrongly, is not asked again', () => {
  for (const lang of LANGS) {
    it(`${lang}: told no documents are needed, the customer does not ask what to bring`, async () => {
      const d = await drive({ lang, ...REMIT }, told[lang]);
      const after = d.customer.slice(3).map((e) => e.text);
      for (const line of after) expect(line).not.toMatch(/材料|带什么|documents|bring/i);
    });
  }
});
