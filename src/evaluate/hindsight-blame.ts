import { sentencesOf } from './clauses.ts';

/**
 * Blame said as hindsight, the indirect form a reviewer still calls blame: what the customer should
 * have done, or how things would have gone if they had ("if you'd got a power of attorney done, you
 * wouldn't be stuck now", "要是早点挂失，这四千九可能就扣不走了", "that would have saved all this").
 * Sympathy is not ("you shouldn't have had to argue with them"), nor what the customer was owed
 * ("you should have heard from us by now").
 */
const HINDSIGHT_EN =
  /\bif you(?:'d| had)\b[^.!?]{0,80}\b(?:wouldn'?t|would not|would(?:'ve| have)|could(?:'ve| have)|none of this)\b|\byou should(?:'ve| have)(?! (?:had to|heard|received|got|gotten|been (?:told|given|sent|contacted|notified)))\b|\byou shouldn'?t have(?! had to)\b|\b(?:that|this|it) would(?:'ve| have) saved (?:you )?(?:all )?(?:this|the|a lot)|\byou (?:did )?(?:rather |kind of |sort of |really )?made it easy for\b|\bnext time,? (?:it'?s worth|make sure|try to|remember to|be sure to|please)\b/iu;
const HINDSIGHT_ZH =
  /(?:您|你|你们)(?:这)?(?:当时|那时|之前|一开始)?(?:就)?(?:本该|早该|该(?:马上|早点|先|及时)|应该(?:马上|早点|先|及时|当时))|(?:您|你|你们)?不该(?:马上|再|直接|随便)|(?:要是|如果|当时要是)[^，。！？]{0,16}(?:早点|早些|当时|及时|提前|早就)[^。！？]{0,24}(?:就不会|就扣不走|也就没|就没(?:这么|那么)?|就不用|就不至于)/u;

/** The sentence of an agent reply that blames the customer in hindsight, if any. */
export function hindsightBlame(text: string): string | undefined {
  return sentencesOf(text).find((s) => HINDSIGHT_EN.test(s.text) || HINDSIGHT_ZH.test(s.text))?.text;
}
