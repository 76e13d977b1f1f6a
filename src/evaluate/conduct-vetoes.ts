import { CONDUCT_CUES } from '../csc/conduct/cues.ts';
import { acknowledgesFeeling } from './acknowledgement.ts';

/**
 * Sentences the conduct model hears as blame or dismissal that a reviewer would not: the customer
 * cleared of fault ("none of this is your fault", "这不是您的错"), a minimiser that explains the
 * substance ("it's only a temporary hold"), or a concession that grants the feeling after it ("I know
 * it's only been a few days, but I get why it's stressful").
 */
const CLEARED_OF_FAULT =
  /\b(?:not|none of (?:this|it|that) (?:is|was)|isn'?t|wasn'?t|no) (?:at all |in any way |remotely )?(?:your fault|on you|your doing)\b|\bno fault of (?:yours|your own)\b|\byou did (?:exactly |absolutely )?(?:the right thing|nothing wrong|everything right)\b|\bnobody(?:'s| is) blaming you\b|\byou(?:'re| are)(?: really)? not doing anything wrong\b|\byou (?:(?:haven'?t|have not) done|(?:didn'?t|did not) do) (?:anything|a thing) wrong\b|\b(?:it'?s|this is|that'?s|this isn'?t|it isn'?t) (?:not )?(?:down to|because of) (?:you|anything you did)\b|\bnothing you did\b|(?:不是|并不是|不能算|不算)(?:您|你)的(?:错|问题|责任)|(?:不是|并不是|不是因为)(?:您|你)(?:自己)?[^，。！？,]{0,6}(?:的(?:错|问题|责任|原因|失误)|(?:操作|弄|做|填|点)错)|(?:跟|和|与)(?:您|你)(?:的操作)?(?:没|没有|无)(?:关系|关)|不怪(?:您|你)|怪不(?:到|着)(?:您|你)|(?:您|你)(?:没|没有|并没有)(?:做错|错)/iu;

const SUBSTANCE_ONLY =
  /\b(?:only|just) (?:a |an )?(?:temporary|precaution\w*|security|safety|pending|hold|authori[sz]ation|pre-?authori[sz]ation|formality|reservation|freeze|block|lock)\b|\bhappens? to (?:be|have)\b/iu;

const CONCESSION = /\b(?:but|still|even so|that said)\b|但(?:是)?|不过|可是/iu;

function grantsFeelingAfterConcession(sentence: string): boolean {
  const m = CONCESSION.exec(sentence);
  return m !== null && acknowledgesFeeling(sentence.slice(m.index + m[0].length)) !== undefined;
}

/**
 * A safeguard explained as protection ("这其实是在保护您：换了设备，系统得先确认…", "it's there to protect
 * you"), with no fault named: the reason for a rule, not blame.
 */
const PROTECTS =
  /(?:是|就是|其实是|都是)(?:在|为了)?保护(?:您|你)|为了(?:您|你)的(?:资金|账户|钱|信息)?安全|\b(?:it'?s|this is|that'?s|these are) (?:there |all )?(?:to|for) (?:protect|keep) (?:you|your)\b|\bfor your (?:own )?(?:protection|safety|security)\b/iu;
const NAMES_FAULT =
  /自己|怪|谁让|早该|应该|本该|\b(?:your (?:own )?fault|should(?:'ve| have)|you (?:didn'?t|forgot|failed))\b/iu;

/** The feeling granted as common or normal ("很多家长一开始都会有这个顾虑", "听得人越来越糊涂，这太正常了", "it's completely normal to worry"): validation, not dismissal. */
const VALIDATES =
  /(?:着急|担心|紧张|害怕|慌|糊涂|迷糊|懵|犯晕|头大|搞不清|分不清|拿不准|犹豫|纠结|顾虑)[^。！？]{0,8}(?:这|也|都|是)?(?:太|很|挺|再|非常|特别)?正常|(?:很多|不少|大部分|大多数|好多)(?:人|家长|客户|用户|老人)?(?:一开始|刚开始|第一次)?都会(?:有)?(?:这[个种样]|类似的)?(?:顾虑|担心|紧张|着急|想法|感觉|疑问|困惑)|(?:有|会有)(?:这[个种样])?(?:顾虑|担心|紧张)(?:很|是|太|特别)?正常|\b(?:it'?s|that'?s) (?:completely |totally |perfectly |very )?(?:normal|natural|understandable) to (?:feel|be|worry|want)|\b(?:lots of|many|most|plenty of) (?:people|parents|customers) (?:feel|worry|are (?:nervous|worried|anxious))/iu;

