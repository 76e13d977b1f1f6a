import { sentencesOf } from './clauses.ts';

/**
 * Distress a customer says in so many words, for when the distress model does not hear it: a
 * feeling said of oneself ("I'm really upset", "I'm worried sick", "im panicking", "我都快急死了") or an
 * outburst ("wtf", "what a shambles", "I can't believe this"), or a grievance ("that's a bit much", "why does it
 * take so long?", "凭什么", "怎么要这么久"). "I'm not worried" says no feeling.
 */
const FEELING_EN =
  /\b(?:i'?m|i am|im|i feel|i'?m feeling|i was|i'?ve been|we'?re|we are)\s+(?:(?:so|really|very|absolutely|totally|completely|a bit|a little|quite|pretty|extremely|bloody|getting|now|honestly|seriously|just|beyond|genuinely|super|kinda|kind of)\s+)*(?:upset|anxious|worried|concerned|nervous|panick?ing|panicked|desperate|livid|furious|fuming|raging|gutted|devastated|distraught|frantic|terrified|scared|frightened|petrified|stressed|stressing|angry|annoyed|irritated|frustrated|fed up|sick of|tired of|beside myself|at my wits'? end|freaking out|losing my (?:patience|mind|temper)|disappointed|heartbroken|in bits|in pieces|sick with worry|worried sick|not happy|unhappy|shaking|in a panic|in a state)\b/iu;
const OUTBURST_EN =
  /\b(?:wtf|ffs|omg|what the (?:hell|heck|f\w*)|what a (?:joke|shambles|farce|mess|nightmare|disaster)|(?:i )?can'?t believe (?:this|it|you|that)|not impressed|this is (?:ridiculous|outrageous|absurd|a joke|insane|madness|a nightmare|a farce|a shambles|beyond a joke)|terrified|worried sick|for ages|hurry up|i'?m begging(?: you)?|driving me (?:crazy|mad|nuts|insane|up the wall)|(?:end of my tether|so done with (?:this|it|you))|(?:seriously|really|so|very) (?:annoyed|pissed off|fed up|worried|stressed)|i'?m (?:so|really|totally|completely) confused|can (?:someone|somebody|anyone) (?:please )?(?:just )?help|why (?:does|do|did|is|has) (?:it|this|everything|all this) (?:have to be |got to be |need to be )?(?:so |this |that )?(?:complicated|difficult|hard|much hassle)|(?:it )?(?:always )?worked (?:fine|perfectly|ok|okay) before|(?:i'?ve )?tried (?:loads|lots|so many|a hundred|dozens|heaps|a million) (?:of )?times|(?:was that|that was|how) (?:so |really )?(?:stupid|silly|dumb|careless) of me|(?:that'?s|this is|it'?s) (?:a bit|a little|really|pretty|just) (?:much|rich|unfair|harsh)|(?:that'?s|this is|it'?s) (?:not|hardly) fair|how is (?:that|this) fair|why (?:does|do|did|is) (?:it|this|that|everything) (?:take|taking|takes) (?:so|this|that) long|i feel (?:so |really |a bit |pretty )?(?:stupid|silly|dumb|like an idiot)|i'?m (?:such )?an idiot)\b/iu;
const FEELING_ZH =
  /(?:我|我们)(?:真的|都|已经|实在|快|简直|特别|非常|好|太|有点|挺)*(?:急死了|急疯了|慌了|慌得很|害怕|担心死了|气死了|崩溃|要疯了|睡不着|心慌|难受|火大|不放心|受不了)|我(?:是不是)?(?:太|真|好|有点)?(?:蠢|傻|笨)(?:了|啊|吧)|凭什么|(?:太|有点|也太)过分了|(?:也)?太(?:久|慢)了吧|怎么(?:要|得)?(?:这么|那么)(?:久|慢)/u;

/** The words of a customer line that show distress by the list above, if any. */
export function distressWords(text: string): string | undefined {
  for (const s of sentencesOf(text)) {
    const m = FEELING_EN.exec(s.text) ?? OUTBURST_EN.exec(s.text) ?? FEELING_ZH.exec(s.text);
    if (m) return m[0];
  }
  return undefined;
}
