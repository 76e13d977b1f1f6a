import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Review 9, drill 173: told "the fee is a central bank rule" and "there is no review channel", the
// customer only asked "你前面说的对不对？", and the reviewer had to ask "您是指哪一句呢？". A doubt
// names the claim it doubts.
const LOAN = { scenarioId: 'loan-early-repayment-fee', seed: 173 } as const;

/** The reviewer's trainee (drill 173, first six turns), and the same trainee in English. */
const loanTrainee = {
  zh: [
    '您好，这里是华信银行个人贷款客服，理解您的心情，我先帮您看一下。麻烦提供一下您的姓名和身份证后四位，核实一下身份。',
    '身份证后四位一般记得住的吧？实在不记得的话，报一下姓名和注册手机号后四位也行。',
    '好的刘先生，核实通过了。我看了一下您的信e贷，合同约定放款后12个月内提前还款要收违约金，按剩余本金的3%算，您现在剩余本金78,851.86元，违约金大概是2,365元左右。',
    '不好意思，我看错了，是按提前还的本金的2%，1,577.04元，以App为准。不过跟您说句实在的，如果您等满12个月再还，这4个月还得多付四千多的利息，比违约金还贵，所以还是现在还更划算。',
    '这个违约金是央行统一规定的，所有银行的消费贷都一样要收，我们也没办法。而且这个费用是没有复核渠道的，交了就是交了。',
    '合同第15条写着的，您可以在App的贷款详情里翻合同看。',
    '您是指哪一句呢？',
  ],
  en: [
    "Hello, this is Huaxin Bank's personal loans service. I understand how you feel, let me have a look. Could you give me your name and the last four digits of your ID card so I can verify you?",
    "Most people remember the last four of their ID, don't they? If not, your name and the last four of your registered phone will do.",
    "Thanks Mr Liu, you're verified. I've looked at your loan: the contract charges a fee for repaying within 12 months, 3% of the remaining principal. Your principal is 78,851.86 yuan, so the fee is about 2,365 yuan.",
    "Sorry, I got that wrong: it's 2% of the principal repaid, 1,577.04 yuan, as the app says. But honestly, if you wait the 12 months you'd pay over 4,000 more in interest, so repaying now is cheaper.",
    "The fee is a central bank rule, every bank charges it on consumer loans, there's nothing we can do. And there is no review channel for this fee, once paid it's paid.",
    "It's in clause 15 of the contract, you can read it under loan details in the app.",
    'Which part do you mean?',
  ],
};

/** "What you said before" with nothing to say what: the doubt the reviewers could not act on. */
const UNNAMED =
  /你前面说的(?:那个)?(?:我还是|到底|对不对)|你前面那个说法|你刚才那话|what you told me (?:before|earlier)|that earlier part|that claim of yours/iu;

describe('review 9: a doubt names the wrong claim', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: told the fee is a central bank rule, the customer says which claim it doubts`, async () => {
      const d = await drive({ lang, ...LOAN }, loanTrainee[lang]);
      const after = d.customer.slice(5).map((c) => c.text);
      expect(after.length).toBeGreaterThanOrEqual(2);
      expect(after[0]).toMatch(lang === 'zh' ? /央行/u : /central bank/iu);
      // Pressed later, the doubt still says what it is about.
      for (const line of after) expect(line).not.toMatch(UNNAMED);
      expect(after.slice(1).some((l) => /央行|central bank/iu.test(l))).toBe(true);
    });
  }
});

// Review 9, drill 167: "no documents", "completely free", "within 10 minutes" and "only the name, no
// SWIFT code" all passed with "Within 10 minutes? Okay." and "Got it.". Most wrong facts are argued.
const REMIT = { scenarioId: 'overseas-remittance-limit', seed: 167 } as const;

/** The reviewer's trainee (drill 167, first six turns), and the same trainee in Chinese. */
const remitTrainee = {
  en: [
    'Hello Mr Miller, welcome to Huaxin Bank online chat, and welcome to China! Happy to help. Good news: there is no limit for foreigners, you can send as much as you like from your salary.',
    "I understand, it can be confusing in a new country. It's easy here too: you don't need any documents at all, just open the app, choose Overseas Remittance and send it.",
    'As I said, there is no maximum per year. You can send your whole salary every month, no problem.',
    'No, there is no limit. Really. What else would you like to know, maybe the fees?',
    "The remittance is completely free, no handling fee and no cable fee, and your family receives the full amount. It arrives within 10 minutes. You just need the recipient's name.",
    "Yes, you'll get an SMS when it's done. And you don't need the bank's SWIFT code or account number of your family, only the name.",
  ],
  zh: [
    '米勒先生您好，欢迎来到华信银行在线客服，也欢迎您来中国！外国人没有额度限制，工资想汇多少都可以。',
    '理解，刚到一个新国家是会有点乱。这边也很简单：什么材料都不需要，打开App，选境外汇款，直接汇就行。',
    '我刚说了，每年没有上限，您每个月把工资全汇回去都没问题。',
    '没有限制，真的。您还想了解什么？手续费要不要说一下？',
    '汇款完全免费，不收手续费也不收电报费，家人全额到账，10分钟内就到。您只需要收款人的名字。',
    '对，办好了会发短信给您。另外不需要对方银行的SWIFT代码，也不需要账号，只要名字就行。',
  ],
};

describe('review 9: wrong facts about a remittance do not pass silently', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: "completely free" and "only the name" are each argued with what the customer has heard`, async () => {
      const d = await drive({ lang, ...REMIT }, remitTrainee[lang]);
      const free = d.customer[5]?.text ?? '';
      const nameOnly = d.customer[6]?.text ?? '';
      expect(free).toMatch(lang === 'zh' ? /免费|fee|手续费/u : /free|fee/iu);
      expect(nameOnly).toMatch(lang === 'zh' ? /名字|账号|account number/u : /name|account number/iu);
      expect(`${free} ${nameOnly}`).not.toMatch(/\bokay\b|\bgot it\b|好的|明白了/iu);
    });
  }
});
