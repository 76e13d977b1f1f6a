import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const WRONG = {
  zh: [
    '钱先生您好，这里是华信银行。',
    '其实您可以买，只是App里不能直接买。风险您也不用太担心，鑫悦权益精选1号是保本的，您的10万块很安全。',
    '或者更快一点，您现在就在App里重新做风险测评，今天想做几次做几次，新等级马上生效。',
  ],
  en: [
    'Good morning Mr Qian, this is Huaxin Bank.',
    "Well, you can buy it, just not from the app directly. Don't worry about risk: Xinyue Equity Select No. 1 is principal-protected, so your 100,000 is safe.",
    'Or, quicker, redo the risk questionnaire in the app right now. You can retake it as many times as you like today and the new level applies instantly.',
  ],
};

const LIMIT = {
  zh: [
    '您好，我是华信银行客服，别着急，我马上帮您处理。',
    '我已经给您尾号8842的卡办了临时挂失，现在这张卡不能再交易了。4999元我这边登记了盗刷调查，但能不能追回我没法保证。请您马上打110或96110报警，短信都别删。',
  ],
  en: [
    "Hello, this is Huaxin Bank. Don't worry, I'll deal with this right away.",
    "I've put a temporary lock on your card ending 8842, so it can't be used now. For the 4,999 yuan I've opened a fraud case, though I can't promise it will be recovered. Please call the police on 110 or 96110 and keep the text messages.",
  ],
};
const RELIEF = /那就好|放心|松了口气|thank goodness|relief|phew|weight off/i;
const AGREE = /^(?:right, that makes sense|that makes sense|好，明白了|明白了)/i;

describe('review 2: the customer reacts to what the agent actually said', () => {
  for (const lang of LANGS) {
    it(`${lang}: confident wrong information (a "principal-protected" equity fund, unlimited re-tests) is doubted, never agreed with`, async () => {
      const d = await drive(
        { lang, scenarioId: 'wealth-product-risk-mismatch', personaId: 'retired-engineer-qian', seed: 53 },
        WRONG[lang],
      );
      const [protectedReply, retestReply] = d.customer.slice(-2).map((e) => e.text);
      expect(protectedReply).toMatch(
        lang === 'zh' ? /保本？|糊弄|哪句/ : /principal-protected\?|which is it|can't both/i,
      );
      expect(retestReply).toMatch(
        lang === 'zh' ? /不对|确定|意义/ : /doesn't sound right|are you sure|point/i,
      );
      for (const line of [protectedReply, retestReply]) expect(line).not.toMatch(AGREE);
    });

    it(`${lang}: "I can't promise it will be recovered" brings no relief`, async () => {
      const d = await drive(
        { lang, scenarioId: 'phishing-sms-clicked', personaId: 'retired-engineer-qian', seed: 51 },
        LIMIT[lang],
      );
      expect(d.customer.at(-1)?.text).not.toMatch(RELIEF);
    });
  }
});
