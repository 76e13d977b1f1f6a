import { sentencesOf } from './clauses.ts';

/**
 * Empathy a reviewer hears in any wording, for when the strategy model does not: the customer's
 * feeling named or granted ("getting stopped at the last tap is irritating, I know", "that fear is
 * really common", "返现迟迟没看到，难免心里犯嘀咕"), or an apology for what happened to them ("I'm
 * sorry it spoiled that", "让您费心了"). A polite "sorry, could you repeat that" is not empathy.
 */
const FEELING_EN =
  /\b(?:i'?m|i am|we'?re|we are) (?:so |really |very |truly |terribly |genuinely )?sorry\b|\bsorry (?:about|for|to hear|that|it)\b|\bapologi[sz]e (?:for|that)\b|(?:'s|\bis|\bare|\bmust be|\bsounds|\bwould be|\bcan be|\bgets|\bfeels)(?: (?:really|so|very|incredibly|understandably|genuinely|completely|totally|pretty|such))? (?:a )?(?:frustrating|stressful|worrying|upsetting|irritating|annoying|scary|frightening|(?:hard|tough|difficult) (?:on you|for you|to deal with|to take)|awful|horrible|shock|unsettling|exhausting|maddening|infuriating|exasperating|disappointing|worry|nightmare|shame|pain|old fast|a lot to deal with)\b|\bi (?:completely |totally |really |fully )?(?:understand|get) (?:how|why|that (?:this|it|you)|your)\b|\bi can (?:see|imagine|understand) (?:why|how)\b|\bmakes? (?:complete |total |perfect )?sense\b|\b(?:completely |perfectly |totally )?understandable\b|\b(?:very |really |completely |perfectly )?(?:normal|natural|common) (?:reaction|worry|concern|fear|feeling|to feel|to worry)\b|\b(?:that|your|the) (?:fear|worry|concern|frustration|anger|feeling)s? (?:is|are) (?:really |very |completely |totally )?(?:common|normal|natural|valid|fair|understandable)\b|\bthe last thing you (?:want|need)\b|\bno wonder you\b|\bi hear you\b|^\s*(?:oh,? )?i know[,!—–-]|\bhang in there\b|\b(?:my|our) (?:deepest |sincere |heartfelt |sincerest )?condolences\b|\bmust(?:'ve| have) been (?:a |an )?(?:real |really |so |very |such a |quite a |terribly |incredibly )?(?:shock|hard|awful|horrible|scary|frightening|stressful|worrying|upsetting|difficult|tough|frustrating|exhausting|nightmare|worry|blow)\b|\bi(?:'d| would) (?:be|feel|have been) (?:just as |absolutely |really |so |pretty )?(?:fuming|furious|livid|upset|annoyed|worried|frustrated|angry|cross|gutted|panicking|the same|exactly the same)\b|\bi know (?:how|it'?s|this is|that'?s)\b|\b(?:irritating|frustrating|stressful|worrying|upsetting|annoying|hard|tough|scary|maddening|infuriating|exasperating), i know\b/iu;
const FEELING_ZH =
  /抱歉|对不起|让(?:您|你)(?:久等|费心|担心|着急|受累|操心|失望|糟心|闹心|烦心|受委屈|为难|心里不踏实)|确实(?:不容易|挺难|让人(?:着急|担心|头疼|闹心|恼火|心烦|难受)|挺(?:着急|烦|闹心|糟心|难受|窝火|让人))|换(?:谁|作是我|了谁|成谁|做谁)都会|(?:很|非常|完全|特别)?(?:理解|能理解|明白)(?:您|你)(?:的|现在|此刻|为什么|着急|担心)|(?:这|有这个|这种|这样的)(?:顾虑|担心|感受|心情|反应|想法)(?:很|是|非常|挺|完全)?(?:正常|常见|能理解|可以理解|合理)|难免(?:心里|会|着急|担心|犯嘀咕|有|慌|生气)|心里(?:肯定|一定)?(?:不好受|着急|难受|不踏实|发慌)|辛苦(?:您|你)了|(?:您|你)(?:的心情|这么着急|着急是)|谁遇到都/u;

/** The sentence of an agent reply that acknowledges the customer's feeling, if any. */
export function acknowledgesFeeling(text: string): string | undefined {
  return sentencesOf(text).find((s) => FEELING_EN.test(s.text) || FEELING_ZH.test(s.text))?.text;
}