/**
 * Words that only contain a brush-off cue: "我想多了解两点" holds "想多了" but asks to learn more. The
 * sentence is let stand when, with them taken out, no brush-off cue is left in it.
 */
const LOOK_ALIKE = /想多了解|想多(?:问|说|确认|聊|提醒|补充|核实|嘱咐)|多了解(?:一下|几)/gu;

// A sentence that only gives examples ("比如身份证、结婚证之类的。", "For example a bill or a bank letter.").
const EXAMPLES_ONLY = /^\s*(?:比如|例如|譬如|像是|(?:for example|for instance|e\.g\.|such as)\b)/iu;

function noCueIn(sentence: string): boolean {
  const cue = CONDUCT_CUES.dismissive;
  cue.lastIndex = 0;
  return !cue.test(sentence.toLowerCase());
}

function onlyLookAlike(sentence: string): boolean {
  LOOK_ALIKE.lastIndex = 0;
  if (!LOOK_ALIKE.test(sentence)) return false;
  const cue = CONDUCT_CUES.dismissive;
  cue.lastIndex = 0;
  return !cue.test(sentence.replace(LOOK_ALIKE, '，').toLowerCase());
}

/**
 * A sentence that only says the agent now understands ("这就清楚了。", "明白了。", "原来是这样。", "That
 * explains it."): an acknowledgement, however curt it looks on its own.
 */
const UNDERSTOOD =
  /^\s*(?:(?:好的?|嗯+|哦+|噢+|ok|okay|right|ah)[，,、\s]*)?(?:这(?:就|下|样就)?(?:清楚|明白)了|(?:我)?(?:明白|了解|清楚)了|懂了|原来(?:是这样|如此)|(?:that|this) (?:explains (?:it|that|everything)|makes sense|clears (?:it|that) up)|got it|i see|understood)[\s.!。！…~～]*$/iu;

// "You're fine" about the customer's plan or amount ("It's not too much - you're fine"), with no feeling
// named in it, reassures on substance; "you're fine, stop worrying" still brushes the feeling off.
const PLAN_FITS =
  /\b(?:you'?re|you are) (?:totally |completely |absolutely |well )?(?:fine|ok|okay|all good|all set|covered|within (?:the|your) (?:limit|quota|allowance))\b|\b(?:it'?s|that'?s) (?:not|nowhere near) too (?:much|many|big|high)\b/iu;
const FEELING_WORD =
  /\b(?:worr\w*|upset|stress\w*|calm|relax|panic\w*|nervous|anxious|emotional|overreact\w*|dramatic|fuss|deal)\b/iu;

// "whatever you don't use doesn't carry over", "whatever suits you": a word of the sentence, not a shrug.
const WHATEVER_AS_WORD =
  /\bwhatever (?:you|your|is|amount|works|suits|time|day|way|method|happens|the|it|they|we|he|she|i|comes|remains|is left|'s left|currency|documents?)\b/iu;
function otherRudeCue(sentence: string): boolean {
  const cue = CONDUCT_CUES.rude;
  cue.lastIndex = 0;
  return cue.test(sentence.toLowerCase().replace(/\bwhatever\b/gu, ' '));
}

/** Whether a sentence the model flagged for this label is one a reviewer would let stand. */
export function clearedOf(label: string, sentence: string): boolean {
  if (label === 'blame')
    return CLEARED_OF_FAULT.test(sentence) || (PROTECTS.test(sentence) && !NAMES_FAULT.test(sentence));
  if (label === 'dismissive')
    return (
      SUBSTANCE_ONLY.test(sentence) ||
      (PLAN_FITS.test(sentence) && !FEELING_WORD.test(sentence)) ||
      grantsFeelingAfterConcession(sentence) ||
      VALIDATES.test(sentence) ||
      onlyLookAlike(sentence) ||
      (EXAMPLES_ONLY.test(sentence) && noCueIn(sentence))
    );
  if (label === 'rude')
    return UNDERSTOOD.test(sentence) || (WHATEVER_AS_WORD.test(sentence) && !otherRudeCue(sentence));
  if (label === 'off-topic') return UNDERSTOOD.test(sentence);
  return false;
}
