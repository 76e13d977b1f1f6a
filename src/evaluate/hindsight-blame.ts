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
  /\bare you sure (?:it|you|nobody|no one) (?:wasn'?t|weren'?t|didn'?t|haven'?t|hadn'?t) (?:\w+ ){0,2}?(?:dropped|knocked|damaged|run|ran|used|misused|opened|broken|banged|overfilled|forced|mishandled|dropped it|skip|skipped|follow|followed|read|forget|forgot|check|checked)\b|\b(?:she|he|your (?:mum|mother|dad|father|wife|husband)) (?:really |honestly )?should(?:'ve| have)(?! (?:had to|heard|received|got|gotten|been (?:told|given|sent|contacted|notified)))\b|\bthis is what happens when\b|\byou(?:'re| are) the one who\b|\byou put yourself\b|\byou(?:'ve| have) left (?:this|it) (?:rather |a bit |far |very )?(?:too )?late\b|\b(?:isn'?t|is not|wasn'?t|not) (?:entirely |all |completely |really )?(?:on us|on our (?:side|end)|our fault)\b|\b(?:that'?s|that is) (?:really |exactly |just )?what caused (?:it|this)\b[^.!?]{0,40}\byou\b|\byou should (?:really )?(?:read|pay (?:more )?attention to|be more careful|know better)\b|\b(?:answer|pick up|read)\b[^.!?]{0,20}\bthis time\b|\b(?:it'?s|that'?s|this is) (?:really |entirely |all )?(?:on you|your (?:own )?responsibility)\b|\b(?:it is|it was) your responsibility\b|\bwhich you (?:never|didn'?t|did not|haven'?t|have not) (?:reply|replied|respond|responded|answer|answered|read|open|opened|act|acted|check|checked|see|saw)\b|\bsame (?:was|has been|had been) (?:already |duly |clearly )?(?:informed|intimated|communicated|notified|mentioned) to you\b|\b(?:you|u) (?:should of|shud(?:'?ve| have| of)?|shoulda|shouldve)\b|\bhad you\b[^.!?]{0,60}\b(?:would(?:'ve| have)|wouldn'?t|could(?:'ve| have)|none of this)\b|\byou gave (?:it|them|the \w+|your \w+|that) away\b|\bbrought (?:this|it) on yourself\b|\b(?:the )?(?:mistake|error|fault) (?:is|was|lies) (?:from|on|with) your (?:side|end|part)\b|\bcan'?t (?:guess|know|read minds)\b[^.!?]{0,40}\bif you (?:don'?t|do not|didn'?t|never)\b|\bnot like (?:it was|it's|it is|we) (?:hidden|hid|secret)\b/iu;
const OWN_FAULT_ZH =
  /怪不(?:了|得)我们|不能怪我们|不是我们(?:这边)?的(?:问题|责任|错)|(?:这|那)(?:就)?(?:是|都是)(?:您|你)(?:[^，。！？不]{0,6})?自己|(?<!不是|并非|不怪|不能怪|不赖)(?:您|你)(?:当时|当初|转账时|操作时|填的时候)?自己没(?:核对|看清|看仔细|注意|确认|留意|检查|仔细|填对|弄清|问清)|(?:您|你)(?:起步|开始|动手|反应)(?:得)?(?:确实|实在|有点|太)?(?:晚|慢)了/u;

/**
 * The fault named outright, without the word "fault": the customer's carelessness or negligence as the
 * cause ("您这属于个人疏忽", "这个责任在您这边", "问题出在您这边", "您也太不小心了", "this happened due to your
 * negligence", "that's down to you not checking", "the problem is that you ignored our text").
 * Cleared of it ("不是因为您的疏忽", "责任不在您", "it's not down to you") is not.
 */
const FAULT_NAMED =
  /(?:您|你)(?:这|这个|这次|这种)?(?:情况)?(?:属于|算是)(?:个人|自身|自己的?)(?:疏忽|失误|原因|操作失误|责任)|(?<!不)责任(?:在|归|是)(?:您|你)(?:这边|那边|自己|方|个人)?|问题(?:就|主要|其实)?出在(?:您|你)(?:这边|那边|身上|自己|这儿)|(?:您|你)(?:也|可)?(?:太|真|实在|有点|太过|未免太)(?:不小心|粗心|大意|马虎|大意了)|(?<!不是|并非|并不是|不是因为|并不是因为)(?:因为|由于)(?:您|你)(?:自己)?(?:的)?(?:疏忽|粗心|大意|马虎|失误|操作失误|操作不当)|(?<!not |n'?t |isn'?t |wasn'?t )\b(?:down to|due to|because of|owing to) (?:you(?:r)? (?:not|never|failing|forgetting|ignoring|missing|clicking|entering|giving|sharing)\b|your (?:own )?(?:negligence|carelessness|mistake|error|oversight))|\byour (?:own )?(?:negligence|carelessness)\b|\bthe (?:problem|issue|trouble)(?: here)? (?:is|was) (?:that )?you (?:ignored|didn'?t|did not|never|forgot|failed|missed|clicked|entered|gave|shared)\b/iu;

/**
 * A misuse insinuated as a question ("您拆开后是不是没看说明书就直接空机试了？", "您是不是把杯子摔了？"), or
 * the customer's side named as what made the mess ("麻烦主要是你们家里意见不统一……才弄成这样").
 */
const INSINUATED_ZH =
  /(?:您|你)(?:当时|之前|拆开后|用的时候|操作的时候)?(?:是不是|是否|会不会|有没有可能)[^，。！？]{0,12}(?:没(?:看|按|仔细|注意|留意|读|照)|摔|磕|空转|空机|装了?(?:太)?烫|弄坏|操作不当|用错)/u;
const MADE_THE_MESS_ZH =
  /(?:你们|您|你|老人|家里)[^。！？]{0,30}(?:才|所以)(?:会)?(?:弄成|搞成|闹成|变成|落到)(?:这样|现在这样|这个地步|这个样子)/u;

/**
 * Blame by implication: the customer was told already ("as the email said, you needed to…"), the
 * warning "was pretty clear", everyone else manages, it is simple "if you follow" the steps.
 * Pointing to a message for information ("as the email said, the refund takes three days") is not.
 */
const IMPLIED_EN =
  /\bas (?:the|our|my|we|i|your)\b[^.!?]{0,30}\b(?:said|says|stated|states|mentioned|explained|told you|warned|advised|informed you|made clear)\b[^.!?]{0,20}\byou (?:needed|need|had|have|were (?:supposed|meant|asked|required|told)|should|must|ought)\b|\b(?:the |our |that |this )?(?:warning|message|text|email|alert|instructions?|screen|sms|notification|prompt)s? (?:was|were) (?:pretty |quite |very |really |perfectly |fairly |crystal )?(?:clear|explicit|obvious|plain)\b(?! (?:that|on|about|from|enough to))|\b(?:everyone|everybody|most people|most customers|other customers|other people|plenty of people|loads of people)(?: else)?(?: seems? to| seem to)? (?:manage|manages|cope|copes|get on|figure|figures|work it out|have no (?:trouble|problem|issue)|don'?t have (?:any )?(?:trouble|problems?|issues?))\b|\b(?:quite |really |pretty |very |perfectly )?(?:simple|easy|straightforward) (?:really |enough )?(?:if|when|as long as|once) you (?:just )?(?:follow|read|pay attention|do it|listen)\b/iu;

/**
 * A counterfactual in Chinese, however long the condition: "当时您要是顺手回个Y，……今天也就不用这么赶了",
 * "你要是出国前报备一下 现在就不会被冻". It is hindsight when the condition is in the past (当时, 当初, 早点,
 * 提前…) or the consequence is today's state (今天/现在 也就不会…); a condition about now or later
 * ("如果您现在挂失，就不会再被扣款") is advice.
 */
const IF_ZH =
  /(?:要是|如果|假如|若是|倘若|早知道)([^。！？]{0,44}?)(?:(今天|现在|如今|眼下|这会儿|这次|这回)(?:也)?(?:就)?|(也就)|就|也)(?:不会|不用|不至于|不必|用不着|没(?:有)?(?:这么|那么|这些|这个|这种|这事))/u;
const PAST_ZH = /当时|当初|那时|那会儿|之前|早点|早些|早就|早几|提前|事先|事前|一开始|刚开始|的时候/u;
const LATER_ZH = /现在|马上|立刻|立即|尽快|以后|下次|今后|将来|待会|等会|回头/u;

function counterfactualZh(sentence: string): boolean {
  const m = IF_ZH.exec(sentence);
  if (!m) return false;
  const condition = sentence.slice(0, m.index) + (m[1] ?? '');
  if (LATER_ZH.test(condition)) return false;
  return m[2] !== undefined || m[3] !== undefined || PAST_ZH.test(condition);
}

/**
 * The trouble called avoidable: "这次的麻烦其实都能避开", "本来是可以避免的", "this could all have been
 * avoided", "if the paperwork had been done, you wouldn't be stuck now". Said of the agent's own side ("是我们没及时通知您") it is an apology, not blame.
 */
const AVOIDABLE =
  /(?:这次|这回|这一次|今天)(?:的)?(?:这[个些种])?(?:麻烦|问题|意外|损失|事儿?|情况|罚息|违约金|手续费|费用|折腾|冻结)[^。！？]{0,10}(?:都|就|也)?(?:能|可以|可)(?:避免|避开|省掉|省下|不发生)|(?:本来|原本|本)(?:是|都|也)?(?:完全)?(?:能|可以|可)(?:避免|避开)|\b(?:this|that|it|all (?:of )?this|the whole thing)(?: all)? (?:could|might)(?: all)?(?:'ve| have) (?:all )?been (?:easily )?avoided\b|\bwas (?:completely |entirely |totally |easily )?avoidable\b|\bif\b[^.!?]{0,60}\bhad(?: been| already)?\b[^.!?]{0,60}\byou(?:'d| would)(?:n'?t| not)(?: have)? (?:be|been) (?:stuck|in this|in (?:such a|this) (?:mess|position|situation|spot)|dealing with|facing|here|waiting)\b/iu;
const OUR_FAULT =
  /我们(?:这边|的)?(?:的)?(?:失误|疏忽|问题|责任|错|没(?:有)?(?:及时|提前|通知|提醒|说清|讲清))|是我们|怪我们|(?:我|我们)(?:当时|之前)?(?:要是|如果)|\b(?:our|my) (?:fault|mistake|error)\b|\b(?:we|i) (?:should|ought to)(?:'ve| have)\b|\bif (?:we|i)(?:'d| had)\b/iu;

/** The sentence of an agent reply that blames the customer in hindsight, if any. */
export function hindsightBlame(text: string): string | undefined {
  return sentencesOf(text).find((s) => {
    if ([OWN_FAULT_EN, OWN_FAULT_ZH, IMPLIED_EN, FAULT_NAMED].some((re) => re.test(s.text))) return true;
    if (OUR_FAULT.test(s.text)) return false;
    return (
      HINDSIGHT_EN.test(s.text) ||
      HINDSIGHT_ZH.test(s.text) ||
      counterfactualZh(s.text) ||
      AVOIDABLE.test(s.text) ||
      INSINUATED_ZH.test(s.text) ||
      MADE_THE_MESS_ZH.test(s.text)
    );
  })?.text;
}
