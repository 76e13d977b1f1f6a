import { sentencesOf } from './clauses.ts';

/**
 * Account activity the agent says it reads off the customer's record ("I can see the block went on
 * after a big purchase abroad", "your account shows a flagged transaction", "我这边看到您有一笔境外消费"):
 * a disclosure when it comes before the caller is verified, with or without a figure in it. Saying
 * what can be looked at later ("once you're verified I can see the payment") is not.
 */
const READS_EN =
  /\b(?:i can see(?! (?:why|how|that you))|i(?:'ve| have) (?:pulled up|got up|checked|looked at|found) (?:your|the) (?:account|card|records?|statement|history|transactions?|transfers?|payments?)|looking at your (?:account|card|records?|statement)|(?:your|the) (?:account|card|records?|statement|history|profile|system) (?:shows?|says|has)|(?:our|the) (?:records?|system) (?:shows?|says)|on your (?:statement|account|records?))\b/iu;
const ACTIVITY_EN =
  /\b(?:payments?|charges?|transactions?|transfers?|purchases?|deposits?|withdrawals?|refunds?|credits?|debits?|balance|spend(?:ing)?|pension|salary|wages)\b/iu;
const NOT_YET_EN =
  /\b(?:can'?t|cannot|won'?t|once|after|before|until|when|as soon as|if|need to|have to)\b/iu;
const READS_ZH =
  /(?:我(?:这边|这里)?(?:看到|查到|看了一下)|系统(?:里|上)?显示|记录(?:上|里)?显示)[^。！？]{0,20}(?:一笔|交易|消费|转账|付款|扣款|余额|入账|到账|养老金|工资)/u;
const NOT_YET_ZH = /(?:核实|验证)(?:完|好|之后|以后|后)|先(?:核实|验证|确认)|之后|以后|等.{0,6}再|如果|要是/u;

/** The sentence of a reply that reads account activity off the record, if any. */
export function readOffRecord(text: string): string | undefined {
  return sentencesOf(text).find((s) => {
    if (/[?？]\s*$/u.test(s.text)) return false;
    const en = READS_EN.exec(s.text);
    // The condition comes before the reading: "once you're verified, I can see…".
    if (en && ACTIVITY_EN.test(s.text) && !NOT_YET_EN.test(s.text.slice(0, en.index))) return true;
    const zh = READS_ZH.exec(s.text);
    return zh !== null && !NOT_YET_ZH.test(s.text.slice(0, zh.index));
  })?.text;
}

// A number shown masked, the way a record displays it ("138****5521", "6222 **** **** 7351").
const MASKED = /\d{2,6}(?:[\s-]?[*＊•xX]){3,}[\s-]?\d{3,4}/u;

/** A masked phone or card number in the reply: only the record shows numbers that way. */
export function maskedNumber(text: string): string | undefined {
  return MASKED.exec(text)?.[0];
}
