import type { Lang } from '../csc/text.ts';

/** Wordings of one reaction; a register's own list is preferred when the persona speaks that way. */
export interface Bank {
  any: readonly string[];
  curt?: readonly string[];
  formal?: readonly string[];
}

export const PHRASE_KEYS = [
  'rude',
  'blamed',
  'dismissed',
  'slowReply',
  'doubt',
  'suspicious',
  'cardSecret',
  'codeRefuse',
  'codeGive',
  'confused',
  'jargon',
  'empathyAck',
  'griefAck',
  'emptyComfort',
  'knowledgeAck',
  'confirm',
  'unknown',
  'againLead',
  'askAgain',
  'unresolved',
  'actionRequest',
  'waitOk',
  'waitAngry',
  'accept',
  'offTopic',
  'notDone',
  'notDoneAgain',
  'satisfied',
  'unsure',
  'nothingElse',
  'wrapUpAck',
  'goodbye',
  'grudgingBye',
  'gaveUp',
  'maxTurns',
  'upset',
  'angry',
  'furious',
  'offerIdentity',
  'idNumberNo',
  'noHint',
  'withhold',
  'codeHesitate',
  'codeHesitateAgain',
  'codeNever',
  'stepDone',
  'nothingMore',
  'nothingBeyond',
  'pounce',
  'griefDismissed',
  'supervisor',
  'relief',
  'stillWrong',
  'challengeAgain',
  'stillDoubt',
  'doubtStays',
  'closingCheck',
  'escalationAck',
  'thanksReturn',
  'thanksPickup',
  'thanksEscalated',
  'thanksLocked',
  'thanksUnlocked',
  'thanksReview',
  'thanksDone',
  'smallTalkBack',
  'deflect',
] as const;
export type PhraseKey = (typeof PHRASE_KEYS)[number];
export type Banks = Record<PhraseKey, Bank>;
export type Register = 'curt' | 'formal' | 'any';

/** Identity answers: how a sentence starts with a field, and how a further field joins it. */
export interface IdentityForms {
  lead: readonly string[];
  tail: readonly string[];
}

export type SpokenField =
  | 'fullName'
  | 'holderName'
  | 'phone'
  | 'phoneTail'
  | 'cardLastFour'
  | 'dateOfBirth'
  | 'age'
  | 'hint';

export const IDENTITY_FORMS: Record<Lang, Record<SpokenField, IdentityForms>> = {
  zh: {
    fullName: { lead: ['我叫{v}', '名字是{v}', '{v}', '我是{v}'], tail: ['，我叫{v}', '，名字{v}'] },
    holderName: { lead: ['我妈叫{v}', '她叫{v}', '户主是我妈，{v}'], tail: ['，我妈叫{v}', '，她叫{v}'] },
    phone: {
      lead: ['手机号是{v}', '手机{v}', '我手机号{v}', '电话是{v}'],
      tail: ['，手机号{v}', '，手机是{v}', '，电话{v}'],
    },
    phoneTail: {
      lead: ['手机尾号{v}', '手机号后四位是{v}', '手机后四位{v}'],
      tail: ['，手机尾号{v}', '，手机后四位{v}'],
    },
    cardLastFour: {
      lead: ['卡尾号{v}', '尾号是{v}', '卡号后四位{v}', '后四位是{v}'],
      tail: ['，卡尾号{v}', '，卡号后四位{v}', '，卡是{v}结尾的'],
    },
    dateOfBirth: { lead: ['我是{v}出生的', '出生日期{v}', '生日是{v}'], tail: ['，{v}出生的', '，生日{v}'] },
    age: { lead: ['我今年{v}岁', '{v}岁了', '今年{v}'], tail: ['，今年{v}岁'] },
    hint: { lead: ['{v}'], tail: ['，{v}'] },
  },
  en: {
    fullName: {
      lead: ['My name is {v}', "It's {v}", '{v}', "I'm {v}"],
      tail: [', my name is {v}', ", name's {v}"],
    },
    holderName: {
      lead: ["My mum's name is {v}", "She's {v}", "The account's in my mother's name, {v}"],
      tail: [", and my mum's {v}", ', her name is {v}'],
    },
    phone: {
      lead: ['My number is {v}', 'Phone is {v}', 'Mobile: {v}', "It's {v}"],
      tail: [', and my number is {v}', ', phone {v}', ', mobile {v}'],
    },
    phoneTail: {
      lead: ['My phone number ends in {v}', 'Phone ends {v}', 'Last four of my mobile are {v}'],
      tail: [', and my phone ends in {v}', ', phone ending {v}'],
    },
    cardLastFour: {
      lead: ['The card ends in {v}', 'Last four are {v}', "It's the one ending {v}"],
      tail: [', and the card ends in {v}', ', card ending {v}', ', and my card ends {v}'],
    },
    dateOfBirth: {
      lead: ['I was born on {v}', 'Date of birth is {v}', 'Born {v}'],
      tail: [', born {v}', ', date of birth {v}'],
    },
    age: { lead: ["I'm {v}", "I'm {v} years old", '{v}'], tail: [", I'm {v}"] },
    hint: { lead: ['{v}'], tail: ['; {v}'] },
  },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date of birth as people write it: "1993年2月18日", "18 February 1993". */
export function spokenDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}
