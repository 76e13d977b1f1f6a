import type { Scenario } from '../content/scenario.ts';

/** How a scenario's difficulty changes the customer's behaviour. */
export interface DifficultyProfile {
  /** Multiplies what inflames the customer. */
  sensitivity: number;
  /** Multiplies what calms the customer. */
  calming: number;
  /** Multiplies the persona's patience. */
  patienceFactor: number;
  /** How many of the scenario's objections the customer raises. */
  objections: (scenario: Scenario) => number;
  /** easy: the first hidden fact is volunteered; hard: facts come out only for a real question. */
  hidden: 'volunteer-first' | 'on-cue' | 'on-question';
}

export const DIFFICULTY: Record<Scenario['difficulty'], DifficultyProfile> = {
  easy: {
    sensitivity: 0.5,
    calming: 1.5,
    patienceFactor: 1.5,
    objections: () => 0,
    hidden: 'volunteer-first',
  },
  medium: {
    sensitivity: 1,
    calming: 1,
    patienceFactor: 1,
    objections: (s) => Math.min(1, s.objections.length),
    hidden: 'on-cue',
  },
  hard: {
    sensitivity: 1.5,
    calming: 0.7,
    patienceFactor: 0.7,
    objections: (s) => s.objections.length,
    hidden: 'on-question',
  },
};
