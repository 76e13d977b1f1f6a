import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const BLENDER = { scenarioId: 'defective-blender-refund', personaId: 'student-zhao', seed: 96 } as const;
const competent = {
  zh: [
    '您好，我是小美，非常抱歉搅拌机出了问题，我来帮您办退货退款。',
    '质量问题七天内可以退货，您拍两张照片上传到订单里，我这边提交退货申请。',
    '我给您安排快递上门免费取件，运费商家承担，您不用出钱。',
    '快递揽收后48小时内退款会原路退回到您的支付账户。',
    '退货申请我已经提交好了，单号会短信发给您。',
  ],
  en: [
    "Hello, I'm Mia. I'm so sorry the blender arrived like that, I'll help you with the return and refund.",
    "Quality problems can be returned within 7 days. Please upload two photos to the order and I'll submit the return request.",
    "I'll book a free courier pickup, the seller pays the shipping, so it costs you nothing.",
    'Once the courier scans the parcel, the refund goes back to your original payment method within 48 hours.',
    "I've submitted the return request now, the reference number will come by text.",
  ],
};
const anythingElse = { zh: '您看还有别的需要帮忙的吗？', en: 'Is there anything else I can help you with?' };

describe('review 6: once calmed, the customer still engages with what was said and done', () => {
  for (const lang of LANGS) {
    it(`${lang}: the first "anything else?" gets a check that nothing is left for the customer to do`, async () => {
      const d = await drive({ lang, ...BLENDER }, [...competent[lang], anythingElse[lang]]);
      expect(d.customer.at(-1)?.text).toMatch(/anything else on my side|nothing else (?:I|for me)|不用再/i);
    });

    it(`${lang}: told a pickup was booked during the wrap-up, the customer thanks for the pickup by name`, async () => {
      const d = await drive({ lang, ...BLENDER }, [
        ...competent[lang],
        lang === 'zh'
          ? '另外我已经帮您约好明天上午快递上门取件了。'
          : "I've also booked the courier pickup for tomorrow morning.",
      ]);
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/pickup|courier|快递|取件/i);
      expect(reply).not.toMatch(/^(?:ok(?:ay)?|alright|好的|行|嗯)[.。!！]?$/i);
    });
  }
});

describe('review 6: a choice question is answered alone, with no second answer glued on', () => {
  for (const lang of LANGS) {
    it(`${lang}: asked which day suits the courier, the customer names a day and tells nothing about when it arrived`, async () => {
      const d = await drive(
        { lang, scenarioId: 'defective-blender-refund', personaId: 'designer-lin', seed: 104 },
        [
          competent[lang][0] as string,
          lang === 'zh'
            ? '质量问题七天内可以退，您拍两张照片上传到订单里。'
            : 'Quality problems can be returned within 7 days; please upload two photos to the order.',
          lang === 'zh'
            ? '我给您安排快递免费上门取件，您看哪天什么时间段方便？'
            : "I'll book a free courier pickup for you. Which day and time slot suits you for the courier?",
        ],
      );
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(
        /tomorrow|monday|tuesday|wednesday|thursday|friday|afternoon|morning|明天|后天|周|下午|上午/i,
      );
      expect(reply).not.toMatch(/收到的|前天|received|arrived|days ago/i);
    });
  }
});
