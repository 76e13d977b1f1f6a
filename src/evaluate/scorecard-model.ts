import { z } from 'zod';
import { STAGE_IDS } from '../csc/stages.ts';
import { STRATEGY_CODES } from '../csc/strategies.ts';

export const SECTIONS = [
  'opening',
  'understanding',
  'resolution',
  'compliance',
  'closing',
  'soft-skills',
  'efficiency',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Documented weights of the overall score; they add up to 100. */
export const SECTION_WEIGHTS: Record<Section, number> = {
  opening: 15,
  understanding: 20,
  resolution: 30,
  compliance: 15,
  closing: 10,
  'soft-skills': 5,
  efficiency: 5,
};

/**
 * One atomic check of the scorecard. This is the contract advice, hints and the model judge read:
 * - `id`: stable check id (see CHECK_IDS; `knowledge:<entry id>` per required knowledge entry);
 * - `result`: `yes` (passed), `no` (failed), `na` (does not apply to this conversation or rubric);
 * - `turn`: the 1-based position in the transcript (1 = the customer's opening line) of the
 *   evidence; for a failed check, the line at fault when there is one;
 * - `quote`: the clause of that line that carries the act, verbatim (a substring of the line);
 * - `fatal`: a breach that fails the whole scorecard whatever the points;
 * - `ref`: the scenario item the check is about — a knowledge entry id, a forbidden claim id, a
 *   conduct label (blame, dismissive, rude, asks-secret…);
 * - `credit`: for a check only partly met, the share earned (0-1): empathy answered in 2 of 3
 *   distress episodes passes with 0.667; absent means 1 for `yes` and 0 for `no`;
 * - `note`: a short figure or reason (`2/3` episodes answered, `contradicted`, `turn 4 > 2`).
 */
export const Check = z.object({
  id: z.string(),
  section: z.enum(SECTIONS),
  result: z.enum(['yes', 'no', 'na']),
  turn: z.int().min(1).optional(),
  quote: z.string().optional(),
  fatal: z.boolean().optional(),
  ref: z.string().optional(),
  credit: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
  /** Set when a model judge answered this check but code could not stand behind it (the reason). */
  modelDiscarded: z.string().optional(),
});
export type Check = z.infer<typeof Check>;

/** Every check id the offline judge answers (besides `knowledge:<entry id>`). */
export const CHECK_IDS = [
  'greeting',
  'identity-verified',
  'first-step-in-time',
  'problem-understood',
  'hidden-facts-uncovered',
  'empathy',
  'no-wrong-fact',
  'action-taken',
  'goal-met',
  'no-forbidden-claim',
  'no-secret-request',
  'no-overpromise',
  'no-early-disclosure',
  'no-data-leak',
  'no-manipulation',
  'feedback-requested',
  'closed-politely',
  'polite',
  'no-blame',
  'no-dismissal',
  'turns-to-resolution',
  'no-stalling',
  'response-time',
] as const;

/** A model judge's answer to one check, before code verifies its quote; `turn` is 1-based like Check.turn. */
export interface JudgedAnswer {
  id: string;
  result: 'yes' | 'no' | 'na';
  turn?: number;
  quote?: string;
}

export const Improvement = z.object({
  checkId: z.string(),
  advice: z.string(),
  trySaying: z.string(),
});

export const Scorecard = z.object({
  overall: z.number().min(0).max(100),
  /** The overall before rounding (two decimals): ranks two conversations whose rounded overall ties. */
  score: z.number().min(0).max(100).optional(),
  passed: z.boolean(),
  passMark: z.number(),
  fatal: z.boolean(),
  endReason: z.string().optional(),
  /**
   * Which rubric answered the checks: `scenario:<id>` (the scenario's knowledge, claims and
   * settings apply) or `general` (a real chat without a scenario: scenario-specific checks are n/a).
   */
  rubric: z.string().default('general'),
  sections: z.record(z.enum(SECTIONS), z.number().nullable()),
  checks: z.array(Check),
  stageCoverage: z.record(z.enum(STAGE_IDS), z.boolean()),
  /** Agent lines by 1-based transcript position. */
  timeline: z.array(
    z.object({ turn: z.int(), primary: z.enum(STRATEGY_CODES), codes: z.array(z.enum(STRATEGY_CODES)) }),
  ),
  emotionCurve: z.array(z.object({ turn: z.int(), emotion: z.number() })),
  improvements: z.array(Improvement),
  /** Which judge answered the checks (offline rules, or a model with its prompt version). */
  judge: z.string(),
});
export type Scorecard = z.infer<typeof Scorecard>;
