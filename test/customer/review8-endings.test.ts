import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

// Review 8, drills 164 and 166: Mr Qian and Ms Zhou wound down with the same stock lines word for word
// ("No, that's everything, thanks.", "Thanks a lot, goodbye."). Each persona winds down in its own voice.
const PERSONAS = [
  'single-mother-zhou',
  'retired-engineer-qian',
  'teacher-chen',
  'student-zhao',
  'grandma-li',
  'civil-servant-gao',
] as const;
const competent = {
  zh: [
    '您好，我是小美，非常抱歉搅拌机出了问题，我来帮您办退货退款。',
    '质量问题七天内可以退货，您拍两张照片上传到订单里，我这边提交退货申请。',
    '我给您安排快递上门免费取件，运费商家承担，您不用出钱。',
    '快递揽收后48小时内退款会原路退回到您的支付账户。',
    '退货申请我已经提交好了，单号会短信发给您。',
    '您看还有别的需要帮忙的吗？',
    '那今天就先这样，感谢您的耐心，再见！',
  ],
  en: [
    "Hello, I'm Mia. I'm so sorry the blender arrived like that, I'll help you with the return and refund.",
    "Quality problems can be returned within 7 days. Please upload two photos to the order and I'll submit the return request.",
    "I'll book a free courier pickup, the seller pays the shipping, so it costs you nothing.",
    'Once the courier scans the parcel, the refund goes back to your original payment method within 48 hours.',
    "I've submitted the return request now, the reference number will come by text.",
    'Is there anything else I can help you with?',
    'Thanks for your patience today, goodbye!',
  ],
};

/** The first sentence of a line: "nothing else" before the closing check that may follow it. */
const firstSentence = (text: string) => text.split(/(?<=[。！？.!?])\s*/u)[0] ?? text;

describe('review 8: endings in the persona’s own voice', () => {
  for (const lang of LANGS) {
    it(`${lang}: six customers on one seed say "nothing else" and goodbye each in their own words`, async () => {
      const drills = await Promise.all(
        PERSONAS.map((personaId) =>
          drive({ lang, scenarioId: 'defective-blender-refund', personaId, seed: 96 }, competent[lang]),
        ),
      );
      for (const d of drills) expect(d.last?.ended?.reason).toBe('resolved');
      const goodbyes = drills.map((d) => d.customer.at(-1)?.text ?? '');
      const nothingElse = drills.map((d) => firstSentence(d.customer.at(-2)?.text ?? ''));
      expect(new Set(goodbyes).size).toBe(PERSONAS.length);
      expect(new Set(nothingElse).size).toBe(PERSONAS.length);
      for (const d of drills) {
        const lines = d.customer.map((c) => c.text);
        expect(new Set(lines).size).toBe(lines.length);
      }
    });
  }
});
