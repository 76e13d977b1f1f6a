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

describe('review 6: a customer whose Chinese is limited keeps to simple Chinese throughout', () => {
  it('zh: Amara never uses the native stock turns of phrase ("原来是这样", "嗯，懂了", "挺好的")', async () => {
    const d = await drive({ lang: 'zh', ...REMIT }, [
      '您好，阿玛拉，欢迎来到华信银行！',
      '每年购汇额度是5万美元，按自然年算。',
      '外籍人士用工资购汇，第一次要带护照、工作许可和完税证明到柜台办理。',
      '跨境电汇按金额0.1%收手续费，最低50元最高260元，另外每笔电报费150元。',
      '一般1到3个工作日到账，需要收款人的姓名、账号和SWIFT代码。',
      '私人换汇有风险，可能被冻结账户，请不要用。',
      '还有别的问题吗？',
      '感谢您的来电，再见。',
    ]);
    for (const line of d.customer.slice(1).map((e) => e.text))
      expect(line).not.toMatch(/原来是这样|嗯，懂了|挺好的|谢谢你啊|这点我记下了/);
  });
});

describe('review 6: a limit is not taken for a charge', () => {
  for (const lang of LANGS) {
    it(`${lang}: told the yearly limit, the customer does not ask whether that is all it pays`, async () => {
      const d = await drive({ lang, ...REMIT }, [
        told[lang][0] as string,
        lang === 'zh'
          ? '每年购汇额度是5万，按自然年算。'
          : 'The yearly limit is 350,000 yuan worth per person.',
      ]);
      expect(d.customer.at(-1)?.text).not.toMatch(
        /交这么多|别的费用|就这么多|that all|final|whole of it|no more/i,
      );
    });
  }
});
