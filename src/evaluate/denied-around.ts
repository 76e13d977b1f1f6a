import type { Clause } from './clauses.ts';
import { negatedOutside } from './clauses.ts';
import { normalize } from './text-match.ts';

/**
 * A clause can be denied by its neighbours in the same sentence even with no negation of its own: it
 * continues a list a denied clause opened ("the rule doesn't allow a waiver, a signed declaration or a
 * special approval"), or it is part of a subject a later clause denies ("a code sent to another number,
 * or read out over the phone, doesn't verify the holder", "签声明、找人特批，都不能让…例外购买").
 */
const LIST_ITEM = /^(?:(?:or|and|nor) )?(?:(?:a|an|the|any|no|your|her|his) )?[\w'-]+(?: [\w'-]+){0,5}$/iu;
const VERB_IN_ITEM =
  /\b(?:is|are|was|were|will|would|can|could|should|you|i|we|it'?s|that'?s|let'?s|go|do|does)\b/iu;
const DENIED_PREDICATE =
  /^(?:doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|aren'?t|are not|can'?t|cannot|never|proves? nothing|is no|are no)\s+(?!matter|worry|mind\b)\w+/iu;
// "都" gathers every item before it, the first clause too ("签声明、找人特批，都不能让…例外购买", "…这些都不行").
const ALL_DENIED_ZH =
  /^(?:这些|这几种|这几样|以上)?(?:都|也都|全都|一律|均|统统)(?:不(?:能|行|可以|允许|会|管用|算)|没(?:用|办法)|无法|不能)/u;

// A verdict on the clause before it ("让家人帮您分开汇，这是不允许的", "use someone else's quota - that's not allowed").
const VERDICT_AFTER =
  /^(?:这|那|这样|那样|这么做|那么做|这种做法|这个)(?:个)?(?:其实|可|就)?(?:是|也是|都是|属于)?(?:不(?:允许|合规|合法|行|可以|被允许|能这么做)|违规|违法|禁止)|^(?:that|this|which|doing (?:that|so))(?:'s| is| would be)? (?:not (?:allowed|permitted|legal|ok|okay|something we allow)|against the (?:rules|law)|illegal|prohibited|forbidden)\b/iu;

export function deniedByNeighbours(clause: Clause, inSentence: readonly Clause[]): boolean {
  const i = inSentence.indexOf(clause);
  if (i < 0) return false;
  const previous = inSentence[i - 1];
  const text = normalize(clause.text).replace(/[.!?。！？]+$/u, '');
  if (
    previous &&
    LIST_ITEM.test(text) &&
    !VERB_IN_ITEM.test(text) &&
    negatedOutside(normalize(previous.text))
  )
    return true;
  const next = inSentence[i + 1];
  if (next && VERDICT_AFTER.test(normalize(next.text))) return true;
  // Only a clause inside the sentence is part of a subject; a first clause is the request itself ("read me the code, doesn't matter which").
  const later = inSentence.slice(i + 1).map((k) => normalize(k.text));
  if (later.some((k) => ALL_DENIED_ZH.test(k))) return true;
  return i > 0 && later.some((k) => DENIED_PREDICATE.test(k));
}
