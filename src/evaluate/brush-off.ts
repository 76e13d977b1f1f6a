import { sentencesOf } from './clauses.ts';

/**
 * A feeling brushed aside, the dismissal a reviewer hears in any wording: the customer told the
 * feeling is out of place ("there's nothing to get annoyed about", "don't make a thing of it",
 * "calm down", "you don't need to be so nervous", "想太多了"), or that everyone goes through it so it
 * does not count ("谁家都一样，想开点就好").
 * Reassurance about the outcome ("don't worry, the money is safe") is not a brush-off.
 */
const BRUSH_OFF_EN =
  /\b(?:there'?s |it'?s )?(?:really |honestly )?nothing to (?:get |be )?(?:so )?(?:annoyed|upset|angry|worked up|stressed|emotional|panicky|embarrassed) (?:about|over)\b|\bdon'?t make (?:a thing|a (?:big )?deal|a fuss|a drama) (?:of|out of|about) (?:it|this)\b|\b(?:just )?calm down\b|\bno need to (?:get )?(?:so )?(?:upset|worked up|emotional|dramatic)\b|\b(?:it'?s|this is) not (?:a )?(?:big deal|the end of the world)\b|\byou'?re overreacting\b|\bget over it\b|\b(?:you )?(?:really )?(?:don'?t|do not) need to be (?:so |that |this )?(?:nervous|worried|anxious|scared|afraid|upset|emotional|paranoid|stressed)\b|\bno need to be (?:so |that )?(?:nervous|worried|anxious|scared|afraid|paranoid|stressed)\b|\byou'?re (?:worrying|overthinking|panicking)(?: (?:about )?(?:it|this))? (?:too much|for nothing|over nothing)\b|\b(?:those|these|such) stories are (?:always |usually |just )?(?:exaggerated|overblown|nonsense)\b|\b(?:it'?s|that'?s|this is) (?:only|just) (?:a few |a couple of |\w+ )?(?:quid|bucks|pounds|dollars|rupees|ringgit|yuan|rmb)\b|\bnothing to (?:argue|fuss|complain|quibble) (?:about|over)\b|\b(?:this|that|it)(?:'s| is) (?:pretty |really |quite |very )?basic(?: stuff)?(?: really)?[.!]|\bno point (?:in )?(?:getting|being) (?:so )?(?:angry|upset|annoyed|worked up|cross|mad|stressed|emotional)\b|\b(?:no|not a|a) biggie\b|\b(?:i )?(?:don'?t|do not) (?:see|know|get|understand) why you(?:'re| are) (?:so |getting |this |that )?(?:upset|angry|worked up|annoyed|worried|stressed|bothered|fussed|panicking)\b|\bgetting (?:so )?(?:worked up|angry|upset|annoyed|cross|stressed|emotional|agitated) (?:won'?t|will not|doesn'?t|does not|isn'?t going to|is not going to) (?:help|change|make|fix|speed)\b|\b(?:worry|worrying|panic|panicking|stress|stressing|fret|fretting) (?:so much )?(?:unnecessarily|for nothing|over nothing)\b|\bno need to (?:worry|stress|panic|fret) (?:so much|that much|like this)\b|\bsmall (?:matter|thing|problem) (?:only|lah|la)\b|\bnot the first\b[^.!?]{0,20}\bwon'?t be the last\b|\bworse things (?:have )?happen|\b(?:just be patient|(?:you(?:'ll)? )?just (?:have|need) to (?:wait|be patient))\b|\btry not to (?:be|get) (?:so |this |that )?(?:dramatic|emotional|hysterical|worked up|upset)\b|\bnot like (?:the|your) (?:money|funds?|card|account)(?:'s| has| is| was)? (?:\w+ )?(?:disappeared|gone|vanished|lost)\b|\b(?:calls?|complaints?|cases?|people|chats?) like (?:this|yours) all (?:day|the time)\b|\bkeep (?:the )?emotions? out of (?:it|this)\b|\bdon'?t take it (?:so |too )?personally\b|\bstick to the facts\b/iu;
const BRUSH_OFF_ZH =
  /(?:这|这个)?(?:有|没)?什么(?:好|大不了)(?:的|生气的|着急的|难过的)|没什么(?:的(?!话)|大不了)|谁家都一样|大家都(?:这样|一样)[^。！？]{0,8}(?:想开|别)|想开点就好|至于(?:吗|嘛)|别大惊小怪|(?:您|你)(?:太)?激动了|(?:您|你)?想(?:得)?太多了|别想太多|(?:没必要|用不着|犯不着|不至于)(?:这么|那么)(?:紧张|担心|害怕|焦虑|激动)|(?:您|你)太(?:敏感|紧张)了|冷静(?:一下|点)(?:吧)?[，。！]|别(?:这么|那么)?情绪化|我们每天(?:都)?(?:接|处理|碰到)(?:到)?(?:很多|好多|一堆|几十个|上百个)(?:这种|这样的)/u;

/**
 * More everyday Chinese brush-offs: the feeling called needless ("真没必要这么慌", "犯不着为这点事上火"), the
 * concern not worth taking seriously ("不用太当回事", "没什么好计较的", "那个收益您就别惦记了"), the question
 * called basic ("这个其实挺基础的"), the trouble asked away ("这有什么麻烦的，"), or the case one of many the agent handles every day ("这类咨询我们每天
 * 都接到很多"). "没什么好担心的，钱在路上" reassures about the outcome and is left out.
 */
const FEELING = '(?:慌|着急|急|紧张|担心|害怕|焦虑|激动|生气|上火|发火|较真|纠结|在意|难过|委屈)';
const BRUSH_OFF_ZH_EVERYDAY = new RegExp(
  [
    `(?:没必要|用不着|犯不着|不至于|不值得)(?:这么|那么|为这点(?:小)?事|为这个)(?:${FEELING})`,
    '(?:不用|不必|别|用不着)(?:太|那么|这么)?(?:当回事|当一回事|放大)',
    '(?:没|有)(?:什么|啥)(?:好|可)(?:争|吵|计较|纠结|在意|抱怨|闹|哭|委屈|不满|较真)的',
    '就别(?:惦记|想|琢磨|纠结|计较|折腾|较真)了',
    '(?:这|这个|这种|您这个|你这个)(?:问题)?(?:其实|真的)?(?:挺|很|太|比较|特别)基础(?:的|了)',
    '每天都?(?:会)?(?:接|处理|碰到|遇到|收到)(?:到)?(?:很多|好多|一大?堆|几十|上百|成百上千|无数)',
    '(?:这|那|这个|这事)有(?:什么|啥)(?:好)?(?:麻烦|难|复杂|费劲|折腾|着急|急|气|委屈)的[，。！!,\\s]|(?:这|那|这个|这事)有(?:什么|啥)(?:好)?(?:麻烦|难|复杂|费劲|折腾|着急|急|气|委屈)的$',
  ].join('|'),
  'u',
);

/** The sentence of an agent reply that brushes the customer's feeling aside, if any. */
export function brushOff(text: string): string | undefined {
  return sentencesOf(text).find(
    (s) => BRUSH_OFF_EN.test(s.text) || BRUSH_OFF_ZH.test(s.text) || BRUSH_OFF_ZH_EVERYDAY.test(s.text),
  )?.text;
}
