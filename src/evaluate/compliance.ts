import { compileContentPattern, type SafePattern } from '../content/safe-pattern.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Lang } from '../csc/text.ts';

export interface ClaimHit {
  claimId: string;
  fatal: boolean;
  quote: string;
}

const compiled = new WeakMap<Scenario, { id: string; fatal: boolean; re: SafePattern[] }[]>();

function patterns(scenario: Scenario) {
  let list = compiled.get(scenario);
  if (!list) {
    list = scenario.forbiddenClaims.map((c) => ({
      id: c.id,
      fatal: c.fatal,
      re: [compileContentPattern(c.pattern.zh), compileContentPattern(c.pattern.en)],
    }));
    compiled.set(scenario, list);
  }
  return list;
}

/** Forbidden claims the agent's reply makes; the quote is the matched text, verbatim. */
export function findForbiddenClaims(scenario: Scenario, text: string, lang: Lang): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const claim of patterns(scenario)) {
    const order = lang === 'zh' ? claim.re : [...claim.re].reverse();
    for (const re of order) {
      const m = re.exec(text);
      if (m?.[0]) {
        hits.push({ claimId: claim.id, fatal: claim.fatal, quote: m[0] });
        break;
      }
    }
  }
  return hits;
}
