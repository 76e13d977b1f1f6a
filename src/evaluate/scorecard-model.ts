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

export const Check = z.object({
  id: z.string(),
  section: z.enum(SECTIONS),
  result: z.enum(['yes', 'no', 'na']),
  /** Index into the transcript of the evidence. */
  turn: z.int().optional(),
  /** Verbatim text of that transcript entry. */
  quote: z.string().optional(),
  fatal: z.boolean().optional(),
  note: z.string().optional(),
  /** Set when a model judge answered this check but code could not stand behind it (the reason). */
  modelDiscarded: z.string().optional(),
});
export type Check = z.infer<typeof Check>;

/** A model judge's answer to one check, before code verifies its quote. */
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
  passed: z.boolean(),
  passMark: z.number(),
  fatal: z.boolean(),
  endReason: z.string().optional(),
  sections: z.record(z.enum(SECTIONS), z.number().nullable()),
  checks: z.array(Check),
  stageCoverage: z.record(z.enum(STAGE_IDS), z.boolean()),
  timeline: z.array(
    z.object({ turn: z.int(), primary: z.enum(STRATEGY_CODES), codes: z.array(z.enum(STRATEGY_CODES)) }),
  ),
  emotionCurve: z.array(z.object({ turn: z.int(), emotion: z.number() })),
  improvements: z.array(Improvement),
  /** Which judge answered the checks (offline rules, or a model with its prompt version). */
  judge: z.string(),
});
export type Scorecard = z.infer<typeof Scorecard>;
