import { isNoteForm, type Sentence } from './text.ts';

/** Identity data the customer can be asked to give (the persona's or the scenario's). */
export type AskedField =
  | 'fullName'
  | 'holderName'
  | 'phone'
  | 'phoneLastFour'
  | 'cardLastFour'
  | 'dateOfBirth'
  | 'age'
  | 'idNumber'
  | 'email'
  | 'branch'
  | 'recentTransaction'
  | 'accountHints';

/** Secrets no one should ask for; a customer told so refuses. */
export type Secret = 'code' | 'pin' | 'password' | 'cvv' | 'cardNumber';

export interface IdentityReading {
  /** Fields the agent asks the customer to give, in the order asked. */
  fields: AskedField[];
  /** A secret the agent asks the customer to tell them (unsafe). */
  secretAsked?: Secret;
  /** The agent warned never to tell a secret to anyone (or told the customer to enter it themselves). */
  secretWarned: boolean;
  /** The agent says they need to verify identity without naming what (the customer offers). */
  verifyIntent: boolean;
}

const FIELD_WORDS: [AskedField, RegExp][] = [
  [
    'holderName',
    /\b(?:her (?:full )?name|(?:your )?(?:mother|mum|mom)'?s? (?:full )?name|(?:account|card) ?holder'?s? (?:full )?name|name of the (?:account|card) ?holder)\b|(?:她|您母亲|你母亲|您妈妈|你妈|老人家?|持卡人|持有人|账户持有人|户主|账户本人)的?(?:姓名|全名|名字)|(?:您母亲|你妈|老人家?|持有人|持卡人|户主)叫什么/u,
  ],
  [
    'fullName',
    /\b(?:full name|your name|name on the (?:card|account)|(?:first|last|sur|family) ?name|who (?:am i|i am) (?:speaking|talking|chatting) (?:to|with)|what (?:should|shall|can) i call you)\b|姓名|全名|名字|户名|贵姓|怎么称呼|称呼您|您叫什么|你叫什么/u,
  ],
  [
    'phone',
    /\b(?:(?:phone|mobile|cell|contact|registered) (?:number|no)|number (?:registered|on (?:the|your) account|we have on file))\b|手机号|电话号码|联系电话|预留(?:的)?(?:手机|电话|号码)|手机尾号|电话是多少|手机是多少/u,
  ],
  [
    'idNumber',
    /\b(?:id (?:card )?number|identity (?:card|document) number|passport number|national id|resident id)\b|身份证号|身份证号码|身份证后|证件号|护照号/u,
  ],
  [
    'cardLastFour',
    /\b(?:last (?:four|4)(?: digits)?|card ending|card ends|ends? (?:in|with) what|card number|number on (?:the|your) card|long number)\b|后四位|后4位|尾号|末四位|卡号/u,
  ],
  [
    'dateOfBirth',
    // A bare "born" / "出生" names a birth, not a request for one: "孩子一出生就开始存" asks for nothing.
    /\b(?:date of birth|birth ?date|birthday|dob|when (?:were|was) (?:you|she|he) born|(?:what|which) year (?:were|was) (?:you|she|he) born|year (?:you were )?born|born (?:on|in) (?:what|which))\b|出生日期|出生年月|生日|哪年出生|(?<![一刚才])出生(?![就后时起以的证了])|哪(?:年|天)(?:哪月)?(?:哪天)?生的|几月几号生|什么时候生的/u,
  ],
  ['age', /\bhow old\b|\byour age\b|多大年纪|多大了|几岁|年龄|多少岁|高寿|贵庚/u],
  ['email', /\be-?mail(?: address)?\b|邮箱|电子邮件/u],
  [
    'branch',
    /\b(?:which branch|what branch|home branch|branch (?:where|you opened)|opened (?:the|your) account)\b|开户行|开户网点|哪个网点|哪个支行|在哪开的户|开户地/u,
  ],
  [
    'recentTransaction',
    /\b(?:(?:most )?recent|last|latest) (?:transaction|payment|deposit|transfer)\b|\bsecurity question\b|最近一笔|上一笔|最近的交易|最近一次(?:交易|转账|消费)|密保/u,
  ],
];

/**
 * Words of another thing's or person's name or number, so "merchant's name", "order number" or "ask her
 * for her name and card number" (让她给您她的名字和卡号) is not the customer's identity.
 */
