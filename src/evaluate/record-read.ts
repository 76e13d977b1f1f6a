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

// A full mobile number or a street address down to the door, the contact details a chat never needs
// read out in full ("手机139 5716 0926", "杭州市西湖区文三路218号3幢1102室", "12 Harbour Road, flat 4").
const FULL_CONTACT = [
  /(?:^|\D)(1[3-9]\d(?:[\s-]?\d){8})(?!\d)/u,
  /[\u4e00-\u9fff]{2,12}(?:路|街|道|巷|弄)\d+号(?:[^，。；！？\s]{0,8}(?:幢|栋|单元|楼|室|号楼))?/u,
  /\b\d{1,4}[a-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Place)\b/u,
  /\b(?:Flat|Apt\.?|Apartment|Unit|Room) ?\d+[A-Za-z]?,? (?:Building|Block|Tower|Bldg\.?) ?\d+[A-Za-z]?\b/u,
];

// An order, case or reference number is not a phone number, however many digits it has.
const REFERENCE = /订单|单号|编号|流水|受理号|\b(?:order|ref(?:erence)?|case|ticket|tracking)\b/iu;

/** A full phone number or address in the reply that the customer has not said so far, if any. */
export function contactReadOut(text: string, customerSoFar: string): string | undefined {
  const known = customerSoFar.replace(/[\s-]/gu, '');
  for (const re of FULL_CONTACT) {
    const m = re.exec(text);
    const said = m ? (m[1] ?? m[0]).trim() : undefined;
    if (!m || !said || REFERENCE.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    if (!known.includes(said.replace(/[\s-]/gu, ''))) return said;
  }
  return undefined;
}

// Several of the customer's own holdings read out at once ("100,000 on the debit card plus 23,418 in your
// current account, a 50,000 product maturing in March", "卡上余额10万，活期2万3，还有一笔5万的理财"): a
// stocktake of the account no question needs, after verification too. Fees, limits and quotas are rules.
const HOLDS =
  /\b(?:on (?:the|your) (?:debit |credit )?card|in (?:your|the) (?:current |savings |deposit )?account|balance|holdings?|maturing|product of|(?:last|latest) (?:card )?(?:payment|purchase|transaction))\b|余额|卡上|活期|定期|账户里|名下|持有|理财|最近一笔|到期/giu;
const RULE_FIGURES =
  /\b(?:fees?|charges?|minimum|maximum|limit|quota|cap(?:ped)?|threshold|per (?:transfer|day|month))\b|手续费|费用|限额|额度|最低|最高|每笔|门槛/iu;
const FIGURE = /\d[\d,]*(?:\.\d+)?(?:\s?万)?/gu;

/** The sentence of a reply that reads out three or more holdings the customer has not said, if any. */
export function accountStocktake(text: string, customerSoFar: string): string | undefined {
  const known = customerSoFar.replace(/[\s,]/gu, '');
  return sentencesOf(text).find((s) => {
    if (RULE_FIGURES.test(s.text)) return false;
    const holds = new Set((s.text.match(HOLDS) ?? []).map((h) => h.toLowerCase()));
    if (holds.size < 2) return false;
    const figures = new Set(
      (s.text.match(FIGURE) ?? [])
        .map((f) => ({ f, digits: f.replace(/\D|\.\d+$/gu, '') }))
        .filter(({ f, digits }) => digits.length >= 3 || f.includes('万'))
        .filter(({ digits }) => !known.includes(digits))
        .map(({ digits }) => digits),
    );
    return figures.size >= 3;
  })?.text;
}
