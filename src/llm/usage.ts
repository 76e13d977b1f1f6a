import { z } from 'zod';

export const LLM_ROLES = ['planner', 'customer', 'tagger', 'judge'] as const;
export type LlmRole = (typeof LLM_ROLES)[number];

/** One model call, as recorded with the turn (or the drill, for the judge). */
export const UsageRecord = z.object({
  role: z.enum(LLM_ROLES),
  model: z.string(),
  promptTokens: z.int().min(0),
  completionTokens: z.int().min(0),
  cachedTokens: z.int().min(0),
  ms: z.number().min(0),
  attempts: z.int().min(1),
  ok: z.boolean(),
  error: z.string().optional(),
});
export type UsageRecord = z.infer<typeof UsageRecord>;
