import { z } from 'zod';
import { STRATEGY_CODES } from '../csc/strategies.ts';

/** Structured outputs of the tagger and judge models; ranges are enforced in code after parsing. */
export const TaggerOutput = z.object({
  strategies: z.array(
    z.object({
      code: z.enum(STRATEGY_CODES),
      confidence: z.number(),
      evidence: z.array(z.string()).describe('Exact substrings of the reply that show the strategy'),
    }),
  ),
  primary: z.enum(STRATEGY_CODES),
});
export type TaggerOutput = z.infer<typeof TaggerOutput>;

export const JudgeOutput = z.object({
  checks: z.array(
    z.object({
      id: z.string(),
      result: z.enum(['yes', 'no', 'na']),
      turn: z.int().nullable().describe('The "turn" number of the transcript line holding the evidence'),
      quote: z.string().nullable().describe('Exact words copied from the "text" of that turn'),
    }),
  ),
});
export type JudgeOutput = z.infer<typeof JudgeOutput>;
