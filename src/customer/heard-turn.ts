import { sentencesOf } from '../evaluate/clauses.ts';
import { findForbiddenClaims } from '../evaluate/compliance.ts';
import type { CustomerTurn } from './types.ts';

/**
 * A sentence that denies what it says before the claim's words: "No wealth product guarantees your
 * principal", "I can't guarantee it arrives today", "基金都不保本". Only denials a customer cannot
 * mishear; "don't worry, it's guaranteed" is no denial.
 */
const DENIES =
  /\b(?:no|not|never|none|nothing|nobody|can'?t|cannot|won'?t|isn'?t|aren'?t|doesn'?t)\b(?! (?:problem|worries|need to worry)\b)|不(?![过但仅管论用要必])|没(?!问题|事)|无法|并非/iu;

/** "先别挂，还有两点很重要" keeps the customer on the line: no word against locking the card. */
const HOLD_ON = /^(?:先|您先|你先)?(?:别|不要)挂(?:电话|断)?[，,。！!]?$|^(?:please )?don'?t hang up\W*$/iu;

/**
 * Whether the claim's quote stands in a sentence that denies it before the quote ends, or only asks
 * to hold on. A claim that is a denial itself ("no limit for foreigners", "没有额度限制") is denied
 * only by words before it.
 */
function denied(quote: string, text: string, negative: boolean): boolean {
  if (HOLD_ON.test(quote.trim())) return true;
  const at = text.indexOf(quote);
  if (at < 0) return false;
  const sentence = sentencesOf(text).find((s) => at >= s.start && at < s.end);
  return DENIES.test(text.slice(sentence?.start ?? at, negative ? at : at + quote.length));
}

/** The claim's own wordings deny something: "foreigners don't have a quota", "不受额度限制". */
const negativeClaim = (t: CustomerTurn, id: string) =>
  (t.scenario.forbiddenClaims.find((c) => c.id === id)?.says?.[t.lang] ?? []).some((w) => DENIES.test(w));

/**
 * The turn as the customer hears it. The judge counts a request for a secret as a forbidden claim
 * (a claim whose `act` is "asks-secret"); the customer answers that request itself (it questions
 * the code or reads it out) and must not also hear it as a wrong promise or fact, which would anger
 * it twice and make it doubt a promise nobody made ("你能打包票？" to "我没法打包票，麻烦您报一下验证码").
 * Nor does it hear a claim in a sentence that denies it.
 */
export function heardTurn(t: CustomerTurn): CustomerTurn {
  if (!t.forbiddenClaim) return t;
  const secretClaims = new Set(
    t.scenario.forbiddenClaims.filter((c) => c.act === 'asks-secret').map((c) => c.id),
  );
  const asked = (t.tags.conduct ?? []).some((c) => c.label === 'asks-secret');
  if (secretClaims.size && asked) return { ...t, forbiddenClaim: false };
  // An impostor's forbidden claims are the agent's leaks: he hears those as they are.
  if (t.scenario.impostor) return t;
  const hits = findForbiddenClaims(t.scenario, t.agentText);
  const misheard = hits.every(
    (h) => secretClaims.has(h.claimId) || denied(h.quote, t.agentText, negativeClaim(t, h.claimId)),
  );
  return hits.length && misheard ? { ...t, forbiddenClaim: false } : t;
}
