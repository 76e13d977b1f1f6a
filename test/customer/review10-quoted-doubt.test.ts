import { describe, expect, it } from 'vitest';
import { echoOf } from '../../src/customer/claim-quote.ts';
import { drive } from './drive.ts';
import { phishTrainee } from './review10-phish.ts';

// Review 10, drill 186: "这笔交易当时用的是我填进去的交易？你确定吗？" (the agent's clause cut mid-word)
// came back three times, though the agent twice said "只是初步判断，以调查结果为准". A doubt quotes a
// whole phrase or none, and a hedge or a take-back settles it.

/** The clipped quote drill 186 repeated: "交易" cut off before "密码". */
const CLIPPED = /填进去的交易(?!密码)/u;

describe('review 10: a quoted doubt never cuts the agent mid-phrase', () => {
  it('zh: the long clause is quoted whole or not at all', () => {
    const quote = echoOf('这笔交易当时用的是您填进去的交易密码和验证码', 'zh');
    expect(quote ?? '').not.toMatch(CLIPPED);
    // A short clause is still quoted, turned to the customer's side.
    expect(echoOf('您整张账单这个月都不用还', 'zh')).toBe('我整张账单这个月都不用还');
  });

  it('en: a long clause is cut only where it still parses', () => {
    const quote = echoOf(
      'This payment went through with the transaction PIN and the verification code you typed into that page',
      'en',
    );
    // Nine words from the start would end on "and the" or "verification": no quote ends there.
    expect(quote ?? '').not.toMatch(/\b(?:and|the|with|verification|code you)$/iu);
    expect(echoOf("You don't need any documents", 'en')).toBe("I don't need any documents");
  });

  it('zh: replaying drill 186, no line repeats the clipped quote, and the hedge ends the doubt', async () => {
    const d = await drive({ scenarioId: 'phishing-sms-clicked', lang: 'zh', seed: 186 }, phishTrainee.zh);
    for (const c of d.customer) expect(c.text).not.toMatch(CLIPPED);
    // The agent's "只是初步判断，以调查结果为准" (trainee line 11) is not met with the doubt again.
    const afterHedge = d.customer.slice(11).map((c) => c.text);
    expect(afterHedge.length).toBeGreaterThan(0);
    for (const line of afterHedge) expect(line).not.toMatch(/靠不靠谱|还是不信|犯嘀咕|哪儿写着|你确定/u);
  });
});

/** A wrong reason, then the agent steps back from it in so many words. */
const hedged = {
  en: [
    'Hello, thanks for contacting Huaxin Bank. Could you please confirm your full name and the last four digits of the card?',
    "Thank you Mr. Liu, you're verified. Have you used the card recently anywhere unusual?",
    'I see. The block is because your account is overdrawn after a late fee.',
    'Sorry, I put that too strongly. That was only my initial assessment, the review will confirm the real reason.',
    'Did you get any text message from us about the card recently?',
  ],
  zh: [
    '您好，感谢联系华信银行。麻烦先确认一下您的全名和卡号后四位。',
    '谢谢刘先生，身份核实好了。您最近有没有在什么不寻常的地方用过这张卡？',
    '明白。这个管控是因为您账户透支了，扣了一笔滞纳金。',
    '抱歉，我刚才说得太绝对了，那只是初步判断，以核查结果为准。',
    '您最近有没有收到过我们发的短信？',
  ],
};

describe('review 10: a hedge settles the doubt it answers', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: after "only my initial assessment", the customer is no longer held on edge by the doubt`, async () => {
      const d = await drive({ scenarioId: 'card-frozen-after-travel', lang, seed: 179 }, hedged[lang]);
      const doubted = d.customer[3];
      const later = d.customer[5];
      expect(doubted?.text).toMatch(
        lang === 'zh' ? /借记卡|不对|没欠/u : /debit card|not right|never owed/iu,
      );
      expect(later).toBeDefined();
      // Open, the doubt kept the mood where it was; settled, the mood can come down with the help that follows.
      expect(later?.emotion ?? 0).toBeLessThan(doubted?.emotion ?? 0);
      expect(later?.text).not.toMatch(/still|check (?:it|that)|还是不信|靠不靠谱|犯嘀咕/iu);
    });
  }
});
