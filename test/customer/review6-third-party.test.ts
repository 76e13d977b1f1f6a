import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

describe('review 6: data the agent says to get from someone else is not asked of the customer', () => {
  it("zh: told to get her mother's name and card number, the customer gives no card digits of her own", async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'overseas-remittance-limit', personaId: 'newcomer-amara', seed: 135 },
      ['您好，欢迎来到华信银行！', '您让她给您她的名字和卡号就行。'],
    );
    expect(d.customer.at(-1)?.text).not.toMatch(/9301|卡号后四位/);
  });

  it('en: "ask her for her name and card number" gets no card digits either', async () => {
    const d = await drive(
      { lang: 'en', scenarioId: 'overseas-remittance-limit', personaId: 'newcomer-amara', seed: 135 },
      ['Hello, welcome to Huaxin Bank.', 'Just ask her for her name and card number, that is all we need.'],
    );
    expect(d.customer.at(-1)?.text).not.toMatch(/9301|ending|last four/i);
  });
});

describe('review 6: a name the agent says to get from someone else is not the customer’s to give', () => {
  it('zh: told to have her mother send her name, the customer does not give her own name', async () => {
    const d = await drive(
      { lang: 'zh', scenarioId: 'overseas-remittance-limit', personaId: 'newcomer-amara', seed: 97 },
      ['您好，阿玛拉，欢迎来到华信银行！', '您让她给您她的名字和卡号就行。'],
    );
    expect(d.customer.at(-1)?.text).not.toMatch(/阿玛拉|奥孔克沃/);
  });

  it('en: "can you have her tell you her name?" does not bring out the customer’s own name', async () => {
    const d = await drive(
      { lang: 'en', scenarioId: 'overseas-remittance-limit', personaId: 'newcomer-amara', seed: 97 },
      ['Hello Amara, welcome to Huaxin Bank!', 'Can you have her tell you her name and card number?'],
    );
    expect(d.customer.at(-1)?.text).not.toMatch(/Amara|Okonkwo/i);
  });
});
