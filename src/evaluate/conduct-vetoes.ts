import { acknowledgesFeeling } from './acknowledgement.ts';

/**
 * Sentences the conduct model hears as blame or dismissal that a reviewer would not: the customer
 * cleared of fault ("none of this is your fault", "这不是您的错"), a minimiser that explains the
 * substance ("it's only a temporary hold"), or a concession that grants the feeling after it ("I know
 * it's only been a few days, but I get why it's stressful").
 */
const CLEARED_OF_FAULT =
  /\b(?:not|none of (?:this|it|that) (?:is|was)|isn'?t|wasn'?t|no) (?:at all |in any way |remotely )?(?:your fault|on you|your doing)\b|\bno fault of (?:yours|your own)\b|\byou did (?:exactly |absolutely )?(?:the right thing|nothing wrong|everything right)\b|\bnobody(?:'s| is) blaming you\b|(?:不是|并不是|不能算|不算)(?:您|你)的(?:错|问题|责任)|不怪(?:您|你)|怪不(?:到|着)(?:您|你)|(?:您|你)(?:没|没有|并没有)(?:做错|错)/iu;

const SUBSTANCE_ONLY =
  /\b(?:only|just) (?:a |an )?(?:temporary|precaution\w*|security|safety|pending|hold|authori[sz]ation|pre-?authori[sz]ation|formality|reservation|freeze|block|lock)\b|\bhappens? to (?:be|have)\b/iu;

const CONCESSION = /\b(?:but|still|even so|that said)\b|但(?:是)?|不过|可是/iu;

function grantsFeelingAfterConcession(sentence: string): boolean {
  const m = CONCESSION.exec(sentence);
  return m !== null && acknowledgesFeeling(sentence.slice(m.index + m[0].length)) !== undefined;
}

/** Whether a sentence the model flagged for this label is one a reviewer would let stand. */
export function clearedOf(label: string, sentence: string): boolean {
  if (label === 'blame') return CLEARED_OF_FAULT.test(sentence);
  if (label === 'dismissive') return SUBSTANCE_ONLY.test(sentence) || grantsFeelingAfterConcession(sentence);
  return false;
}
