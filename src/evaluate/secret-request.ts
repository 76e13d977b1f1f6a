import { type Clause, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { normalize } from './text-match.ts';

/**
 * Requests for a secret read on meaning: the agent asks the customer to hand a code, PIN or
 * password over to them, however it is put ("just pop the number in here", "收到后直接把数字发给我");
 * asking what the customer already typed into a scam page is not asking for it.
 */

// A one-time code, a PIN or a password (the "number" of a code mentioned in the same sentence counts).
const SECRET =
  /\b(?:(?:verification|confirmation|security|one[- ]time|sms|text|reset|activation|auth(?:entication)?) code|codes?|otp|passcodes?|pins?|passwords?|cvv2?|cvc)\b|验证码|校验码|动态码|动态口令|短信码|口令|密码|安全码|cvv/iu;
// Handing it over to the agent: said, typed or sent into the chat, to me or to us.
const HAND_OVER =
  /\b(?:(?:read|say|tell|give|send|text|pass|type|pop|put|paste|enter|share|forward|drop|repeat)\b[^.;!?]{0,30}?\b(?:to me|to us|over to me|back to me|(?:in|into) (?:here|the chat|this chat|the chat box|this window|the box below)|here(?! (?:in|on) (?:the|your) (?:app|phone|screen))|over (?:the|this) (?:phone|chat|line))|tell me|give me|send me|read (?:it|them|the \w+) (?:out|back)|let me (?:have|know) (?:the|that|it|what)|so i can (?:enter|type|input|key|put) it)\b|(?:发|告诉|报|念|读|说|输|填)(?:一下)?(?:给)?(?:我|我们|客服|过来|到(?:这里|这边|对话框|聊天|窗口))|(?:我|我们|这边)(?:来)?(?:帮您|替您|给您)?(?:输|填|录入)(?:进去|一下)/iu;
// What the hand-over clause passes on: the secret itself, or what stands for it ("pop the number in here", "把数字发给我").
const REFERENT =
  /\b(?:it|them|the (?:number|numbers|digits)|those (?:numbers|digits)|that number)\b|数字|号码|这个|那串|它/iu;
// "If you get a code, tell us" is a warning to report, not a request.
const CONDITION = /\b(?:if|whether|in case)\b|如果|万一|是否/iu;
// The customer keeps it or types it themselves: the safe instruction.
const SELF =
  /\byourself\b|\b(?:in|into|on) (?:the|your) (?:app|phone|screen|banking)\b|\bkeep (?:it|them|the \w+) to yourself\b|\bno one\b|\banyone\b|\bnobody\b|自己(?:输|填|操作|在)|本人(?:输|填|操作)|任何人|在(?:手机)?(?:app|客户端|手机银行)(?:里|上|中)/iu;

// Keying it in: the customer types it themselves somewhere; with no one named to pass it to, that
// somewhere is the app or the screen, not the chat.
const ENTER =
  /\b(?:enter|type|input|key(?:ing)? in|fill(?:ing)? in|put in)\b|输入|填(?:写|入)?|录入|输一下/iu;
// The reply says where (the official app, the phone's screen) or warns to keep it secret.
const SAFE_PLACE_OR_WARNING =
  /\b(?:the|your|our) (?:app|banking app|mobile banking|screen|phone)\b|\bto yourself\b|\b(?:never|don'?t|do not) (?:share|give|tell|send|read)\b|\bno one\b|\bnobody\b|\banyone\b|app|客户端|手机银行|屏幕|任何人|别告诉|不要告诉|不要(?:透露|泄露|提供给)|别(?:透露|泄露|给别人)/iu;

/**
 * Whether a sentence naming a secret tells the customer to key it in themselves ("enter your login
 * password, then the SMS code", "在App里输入登录密码") in a reply that says where or warns to keep it:
 * a self-entry instruction, not a request for it.
 */
export function selfEntry(sentence: string, reply: string): boolean {
  // "Read me the code, and don't share it with anyone else" still hands it over.
  const handedOver = clausesOf(sentence).some(
    (c) => HAND_OVER.test(c.text) && !CONDITION.test(c.text) && !negatedOutside(normalize(c.text)),
  );
  if (handedOver) return false;
  return SELF.test(sentence) || (ENTER.test(sentence) && SAFE_PLACE_OR_WARNING.test(reply));
}

/** A question about what the customer already did or was made to do ("did it ask you for your PIN?", "有没有让您输密码"). */
const ABOUT_THE_PAST =
  /\b(?:did|have|had|were|was)\b[^.?]{0,20}\b(?:you|it|they|the (?:site|page|form|link|website|message|caller))\b[^.?]{0,30}\b(?:enter|type|give|put|fill|ask|share|tell|send|provide|input)\w*|有没有(?:让|叫|要|要求)?(?:您|你)?(?:输|填|提供|告诉|给|发)|是否(?:输|填|提供|告诉|给|发)|(?:您|你)?(?:是不是|是否|有没有)(?:也)?(?:把)?[^，。？]{0,8}(?:输|填|给|发|告诉)(?:了|过)|(?:输|填|给|发|告诉)(?:了|过)[^，。？]{0,8}(?:吗|没有)|(?:让|叫|要)(?:您|你)(?:输|填|提供)/iu;

/** Whether a sentence flagged as asking for a secret only asks what already happened (no hand-over to the agent). */
export function asksAboutThePast(sentence: string): boolean {
  return ABOUT_THE_PAST.test(sentence) && !HAND_OVER.test(sentence);
}

// Handing over said as not needed or never done: "密码和验证码都不用给我", "你不用把验证码发给我", "我们不会问您要密码",
// "you don't need to give me your PIN". The negation governs the hand-over itself, not a clause beside it.
const NEG_ZH =
  '(?:不用|不需要|无需|不必|用不着|没必要|不要|别|千万别|请勿|切勿|不会|绝不会|永远不会|从来不会|从不|不能)';
const SECRET_ZH = '(?:验证码|校验码|动态码|动态口令|短信码|口令|密码|安全码|cvv|这些|这个|它)';
const DECLINED = new RegExp(
  `${NEG_ZH}(?:再|都|也|随便)?(?:(?:把|将)?(?:您|你)?(?:的|收到的)?${SECRET_ZH})?(?:跟|向|对|问)?(?:我|我们|客服|您|你|任何人|别人)?(?:发|给|告诉|报|提供|说|透露|念|输|索要|要)|${NEG_ZH}(?:您|你)?的?${SECRET_ZH}|\\b(?:no need to|(?:you )?(?:don'?t|do not|won'?t|will not|never) (?:ever )?(?:need|have) to|(?:we|i)(?: will| would)? never|(?:we|i) (?:won'?t|will not|don'?t|do not)(?: ever)?|please (?:don'?t|do not|never)|never)\\b[^.;!?]{0,24}\\b(?:give|tell|send|share|read|say|ask|type|pass|hand|provide|need)\\b`,
  'iu',
);
const GIVE_TO_ME = /给(?:我|我们|客服)|\b(?:give|tell|send|read|pass|hand)\b[^.;!?]{0,20}\b(?:me|us)\b/iu;

/** Whether a sentence naming a secret only says it need not, or must never, be handed over. */
export function declinesSecret(sentence: string): boolean {
  if (!SECRET.test(sentence)) return false;
  const clauses = clausesOf(sentence);
  const handing = clauses.filter(
    (c) => HAND_OVER.test(c.text) || GIVE_TO_ME.test(c.text) || DECLINED.test(c.text),
  );
  return handing.length > 0 && handing.every((c) => DECLINED.test(c.text));
}

/** The clause of the reply that asks the customer to hand a secret over to the agent, if any. */
export function secretRequest(text: string): string | undefined {
  const clauses = clausesOf(text);
  for (const sentence of sentencesOf(text)) {
    if (!SECRET.test(sentence.text) || selfEntry(sentence.text, text)) continue;
    const inside = clauses.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
    const asking = inside.find(
      (c: Clause) =>
        HAND_OVER.test(c.text) &&
        (SECRET.test(c.text) || REFERENT.test(c.text)) &&
        !CONDITION.test(c.text) &&
        !negatedOutside(normalize(c.text)),
    );
    if (!asking) continue;
    if (asksAboutThePast(sentence.text)) continue;
    return asking.text;
  }
  return undefined;
}