const NOT_THE_CUSTOMERS =
  /\b(?:payee|merchant|shop|store|seller|recipient|beneficiary|landlord|company|app|product|order|tracking|reference|case|ticket|website|site)\b|\b(?:ask|get) (?:her|him|them) (?:for|to)\b|收款|商户|商家|卖家|店|对方|房东|公司|产品|订单|物流|快递|单号|工单|网站|产品名|让(?:她|他)|(?<!其)(?:她|他)(?:们)?的(?:姓名|名字|卡号|银行卡)/u;
/** Data the customer is told to get from someone else ("让她给您她的名字", "ask her for her number"): asked of nobody here. */
const FROM_SOMEONE_ELSE =
  /\b(?:ask|get|have) (?:her|him|them|your (?:mum|mom|mother|father|dad|family|brother|sister|wife|husband))\b|(?:让|叫)(?:她|他|您(?:的)?(?:妈妈|母亲|家人|爸爸|父亲))|(?<!问)请(?:她|他)(?!的)|(?:找|跟|问)(?:她|他)要/u;
/** The same, for card digits: "the card bound in the app" is still the customer's own card. */
const NOT_THE_CUSTOMERS_CARD = new RegExp(NOT_THE_CUSTOMERS.source.replace('|app|', '|'), 'u');

const SECRET_WORDS: [Secret, RegExp][] = [
  [
    'code',
    /\b(?:verification|one[- ]time|sms|security|auth(?:entication)?|confirmation|6[- ]digit|six[- ]digit) (?:code|passcode|password)\b|\b(?:the|that|this|a|your)(?: new| latest| second| other| next)? code\b|\botp\b|验证码|动态码|校验码|短信码|动态密码/u,
  ],
  [
    'cardNumber',
    /\b(?:full|whole|entire|complete|16-digit|long) (?:card )?number\b|\bfull number of (?:your|the) card\b|完整(?:的)?卡号|卡号全部|整个卡号|16位卡号|全部卡号/u,
  ],
  [
    'cvv',
    /\b(?:cvv|cvc|cvv2|security number|security code on the back|(?:3|three)[- ]digit (?:security )?(?:number|code))\b|安全码|卡背面.{0,6}(?:三位|3位)|cvv/u,
  ],
  ['pin', /\bpin\b|交易密码|取款密码|支付密码|卡密码/u],
  ['password', /\bpassword\b|登录密码|密码/u],
];

