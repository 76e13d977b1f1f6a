import { sentencesOf } from './clauses.ts';

/**
 * Empathy a reviewer hears in any wording, for when the strategy model does not: the customer's
 * feeling named or granted ("getting stopped at the last tap is irritating, I know", "that fear is
 * really common", "返现迟迟没看到，难免心里犯嘀咕"), or an apology for what happened to them ("I'm
 * sorry it spoiled that", "让您费心了"), or a self-reproach answered ("easy mistake to make", "almost
 * everyone taps through those pop-ups"). A polite "sorry, could you repeat that" is not empathy.
 */
const FEELING_EN =
  /\b(?:i'?m|i am|we'?re|we are) (?:so |really |very |truly |terribly |genuinely )?sorry\b|\bsorry (?:about|for|to hear|that|it)\b|\bapologi[sz]e (?:for|that)\b|(?:'s|\bis|\bare|\bmust be|\bsounds|\bwould be|\bcan be|\bgets|\bfeels)(?: (?:really|so|very|incredibly|understandably|genuinely|completely|totally|pretty|such))? (?:a )?(?:frustrating|stressful|worrying|upsetting|irritating|annoying|scary|frightening|(?:hard|tough|difficult) (?:on you|for you|to deal with|to take)|awful|horrible|shock|unsettling|exhausting|maddening|infuriating|exasperating|disappointing|worry|nightmare|shame|pain|old fast|a lot to deal with)\b|\bi (?:completely |totally |really |fully )?(?:understand|get) (?:how|why|that (?:this|it|you)|your)\b|\bi can (?:see|imagine|understand) (?:why|how)\b|\bmakes? (?:complete |total |perfect )?sense\b|\b(?:completely |perfectly |totally )?understandable\b|\b(?:very |really |completely |perfectly )?(?:normal|natural|common) (?:reaction|worry|concern|fear|feeling|to feel|to worry)\b|\b(?:that|your|the) (?:fear|worry|concern|frustration|anger|feeling)s? (?:is|are) (?:really |very |completely |totally )?(?:common|normal|natural|valid|fair|understandable)\b|\bthe last thing you (?:want|need)\b|\bno wonder you\b|\bi hear you\b|^\s*(?:oh,? )?i know[,!—–-]|\bhang in there\b|^\s*(?:(?:oh|ah|gosh|oh dear),? )?(?:so|really|very|terribly|truly|awfully) sorry\b|\b(?:rotten|bad|rough) luck\b|\b(?:a |such a )?(?:rough|rubbish|horrible|awful|terrible|miserable) (?:day|time|week|start|morning|situation)\b|\bunderstand the (?:urgency|worry|frustration|stress|concern|panic|pressure)\b|\byou sound (?:really |so |very |quite |pretty )?(?:stressed|worried|upset|frustrated|anxious|fed up|shaken|panicked)\b|\b(?:an |such an |a really )?easy (?:thing|mistake) to (?:do|make)\b|\bhappens to the best of us\b|\byou (?:weren'?t|were not|couldn'?t have been) to know\b|\bdon'?t be (?:so |too )?hard on yourself\b|\banyone could have\b|\b(?:almost |nearly |pretty much |just about )?(?:everyone|everybody|most people|lots of people|loads of people|plenty of people) (?:does|do|did|taps?|tapped|clicks?|clicked|presses?|pressed|hits?|misses|missed|skips?|skipped) (?:that|this|it|the same|through|past)\b|\b(?:my|our) (?:deepest |sincere |heartfelt |sincerest )?condolences\b|\bmust(?:'ve| have) been (?:a |an )?(?:real |really |so |very |such a |quite a |terribly |incredibly )?(?:shock|hard|awful|horrible|scary|frightening|stressful|worrying|upsetting|difficult|tough|frustrating|exhausting|nightmare|worry|blow)\b|\bi(?:'d| would) (?:be|feel|have been) (?:just as |absolutely |really |so |pretty )?(?:fuming|furious|livid|upset|annoyed|worried|frustrated|angry|cross|gutted|panicking|the same|exactly the same)\b|\bi know (?:how|it'?s|this is|that'?s)\b|\b(?:irritating|frustrating|stressful|worrying|upsetting|annoying|hard|tough|scary|maddening|infuriating|exasperating), i know\b/iu;
const FEELING_ZH =
  /抱歉|对不起|让(?:您|你)(?:久等|费心|担心|着急|受累|操心|失望|糟心|闹心|烦心|受委屈|为难|心里不踏实)|确实(?:不容易|挺难|让人(?:着急|担心|头疼|闹心|恼火|心烦|难受)|挺(?:着急|烦|闹心|糟心|难受|窝火|让人))|换(?:谁|作是我|了谁|成谁|做谁)都会|(?:很|非常|完全|特别)?(?:理解|能理解|明白)(?:您|你)(?:的|现在|此刻|为什么|着急|担心)|(?:这|有这个|这种|这样的)(?:顾虑|担心|感受|心情|反应|想法)(?:很|是|非常|挺|完全)?(?:正常|常见|能理解|可以理解|合理)|难免(?:心里|会|着急|担心|犯嘀咕|有|慌|生气)|心里(?:肯定|一定)?(?:不好受|着急|难受|不踏实|发慌)|辛苦(?:您|你)了|(?:您|你)(?:的心情|这么着急|着急是)|谁遇到都|(?:很多人|大部分人|好多人|不少人)(?:都|也)(?:会|这样|这么|点过|点错过|犯过)/u;

/**
 * The customer's feeling guessed, understood or granted in everyday Chinese: "您现在肯定急坏了",
 * "您担心这个我完全理解", "这种心情我懂", "心里慌太正常了", "换我也会犯嘀咕", "听得出来您很着急",
 * "确实挺扫兴的". The feeling word carries it: "您肯定能收到退款" or "这种情况很正常" grant nothing.
 */
const FEELING_WORD =
  '(?:急坏了|急死了|着急|心急|上火|担心|担忧|焦虑|害怕|慌|紧张|难受|不好受|委屈|生气|恼火|窝火|郁闷|憋屈|失望|不安|犯嘀咕|不踏实|烦|闹心|糟心|扫兴)';
const FEELING_ZH_EVERYDAY = new RegExp(
  [
    `(?:您|你)(?:现在|这会儿|此刻|心里)?(?:肯定|一定|想必|应该|估计|真的)(?:是)?(?:很|特别|挺|非常|都|也|有点)?${FEELING_WORD}`,
    `${FEELING_WORD}[^，。！？]{0,8}(?:我|我们)(?:这边)?(?:完全|非常|很|特别|都|真的|太)?(?:能)?(?:理解|明白|懂|体会)`,
    `(?:心情|感受|心思)(?:我|我们)(?:完全|很|都|真的|特别)?(?:能)?(?:懂|理解|明白|体会)`,
    `${FEELING_WORD}[^，。！？]{0,4}(?:太|很|非常|再|挺|是|也|都)(?:正常|能理解|可以理解)`,
    '换(?:我|成我|作我|做我|了我)(?:也|肯定|一定|估计)?(?:会|得)?',
    '(?:搁|放)(?:谁|在谁)(?:身上)?都',
    `(?:听得出来|看得出来|感觉得到|能感觉到|能体会到?)[^，。！？]{0,6}${FEELING_WORD}`,
    `确实(?:是)?(?:挺|很|太|有点|够)?(?:扫兴|闹心|糟心|憋屈|窝火|郁闷|气人|头疼|折腾|委屈|难受|不舒服|让人${FEELING_WORD})`,
  ].join('|'),
  'u',
);

/** The sentence of an agent reply that acknowledges the customer's feeling, if any. */
export function acknowledgesFeeling(text: string): string | undefined {
  return sentencesOf(text).find(
    (s) => FEELING_EN.test(s.text) || FEELING_ZH.test(s.text) || FEELING_ZH_EVERYDAY.test(s.text),
  )?.text;
}
