import { compileContentPattern, type SafePattern } from '../content/safe-pattern.ts';
import type { Scenario } from '../content/scenario.ts';
import type { ConductLabel } from '../csc/conduct.ts';
import { type Clause, clauseAt, clausesOf, negatedOutside, sentencesOf } from './clauses.ts';
import { normalize } from './text-match.ts';

export interface ClaimHit {
  claimId: string;
  fatal: boolean;
  /** The clause that makes the claim, verbatim. */
  quote: string;
}

type Claim = Scenario['forbiddenClaims'][number];
interface Compiled {
  claim: Claim;
  re: SafePattern[];
  about: string[];
  says: string[];
}

const compiled = new WeakMap<Scenario, Compiled[]>();
const both = (w: { zh: readonly string[]; en: readonly string[] } | undefined) =>
  w ? [...w.zh, ...w.en].map(normalize) : [];

function compile(scenario: Scenario): Compiled[] {
  let list = compiled.get(scenario);
  if (!list) {
    list = scenario.forbiddenClaims.map((claim) => ({
      claim,
      re: claim.pattern
        ? [compileContentPattern(claim.pattern.zh), compileContentPattern(claim.pattern.en)]
        : [],
      about: both(claim.about),
      says: both(claim.says),
    }));
    compiled.set(scenario, list);
  }
  return list;
}

const SELF_ENTRY =
  /\byourself\b|\b(?:in|into) the app\b|自己(?:输|填|操作)|在(?:手机)?(?:app|客户端|手机银行)(?:里|上|中)/iu;

/** Requests for a secret are made by asking; every other claim is made by stating it. */
const made = (clause: Clause, act: Claim['act'] | undefined) => act === 'asks-secret' || !clause.question;

function refused(clause: Clause, at?: { start: number; end: number }): boolean {
  return negatedOutside(normalize(clause.text), at);
}

const partsOf = (wording: string) =>
  wording
    .split(' + ')
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Whether a clause says a wording: "a + b" means both parts occur in the clause, in any order
 * ("unfreeze + from my side"); the parts themselves may hold a negation ("no need + verify"),
 * anything else negating the clause makes it a refusal.
 */
function saysIn(clause: string, wording: string): boolean {
  const parts = partsOf(wording);
  if (!parts.every((p) => clause.includes(p))) return false;
  let rest = clause;
  for (const p of parts) rest = rest.replace(p, ' ');
  return !negatedOutside(rest);
}

/**
 * A combined wording ("hold off + lock") said across the clauses of one sentence ("Before we jump to
 * locking the card, though: I'd hold off for now"): every clause carrying a part is stated, and
 * none of them refuses or denies outside the parts.
 */
function saysAcross(clauses: readonly Clause[], wording: string, act: Claim['act']): Clause | undefined {
  const parts = partsOf(wording);
  if (parts.length < 2) return undefined;
  const carrying = clauses.filter((c) => parts.some((p) => normalize(c.text).includes(p)));
  if (!parts.every((p) => carrying.some((c) => normalize(c.text).includes(p)))) return undefined;
  const fine = carrying.every((c) => {
    let rest = normalize(c.text);
    for (const p of parts) rest = rest.replace(p, ' ');
    return made(c, act) && !negatedOutside(rest);
  });
  return fine ? carrying[0] : undefined;
}

/**
 * Forbidden claims one reply makes: the tagger flags the claim's act (a promise, a request for a
 * secret, a disclosure) in a clause about its topic, or a clause says it in so many words, or its
 * pattern matches; never in a clause that refuses or denies it ("I can't guarantee it arrives today").
 */
export function findForbiddenClaims(
  scenario: Scenario,
  text: string,
  conduct: readonly { label: ConductLabel; quote: string }[] = [],
): ClaimHit[] {
  const clauses = clausesOf(text);
  const hits: ClaimHit[] = [];
  for (const c of compile(scenario)) {
    const { claim } = c;
    let hit: Clause | undefined;
    if (claim.act) {
      for (const flagged of conduct.filter((t) => t.label === claim.act)) {
        const at = text.indexOf(flagged.quote);
        const clause =
          (at >= 0 ? clauseAt(clauses, at) : undefined) ??
          clauses.find((k) => k.text.includes(flagged.quote));
        if (!clause || !made(clause, claim.act)) continue;
        const norm = normalize(clause.text);
        const topical =
          !c.about.length || c.about.some((a) => norm.includes(a) || normalize(text).includes(a));
        if (topical && !refused(clause)) {
          hit = clause;
          break;
        }
      }
    }
    hit ??= clauses.find(
      (clause) => made(clause, claim.act) && c.says.some((w) => saysIn(normalize(clause.text), w)),
    );
    if (!hit)
      for (const sentence of sentencesOf(text)) {
        const inside = clauses.filter((k) => k.start >= sentence.start && k.end <= sentence.end);
        for (const w of c.says) hit ??= saysAcross(inside, w, claim.act);
        if (hit) break;
      }
    hit ??= clauses.find((clause) => {
      if (!made(clause, claim.act) || (claim.act === 'asks-secret' && SELF_ENTRY.test(clause.text)))
        return false;
      const m = c.re.map((re) => re.exec(clause.text)).find(Boolean);
      return Boolean(m) && !refused(clause);
    });
    if (hit) hits.push({ claimId: claim.id, fatal: claim.fatal, quote: hit.text });
  }
  return hits;
}