/** "Tell me", "read it out", "what is", "是多少": asks for the value to be said to the agent. */
const TELL_ME =
  /\b(?:paste|post|drop|put|type|send|share|give)\b.{0,25}\b(?:here|in (?:the|this) chat|to me|with me|over to me)\b|发到这里|发到聊天|贴到|贴在|发在这|打在这|直接发过来|发过来|\b(?:tell|give|read|send|share|say|provide|forward|text)\b.{0,30}\b(?:me|us|over|out|here|to me)\b|\bread (?:it|them|that) (?:out|back)\b|\bwhat(?:'s| is| was| were)\b|\bcan i (?:have|get)\b|\bi need (?:the|your|that)\b|\bconfirm (?:the|your|that)\b|\blet me know\b|(?:告诉|报给|念给|发给|说给|提供给|读给)(?:我|我们|客服)|是多少|是什么|报一下|念一下|说一下|发一下|读一下|提供一下|提供|告诉我|发我|多少/u;
/** Enter it yourself, in the app: not asking for the secret. */
const ENTER_IT = /\b(?:enter|type|input|key in|fill in)\b|输入|填写|填到|自己填|在app里|app里/u;
/** A detail the customer is told to enter somewhere ("输入手机号和密码登录", "enter your phone number"). */
const ENTERED =
  /(?:输入|填写|填入|填上)(?:您的|你的|一下)?(?:手机号|电话号码|号码|姓名|名字|身份证)|\b(?:enter|type|input|key in|fill in) (?:in )?(?:your |the )?(?:phone|mobile|name|id)\b/iu;
/** Where the customer enters it themselves: in the app, on a page, to log in — not here in the chat. */
const IN_APP = /\b(?:app|log ?in|sign ?in|screen|page)\b|app|应用|登录|登陆|页面|界面|屏幕/iu;
/** "Never tell anyone, including me": a warning about the secret named in a sentence nearby. */
const ANYONE =
  /\b(?:anyone|anybody|no one|nobody|including me|not even (?:me|us|the bank))\b|任何人|包括(?:我|客服|银行)|谁都|任何/u;
/** Says a verification is coming ("I need to verify your identity first"), not that it is done. */
const VERIFY_INTENT =
  /\b(?:need|have|like|let me|i'?ll|first|going|want) (?:to )?(?:quickly )?(?:verify|confirm|check) (?:your )?(?:identity|who you are|a few details|some details)|\b(?:some|a few|quick) (?:security|verification) (?:checks?|questions?)\b|(?:需要|要|先|帮您|我来|麻烦|请|得)(?:快速)?(?:核实|验证|核验|确认)(?:一下)?(?:您的)?身份/u;
/** Asks for the value itself (what is it, tell me, confirm it), not whether something about it is true. */
const VALUE_FRAME =
  /\b(?:what|which|tell|give|confirm|provide|share|spell|verify|type|need|let me know|may i (?:have|get|take)|(?:can|could) i (?:have|get|take)|read out|how old|when (?:were|was))\b|\b(?:know|remember)\b|多少|哪|什么|几|报|提供|告诉|说一下|说下|确认|核对|核实|发一下|填一下|请问您的|麻烦您的|知道|记得|说得上/u;
const isShort = (s: Sentence) =>
  s.tokens.length <= 6 && s.norm.replace(/[^\u3400-\u9fff]/gu, '').length <= 12;

/** Bare field names, enough in a note-form request ("Name, phone, card digits."). */
const BARE = /\b(?:name|phone|mobile|dob|birthday)\b|姓名|名字|手机|电话|生日/u;
/** The phone as a device or the call itself ("换手机了", "电话里办不了", "on your new phone"), not its number. */
const DEVICE =
  /(?:换|新|旧|这个|那个|部|台)(?:了)?(?:个)?手机|手机(?:上|里|银行|系统|设置|权限)|电话(?:里|上|中)|来电|打(?:个|您|你)?电话|\b(?:new|old|the|your|my) phone\b(?! number)/u;
const isList = (s: Sentence) =>
  isNoteForm(s) && (BARE.test(s.norm) || FIELD_WORDS.some(([, re]) => re.test(s.norm)));

/** A yes/no check that a detail is still the same is a question about the situation, not a request to say it. */
const STILL_SAME =
  /\b(?:still|same|changed|the one you registered|up to date)\b|换过|变过|还是|变更|一样|有没有换|改过/u;

const CARD_WORDS =
  /卡号|尾号|后四位|后4位|末四位|\blast (?:four|4)\b|\bcard (?:ending|ends|number)\b|\bends? (?:in|with)\b/gu;

/** Talking about changing the number ("改手机号", "change her number") is not asking for it. */
const CHANGE_PHONE =
  /(?:改|换|绑|变更|更换|修改)(?:不了|不成)?(?:成|为)?(?:的|个)?(?:预留)?(?:手机号|号码|电话)|\b(?:change|switch|update)\b.{0,12}\bnumber\b/u;

/** The last digits of the phone number, not the whole of it. */
const PHONE_TAIL =
  /手机(?:号|号码)?(?:的)?(?:后四位|后4位|尾号)|手机尾号|\blast (?:four|4)(?: digits)? of (?:your |the )?(?:phone|mobile)|\b(?:phone|mobile)(?: number)?'?s? last (?:four|4)/u;

/** A card-digit mention that is about the card, not the last four of an ID or a phone number. */
function asksCard(text: string): boolean {
  for (const m of text.matchAll(CARD_WORDS)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/身份证|证件|护照|手机|电话/u.test(before) && !/卡号/u.test(m[0])) continue;
    if (/^(?: digits)? (?:of|on) (?:your |the |her )?(?:id|passport|phone|mobile|national)\b/u.test(after))
      continue;
    if (/\b(?:id|passport|phone|mobile)(?: number)?'?s?\s*$/u.test(before)) continue;
    return true;
  }
  return false;
}

/** "What did you type into the page?", "log in with your number": about the fields, not a request to say them here. */
const ABOUT_ENTRY =
  /\b(?:(?:did|have) you (?:type|enter|fill in|put in|key in|submit)|typed|entered|filled(?: in| out)?|put in|keyed in|submitted|gave (?:the|that|them)|log(?:ged)? ?in with|sign(?:ed)? ?in with|logging in with|use your)\b|(?:填|输)(?:到|进|入)[^。！？]{0,12}(?:了吗|了没|没有)|填了|输了|输入了|填写了|填过|输过|提交了|(?:用|拿)(?:您的|你的)?(?:手机号|号码|密码).{0,10}登录|登录时|登陆时/u;
/** "You don't need to tell me your number": no request. */
const NO_NEED =
  /\b(?:(?:don'?t|do not|won'?t) (?:need|have) to (?:tell|give|share|send|read)|no need to (?:tell|give|share|send|read)|not asking for|i'?m not asking)\b|(?:不用|不需要|无需|不必|别)(?:再)?(?:告诉|给|说|报|提供|发)|不是(?:要|问)您?(?:要)?/u;

/** Reads which identity data, secret or verification step an agent's turn asks for, by what each sentence does. */
export function readIdentity(sentences: readonly Sentence[]): IdentityReading {
  const out: IdentityReading = { fields: [], secretWarned: false, verifyIntent: false };
  const secretInTurn = sentences.some((s) => SECRET_WORDS.some(([, re]) => re.test(s.norm)));
  for (const s of sentences) {
    const text = s.norm;
    const secret = SECRET_WORDS.find(([, re]) => re.test(text))?.[0];
    // Asking what was entered somewhere, or saying it need not be told, asks for no value.
    const aboutEntry =
      ABOUT_ENTRY.test(text) &&
      (/\b(?:what|which|whether)\b|哪些|什么|哪几|有没有/u.test(text) || !TELL_ME.test(text));
    if (NO_NEED.test(text) || aboutEntry) {
      if (secret && (s.prohibits || NO_NEED.test(text))) out.secretWarned = true;
      continue;
    }
    if (secret) {
      if (s.prohibits || (ENTER_IT.test(text) && !TELL_ME.test(text))) out.secretWarned = true;
      else if (TELL_ME.test(text)) out.secretAsked ??= secret;
    } else if (secretInTurn && s.prohibits && ANYONE.test(text)) out.secretWarned = true;
    // "Open the app and enter your phone number and password": entered there, not told here.
    if (ENTERED.test(text) && IN_APP.test(text)) continue;
    if (VERIFY_INTENT.test(text)) out.verifyIntent = true;
    // "Name, date of birth, last four digits of the card." asks as plainly as a question.
    const list = s.act === 'statement' && isList(s);
    if (s.act === 'statement' && !list) continue;
    if (s.act === 'question' && !VALUE_FRAME.test(text) && !isShort(s)) continue;
    const phoneTail = PHONE_TAIL.test(text);
    for (const [field, re] of FIELD_WORDS) {
      const bare =
        list &&
        ((field === 'fullName' && /\bname\b|姓名|名字/u.test(text)) ||
          (field === 'phone' && /\b(?:phone|mobile)\b|手机|电话/u.test(text) && !DEVICE.test(text)));
      if (!re.test(text) && !bare) continue;
      if (
        FROM_SOMEONE_ELSE.test(text) &&
        !/\byour (?:own )?(?:full )?name\b|您(?:自己)?的(?:姓名|名字)/u.test(text)
      )
        continue;
      if (field === 'fullName' && out.fields.includes('holderName')) continue;
      if (
        (field === 'fullName' || field === 'cardLastFour') &&
        (field === 'cardLastFour' ? NOT_THE_CUSTOMERS_CARD : NOT_THE_CUSTOMERS).test(text) &&
        !/\byour (?:full )?name\b|您的(?:姓名|名字)/u.test(text)
      )
        continue;
      if (field === 'cardLastFour' && !asksCard(text)) continue;
      if (field === 'phone' && STILL_SAME.test(text) && !TELL_ME.test(text)) continue;
      if (field === 'phone' && CHANGE_PHONE.test(text)) continue;
      if (field === 'phone' && secret === 'code' && !/number|号码|手机号/u.test(text)) continue;
      const f: AskedField = field === 'phone' && phoneTail ? 'phoneLastFour' : field;
      if (!out.fields.includes(f)) out.fields.push(f);
    }
    // "The last four digits of your phone" names no phone number, but asks for its digits all the same.
    if (phoneTail && !out.fields.includes('phoneLastFour') && !CHANGE_PHONE.test(text))
      out.fields.push('phoneLastFour');
  }
  if (out.fields.some((f) => f !== 'age')) out.verifyIntent = false;
  return out;
}
