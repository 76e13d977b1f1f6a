import { sentencesOf } from './clauses.ts';

/**
 * A feeling brushed aside, the dismissal a reviewer hears in any wording: the customer told the
 * feeling is out of place ("there's nothing to get annoyed about", "don't make a thing of it",
 * "calm down", "you don't need to be so nervous", "想太多了"), or that everyone goes through it so it
 * does not count ("谁家都一样，想开点就好").
 * Reassurance about the outcome ("don't worry, the money is safe") is not a brush-off.
 */
const BRUSH_OFF_EN =
  /\b(?:there'?s |it'?s )?(?:really |honestly )?nothing to (?:get |be )?(?:so )?(?:annoyed|upset|angry|worked up|stressed|emotional|panicky|embarrassed) (?:about|over)\b|\bdon'?t make (?:a thing|a (?:big )?deal|a fuss|a drama) (?:of|out of|about) (?:it|this)\b|\b(?:just )?calm down\b|\bno need to (?:get )?(?:so )?(?:upset|worked up|emotional|dramatic)\b|\b(?:it'?s|this is) not (?:a )?(?:big deal|the end of the world)\b|\byou'?re overreacting\b|\bget over it\b|\b(?:you )?(?:really )?(?:don'?t|do not) need to be (?:so |that |this )?(?:nervous|worried|anxious|scared|afraid|upset|emotional|paranoid|stressed)\b|\bno need to be (?:so |that )?(?:nervous|worried|anxious|scared|afraid|paranoid|stressed)\b|\byou'?re (?:worrying|overthinking|panicking)(?: (?:about )?(?:it|this))? (?:too much|for nothing|over nothing)\b|\b(?:those|these|such) stories are (?:always |usually |just )?(?:exaggerated|overblown|nonsense)\b/iu;
const BRUSH_OFF_ZH =
  /(?:这|这个)?(?:有|没)?什么(?:好|大不了)(?:的|生气的|着急的|难过的)|没什么(?:的(?!话)|大不了)|谁家都一样|大家都(?:这样|一样)[^。！？]{0,8}(?:想开|别)|想开点就好|至于(?:吗|嘛)|别大惊小怪|(?:您|你)(?:太)?激动了|(?:您|你)?想(?:得)?太多了|别想太多|(?:没必要|用不着|犯不着|不至于)(?:这么|那么)(?:紧张|担心|害怕|焦虑|激动)|(?:您|你)太(?:敏感|紧张)了|冷静(?:一下|点)(?:吧)?[，。！]/u;

/** The sentence of an agent reply that brushes the customer's feeling aside, if any. */
export function brushOff(text: string): string | undefined {
  return sentencesOf(text).find((s) => BRUSH_OFF_EN.test(s.text) || BRUSH_OFF_ZH.test(s.text))?.text;
}
