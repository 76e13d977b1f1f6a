import { sentencesOf } from './clauses.ts';

/**
 * Blame said as hindsight, the indirect form a reviewer still calls blame: what the customer should
 * have done, or how things would have gone if they had ("if you'd got a power of attorney done, you
 * wouldn't be stuck now", "要是早点挂失，这四千九可能就扣不走了", "that would have saved all this").
 * Sympathy is not ("you shouldn't have had to argue with them"), nor what the customer was owed
 * ("you should have heard from us by now").
 */
const HINDSIGHT_EN =
  /\b(?:if only you(?:'d| had)\b|you ought to(?:'ve| have)\b)|\bif you(?:'d| had)\b(?! (?:like|prefer|rather|want|wish|care))[^.!?]{0,80}\b(?:wouldn'?t|would not|would(?:'ve| have)|you'd(?:'ve| have)|could(?:'ve| have)|none of this)\b|\byou should(?:'ve| have)(?! (?:had to|heard|received|got|gotten|been (?:told|given|sent|contacted|notified)))\b|\byou shouldn'?t have(?! had to)\b|\b(?:that|this|it) would(?:'ve| have) saved (?:you )?(?:all )?(?:this|the|a lot)|\byou (?:did )?(?:rather |kind of |sort of |really )?ma(?:de|ke) it easy for\b|\bnext time,? (?:it'?s worth|make sure|try to|remember to|be sure to|please)\b/iu;
const HINDSIGHT_ZH =
  /(?:您|你|你们)(?:这)?(?:当时|那时|之前|一开始)?(?:就)?(?:本该|早该|该(?:马上|早点|先|及时)|应该(?:马上|早点|先|及时|当时))|(?:您|你|你们)?不该(?:马上|再|直接|随便)|(?:要是|如果|当时要是|当初要是)[^，。！？]{0,16}(?:早点|早些|早几年|早几个月|当时|当初|及时|提前|早就|一出生|一开始就|刚开始就)[^。！？]{0,24}(?:[就也](?:不会|不至于|不用)|就扣不走|也就没|就没(?:这么|那么)?)|(?:要是|如果)(?:您|你)[^，。！？]{0,12}了[^。！？]{0,30}(?:也不至于|早就|就不会(?:这么|那么|拖))/u;

/**
 * The customer's own doing named as the cause, or the fault pushed back on them: "you're the one
 * who told the questionnaire…", "you've left this rather late", "the silence isn't entirely on our
 * side", "please answer it this time", "这个真怪不了我们", "您起步确实晚了点".
 */
const OWN_FAULT_EN =
  /\byou(?:'re| are) the one who\b|\byou put yourself\b|\byou(?:'ve| have) left (?:this|it) (?:rather |a bit |far |very )?(?:too )?late\b|\b(?:isn'?t|is not|wasn'?t|not) (?:entirely |all |completely |really )?(?:on us|on our (?:side|end)|our fault)\b|\b(?:that'?s|that is) (?:really |exactly |just )?what caused (?:it|this)\b[^.!?]{0,40}\byou\b|\byou should (?:really )?(?:read|pay (?:more )?attention to|be more careful|know better)\b|\b(?:answer|pick up|read)\b[^.!?]{0,20}\bthis time\b|\b(?:it'?s|that'?s|this is) (?:really |entirely |all )?(?:on you|your (?:own )?responsibility)\b|\b(?:it is|it was) your responsibility\b|\bwhich you (?:never|didn'?t|did not|haven'?t|have not) (?:reply|replied|respond|responded|answer|answered|read|open|opened|act|acted|check|checked|see|saw)\b|\bsame (?:was|has been|had been) (?:already |duly |clearly )?(?:informed|intimated|communicated|notified|mentioned) to you\b|\b(?:you|u) (?:should of|shud(?:'?ve| have| of)?|shoulda|shouldve)\b|\bhad you\b[^.!?]{0,60}\b(?:would(?:'ve| have)|wouldn'?t|could(?:'ve| have)|none of this)\b|\byou gave (?:it|them|the \w+|your \w+|that) away\b|\bbrought (?:this|it) on yourself\b|\b(?:the )?(?:mistake|error|fault) (?:is|was|lies) (?:from|on|with) your (?:side|end|part)\b|\bcan'?t (?:guess|know|read minds)\b[^.!?]{0,40}\bif you (?:don'?t|do not|didn'?t|never)\b|\bnot like (?:it was|it's|it is|we) (?:hidden|hid|secret)\b/iu;
const OWN_FAULT_ZH =
  /怪不(?:了|得)我们|不能怪我们|不是我们(?:这边)?的(?:问题|责任|错)|(?:这|那)(?:就)?(?:是|都是)(?:您|你)自己|(?:您|你)(?:起步|开始|动手|反应)(?:得)?(?:确实|实在|有点|太)?(?:晚|慢)了/u;

/**
 * Blame by implication: the customer was told already ("as the email said, you needed to…"), the
 * warning "was pretty clear", everyone else manages, it is simple "if you follow" the steps.
 * Pointing to a message for information ("as the email said, the refund takes three days") is not.
 */
const IMPLIED_EN =
  /\bas (?:the|our|my|we|i|your)\b[^.!?]{0,30}\b(?:said|says|stated|states|mentioned|explained|told you|warned|advised|informed you|made clear)\b[^.!?]{0,20}\byou (?:needed|need|had|have|were (?:supposed|meant|asked|required|told)|should|must|ought)\b|\b(?:the |our |that |this )?(?:warning|message|text|email|alert|instructions?|screen|sms|notification|prompt)s? (?:was|were) (?:pretty |quite |very |really |perfectly |fairly |crystal )?(?:clear|explicit|obvious|plain)\b(?! (?:that|on|about|from|enough to))|\b(?:everyone|everybody|most people|most customers|other customers|other people|plenty of people|loads of people)(?: else)?(?: seems? to| seem to)? (?:manage|manages|cope|copes|get on|figure|figures|work it out|have no (?:trouble|problem|issue)|don'?t have (?:any )?(?:trouble|problems?|issues?))\b|\b(?:quite |really |pretty |very |perfectly )?(?:simple|easy|straightforward) (?:really |enough )?(?:if|when|as long as|once) you (?:just )?(?:follow|read|pay attention|do it|listen)\b/iu;

/** The sentence of an agent reply that blames the customer in hindsight, if any. */
export function hindsightBlame(text: string): string | undefined {
  return sentencesOf(text).find((s) =>
    [HINDSIGHT_EN, HINDSIGHT_ZH, OWN_FAULT_EN, OWN_FAULT_ZH, IMPLIED_EN].some((re) => re.test(s.text)),
  )?.text;
}
