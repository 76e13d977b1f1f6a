import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';

/** How a scenario's difficulty changes the customer's behaviour. */
export interface DifficultyProfile {
  /** Multiplies what inflames the customer. */
  sensitivity: number;
  /** Multiplies what calms the customer. */
  calming: number;
  /** Multiplies the persona's patience. */
  patienceFactor: number;
  /** How many of the scenario's objections the customer raises (each only once its trigger came up). */
  objections: (scenario: Scenario) => number;
  /**
   * easy: an open invitation ("what happened?") also brings out the next fact; medium: only a
   * question about the fact; hard: the same, but nothing more while the agent is rude or blaming.
   */
  hidden: 'open-question' | 'on-question' | 'guarded';
}

export const DIFFICULTY: Record<Scenario['difficulty'], DifficultyProfile> = {
  easy: {
    sensitivity: 0.5,
    calming: 1.5,
    patienceFactor: 1.5,
    objections: () => 0,
    hidden: 'open-question',
  },
  medium: {
    sensitivity: 1,
    calming: 1,
    patienceFactor: 1,
    objections: (s) => Math.min(1, s.objections.length),
    hidden: 'on-question',
  },
  hard: {
    sensitivity: 1.5,
    calming: 0.7,
    patienceFactor: 0.7,
    objections: (s) => s.objections.length,
    hidden: 'guarded',
  },
};

/** Turns without progress the customer sits through: the persona's patience, shortened by difficulty and urgency. */
export function patienceOf(persona: Persona, scenario: Scenario): number {
  // An impatient person is in a hurry whatever the situation.
  const urgency = Math.max(scenario.mood?.urgency ?? 0, persona.baselineEmotion === 'impatient' ? 2 : 0);
  const personaPatience = persona.patience;
  const factor = DIFFICULTY[scenario.difficulty].patienceFactor * (1 - 0.12 * urgency);
  return Math.max(2, Math.round(personaPatience * factor));
}
