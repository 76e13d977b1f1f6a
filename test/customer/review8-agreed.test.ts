import { describe, expect, it } from 'vitest';
import { drive } from './drive.ts';

// Review 8, drill 160: "好，卡已经挂失了我就放心点了，我这就去报警。谢谢你！", then, with nothing new said,
// "报警？警察哪有空管这点钱" and "挂失了我这卡不就用不了了？". A yes is not taken back without a new reason.
const PHISHING = { scenarioId: 'phishing-sms-clicked', seed: 160 } as const;

/**
 * The reviewer's trainee (drill 160) up to the customer's yes, then a lecture that unsettles it, then
 * police and the lock come up again with nothing new. In English the lock and the police are offered
 * together, and the customer says yes to the lock.
 */
const agreedThenAgain = {
  zh: [
    '您好，这里是华信银行在线客服。您先别着急，发现得早就能尽快处理，我马上帮您把风险控制住。为了操作账户，先核实一下身份：请告诉我持卡人姓名和卡号后四位。注意，密码和短信验证码千万不要告诉任何人，包括我。',
    '好的黄先生，身份核实通过。我想问清楚几点：您在那个网页上具体填了哪些信息？比如卡号、有效期、密码、身份证号、手机号，还有没有输入过收到的验证码？大概是几点填的？',
    '明白了，密码和验证码都填了，风险比较高，我们得抓紧。您现在看一下，这张卡有没有收到扣款短信，或者余额有没有变少？',
    '这4999元很可能就是被盗刷了，您别自责，这种短信做得很像，很多人都上过当。我现在马上给您这张尾号8842的卡办临时挂失，防止继续被扣，您同意吗？另外，这个交易密码您在别的地方也用过吗，比如支付宝、微信或者其他银行卡？',
    '好的，我这边已经给尾号8842的卡办好临时挂失了，现在这张卡不能再交易。接下来您要做几件事：第一，马上在岚山支付里解绑这张卡，并把岚山支付的支付密码改掉；第二，另一家银行的卡也用了同样的密码，请尽快联系那家银行改密码；第三，马上拨打110或者96110报警。',
    '您先别走，再说一句：这种短信以后您自己多注意点，别什么链接都点。',
    '我说说现在的情况：卡已经挂失，不会再被扣了；盗刷调查已经登记，调查编号会短信发给您，有进展我们会主动联系您。您这边报警拿到回执后，可以把报警回执编号告诉我们，对调查有帮助。',
    '刚才您说要去报警，这一步真的很关键。追查骗子、冻结对方账户要靠公安，有报警回执银行的调查也更好推进。96110就是专门反诈的，一定要报。',
    '临时挂失期间这张卡不能消费和转出，骗子手里有您的卡号和密码，不挂失的话风险太大。您明天带身份证去任意华信网点补卡就行。',
  ],
  en: [
    "Hello, this is Huaxin Bank online support. Try not to panic, you've caught this early and I'll help you contain it right away. First I need to verify you: the cardholder's name and the last four digits of the card, please. And never tell anyone your password or SMS codes, not even me.",
    'Thank you Mr Huang, you are verified. A few questions: what exactly did you enter on that page? Card number, expiry date, password, ID number, phone number? Did you also enter a code you received? Roughly what time was it?',
    'I see, the password and the code were both entered, so the risk is high and we need to move fast. Please check now: has the card had any debit text, or has the balance gone down?',
    "That 4,999 is most likely fraud, and it's not your fault. I suggest we put a temporary lock on the card ending 8842 right now and that you report it to the police on 96110. Shall I lock the card for you now?",
    'Done, the card ending 8842 is locked now. Have you used the same password anywhere else, like Alipay or another bank card?',
    "Here's where we are: the card is locked, nothing more can be taken; the fraud investigation is filed and you'll get the case number by text, and we will contact you when there's news. Once you've reported it to the police, give us the receipt number, it helps the investigation.",
    "You said you'd go to the police, and that step really matters. Tracing the fraudsters and freezing their account is up to the police, and a police receipt moves the bank's investigation along. 96110 is the anti-fraud line, please do call it.",
    "While the card is locked it can't be used to pay or transfer, and the fraudsters have your card number and password, so leaving it open is too risky. Just bring your ID to any Huaxin branch tomorrow for a new card.",
  ],
};

/** The scenario's own objections to the police and to the lock, in both languages. */
const TAKES_BACK =
  /报警有什么用|警察哪|挂失了我这卡|卡不就废了|拦那个网站|point of calling the police|the police\? they won'?t|lock the card i can'?t|lock it\? then|block (?:that|the) website/iu;

describe('review 8: once the customer agreed, it does not object to the same thing later', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: having said yes, it does not argue later against what was on the table`, async () => {
      const d = await drive({ lang, ...PHISHING }, agreedThenAgain[lang]);
      const texts = d.customer.map((c) => c.text);
      const yes = texts.findIndex(
        (x, i) => i > 4 && /谢谢|放心|thank|relie|weight off|that'?s good/iu.test(x),
      );
      expect(yes).toBeGreaterThan(0);
      for (const x of texts.slice(yes + 1)) expect(x).not.toMatch(TAKES_BACK);
    });
  }
});
