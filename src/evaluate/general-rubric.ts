import type { Scenario } from '../content/scenario.ts';

const GENERAL = new WeakSet<Scenario>();

/**
 * The stand-in scenario of the general rubric (QA of a real chat without a scenario): no
 * knowledge, claims, hidden facts or settings, so every scenario-specific check is n/a.
 */
export function generalScenario(maxTurns = 60): Scenario {
  const empty = { zh: '', en: '' };
  const s: Scenario = {
    id: 'general',
    title: { zh: '通用评分标准', en: 'General rubric' },
    topic: 'account-transactions',
    kind: 'standard',
    difficulty: 'medium',
    briefing: empty,
    customerGoal: empty,
    reasonForContact: empty,
    openingLine: empty,
    upFront: [],
    hiddenFacts: [],
    objections: [],
    challenges: [],
    needs: [],
    reactions: {} as Scenario['reactions'],
    knowledge: [],
    forbiddenClaims: [],
    resolution: { description: empty, requiredKnowledge: [], actionRequired: false },
    identityVerificationRequired: false,
    judge: {},
    maxTurns,
    suggestedPersonas: [],
  };
  GENERAL.add(s);
  return s;
}

export const isGeneral = (s: Scenario): boolean => GENERAL.has(s);

/** The rubric a scorecard names: `general`, or `scenario:<id>`. */
export const rubricOf = (s: Scenario): string => (isGeneral(s) ? 'general' : `scenario:${s.id}`);
