import type { IdentityData } from '../content/persona.ts';
import { type Clause, sentencesOf } from './clauses.ts';

export const IDENTITY_FIELDS = [
  'fullName',
  'phone',
  'cardLastFour',
  'dateOfBirth',
  'accountHints',
  'code',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
type Identity = import('zod').infer<typeof IdentityData>;

const ASKS: Record<IdentityField, RegExp> = {
  fullName:
    /\bfull name\b|\byour name\b|\bname on the (?:card|account)\b|\baccount holder'?s? name\b|姓名|全名|名字|(?<!商)户名/iu,
  phone:
    /\b(?:phone|mobile|cell)(?: number)?\b|手机号|手机号码|电话号码|预留(?:的)?(?:手机|电话)|注册(?:的)?手机/iu,
  cardLastFour:
    /\blast (?:four|4|few)(?: digits)?\b|\b(?:card|account|id|passport) number\b|后四位|后4位|尾号|卡号|身份证/iu,
  dateOfBirth: /\bdate of birth\b|\bbirthday\b|\bdob\b|\bborn\b|出生|生日/iu,
  accountHints:
    /\bsecurity question\b|\brecent (?:transaction|payment)\b|\bwhich branch\b|\bregistered email\b|\bemail address\b|\bpostcode\b|\baddress\b|开户(?:行|网点)|最近一笔|邮箱|地址/iu,
  code: /\bverification code\b|\bone[- ]time (?:code|passcode)\b|\bsms code\b|\bpasscode\b|验证码|动态码/iu,
};

// A clause that asks the customer for something, as opposed to one that states it ("the card ending 3358").
const REQUEST =
  /\b(?:please|could you|can you|would you|will you|may i|can i (?:have|get|take)|i(?:'ll| will)? need|i have to|let'?s (?:start|begin) with|confirm|provide|give me|tell me|share|verify|what(?:'s| is) (?:your|the))\b|请|麻烦|提供|告诉我|报一下|说一下|核实|核对|确认一下|验证一下|方便(?:说|提供|告诉)/iu;

// Bringing a document somewhere ("带身份证到网点", "bring your ID to a branch") is an instruction, not a request for the data.
const BRING =
  /(?:带|携带|拿着|带上)(?:好|着)?(?:您的?|本人的?)?(?:身份证|证件)|\b(?:bring|take|carry)\b[^.,;]{0,20}\b(?:id|identity card|passport)\b/iu;
// Whether the data changed ("is your phone number the same one you registered?", "您的手机号换了吗？")
// asks about its state, not for the data itself: it verifies nobody.
const STATE_QUESTION =
  /\b(?:is|are|has|have)\b[^.?]{0,40}\b(?:still|same|changed|the one|up to date)\b|\b(?:did|has|have)\b[^.?]{0,30}\bchange(?:d)?\b|(?:换|变|改)(?:了|过)?(?:吗|没有|没)|没(?:变|换|改)(?:吧|吗)?|还是(?:原来|之前|以前)|还在用/iu;

// Someone else's name ("收款人户名您当时填的是谁？", "what name did you put for the payee?") is a detail
// of the case, not the customer's identity.
const OTHER_PARTY_NAME =
  /(?:收款人|收款方|收款账户|对方|卖家|商家|收件人|房东|中介|转账对象)(?:的)?(?:账户)?(?:户名|姓名|名字|全名)|\b(?:payee|recipient|beneficiary|seller|landlord)(?:'s)? (?:full |account )?name\b|\bname (?:of|on|for) the (?:payee|recipient|beneficiary|receiving account|seller)\b/giu;
// The name said as what went wrong ("户名不符被退回", "户名没核实清楚") describes the case, it asks for nothing.
const NAME_AS_CAUSE =
  /户名(?:与账号|和账号)?(?:不符|不一致|不匹配|对不上|不对|错了?|填错了?|写错了?|有误|没(?:有)?核实(?:清楚)?)|\bname (?:didn'?t|did not|doesn'?t|does not) match\b|\bname mismatch\b/giu;
const ownData = (text: string) => text.replace(OTHER_PARTY_NAME, ' ').replace(NAME_AS_CAUSE, ' ');

/**
 * The clause of a reply that asks for verification data (a field and a request in one clause, or
 * a question about a field); mentioning data the agent already has is not asking for it.
 */
export function verificationRequest(clauses: readonly Clause[], text = ''): string | undefined {
  const asksForField = (c: Clause) =>
    !STATE_QUESTION.test(c.text) &&
    !BRING.test(c.text) &&
    IDENTITY_FIELDS.some((f) => f !== 'code' && ASKS[f].test(ownData(c.text)));
  for (const c of clauses) if (asksForField(c) && (c.question || REQUEST.test(c.text))) return c.text;
  // "To look at the card I first need to confirm your identity: your full name, date of birth and
  // the last four digits, please": the request and the fields in different clauses of one sentence.
  for (const sentence of sentencesOf(text)) {
    if (!REQUEST.test(sentence.text)) continue;
    const field = clauses.find((c) => c.start >= sentence.start && c.end <= sentence.end && asksForField(c));
    if (field) return field.text;
  }
  return undefined;
}

/** Identity fields an agent's reply asks for. */
export function askedIdentityFields(text: string): IdentityField[] {
  return IDENTITY_FIELDS.filter((f) => ASKS[f].test(ownData(text)));
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Spellings of the holder's data that, said by the agent, disclose it. */
function secretForms(holder: Identity, field: IdentityField): string[] {
  switch (field) {
    case 'phone': {
      const d = digits(holder.phone);
      return [d, d.slice(-8)];
    }
    case 'cardLastFour':
      return [holder.cardLastFour];
    case 'dateOfBirth': {
      const [y, m, d] = holder.dateOfBirth.split('-');
      return [holder.dateOfBirth, `${y}年${Number(m)}月${Number(d)}日`, `${d}/${m}/${y}`, `${m}/${d}/${y}`];
    }
    case 'fullName':
      return [holder.fullName.zh, holder.fullName.en];
    default:
      return [];
  }
}

// The caller's details confirmed or corrected ("yes, that's the number we have on file", "not quite - she's
// actually a 1950 birthday", "号码是对的", "生日不太对，应该是…"): a disclosure, whatever the caller knew.
const CONFIRMS =
  /\b(?:yes,? )?that'?s (?:the|her|his|their) (?:number|date|card|name|address|birthday|one) (?:we have|we've got|on file|registered|on (?:the|her|his) account)\b|\b(?:that|it|those) (?:matches|match|checks? out|is correct|'s correct|are correct|'s right|is right)\b|\bnot quite\b[^.?!]{0,40}\b(?:actually|it'?s|she'?s|he'?s)\b|\b(?:she|he)'?s actually (?:a |an )?\d|(?:号码|手机号|生日|卡号|名字|日期)(?:是)?(?:对的|没错|正确|一致)|对得上|不太对[^。！？]{0,10}(?:应该|其实|实际)是/iu;
const BIRTH_WORD = /\b(?:birthday|born|birth|dob)\b|生日|出生|年生/iu;

/** Identity data of the holder that the agent's reply discloses, among fields the caller did not know. */
export function disclosedIdentity(
  text: string,
  holder: Identity,
  callerKnows: readonly string[],
): string | undefined {
  const confirmed = sentencesOf(text).find((x) => CONFIRMS.test(x.text) && !negatedConfirm(x.text));
  if (confirmed) return confirmed.text;
  const year = holder.dateOfBirth.slice(0, 4);
  const birthYear = sentencesOf(text).find(
    (x) => BIRTH_WORD.test(x.text) && new RegExp(`(?<!\\d)${year}(?!\\d)`).test(x.text),
  );
  if (birthYear && !callerKnows.includes('dateOfBirth')) return birthYear.text;
  const compact = text.replace(/[\s-]/g, '');
  for (const field of IDENTITY_FIELDS) {
    if (callerKnows.includes(field)) continue;
    for (const form of secretForms(holder, field)) {
      if (!form) continue;
      const haystack = /^\d+$/.test(form) ? compact : text;
      const i = haystack.indexOf(form);
      if (i >= 0 && (field !== 'cardLastFour' || !/\d/.test(haystack[i - 1] ?? ''))) {
        return haystack === text ? form : (findVerbatim(text, form) ?? form);
      }
    }
  }
  return undefined;
}

// "I can't confirm whether that's the number we have on file" refuses the confirmation.
const negatedConfirm = (sentence: string) =>
  /\b(?:can'?t|cannot|not able to|unable to|won'?t|not allowed to)\b[^.?!]{0,20}\b(?:confirm|correct|say|tell)\b|不能(?:确认|告诉|透露|核对)|没法(?:确认|告诉)|无法(?:确认|告诉)/iu.test(
    sentence,
  );

/** The original substring (with spaces or hyphens) that spells the digits. */
function findVerbatim(text: string, digitsOnly: string): string | undefined {
  const pattern = new RegExp(digitsOnly.split('').join('[\\s-]*'));
  return pattern.exec(text)?.[0];
}

// Account data an agent can only have from the records: a phone or card number, a card tail, a
// balance, a salary credit, an outstanding principal or the customer's own spending with its amount.
const ACCOUNT_DATA = [
  /(?<![\d@#&!<:])\d(?:[\s-]?\d){6,18}(?!\d)/gu,
  /\b(?:ending(?: in)?|ends in|last (?:four|4) (?:digits )?(?:are|is))\s*(\d{4})\b|(?:尾号|后四位|后4位)(?:是|为)?\s*(\d{4})/giu,
  /\b(?:balance|available|outstanding|statement balance|credit limit|holds?|came in|came into|paid into|credited|remaining principal|principal of|eligible spending|you(?:'ve| have)? spent)\b[^.;!?]{0,40}?(?:rmb|cny|usd|¥|\$)?\s?\d[\d,.]*(?:\s?(?:yuan|rmb|元|万))?|(?:余额|可用额度|欠款|工资|进了一笔|到账了?|剩余本金|符合条件的消费|您.{0,4}刷了)[^，。；！？]{0,12}?\d[\d,.]*(?:万|千)?(?:元|块)?/giu,
  // An amount read off the customer's record ("you've got 2,030 yuan of eligible spending").
  /\b(?:you(?:'ve| have) got|you have)\s(?:rmb|cny|usd|¥|\$)?\s?\d[\d,.]*\s?(?:yuan|rmb)?\s(?:of\s)?(?:eligible|outstanding|remaining|in )/giu,
];

// An amount is the customer's own only when it is read off their record ("your balance", "I can
// see", "系统显示您…"); a public rule with an amount ("new devices have an available limit of 5,000
// a day", "违约金最高不超过3000元") is something anyone may be told before verification.
const RECORD =
  /\b(?:your|you(?:'ve| have) got|on file|on your|i can see|i see|(?:record|system|profile) shows)\b|您的|你的|系统(?:里)?显示|我(?:这边)?(?:看到|查到)/iu;
const PERSON = /\b(?:you|you've|you're)\b|您|你/iu;
const RULE =
  /\b(?:up to|capped|at most|maximum|max|limit|per|a day|a month|a year|each|every|anyone|anything|customers|new devices?)\b|最高|最多|不超过|上限|限额|每(?:天|日|笔|人|月|年|次)|以内|超过/iu;

function ownRecord(text: string, index: number): boolean {
  const sentence = sentencesOf(text).find((x) => index >= x.start && index < x.end)?.text ?? text;
  return RECORD.test(sentence) || (PERSON.test(sentence) && !RULE.test(sentence));
}

const TEN_THOUSANDS = /\d\s?万/u;

/** Account data in the agent's reply that the customer has not said so far (the words, verbatim). */
export function unsaidAccountData(
  text: string,
  customerSoFar: string,
  { numbers = true }: { numbers?: boolean } = {},
): string | undefined {
  const known = customerSoFar.replace(/[\s-]/g, '');
  for (const re of numbers ? ACCOUNT_DATA : ACCOUNT_DATA.slice(1)) {
    const amounts = re === ACCOUNT_DATA[2] || re === ACCOUNT_DATA[3];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const digits = (m[0].match(/\d+/g) ?? []).join('');
      // "10万3千多" is a five-figure balance however few digits it is written with.
      const short = digits.length < 4 && !(amounts && TEN_THOUSANDS.test(m[0]));
      if (short || (amounts && !ownRecord(text, m.index))) continue;
      const key = /\d{4}$/.test(digits) ? digits.slice(-4) : digits;
      if (!known.includes(key)) return m[0].trim();
    }
  }
  return undefined;
}
