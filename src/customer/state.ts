import { z } from 'zod';

/** 0 calm, 1 uneasy, 2 upset, 3 angry, 4 furious. */
export const Emotion = z.number().min(0).max(4);

export const CustomerState = z.object({
  emotion: Emotion,
  /** Consecutive agent turns that moved nothing forward. */
  stalled: z.int().min(0),
  /** Turns at the top of the emotion scale. */
  furiousTurns: z.int().min(0),
  revealed: z.array(z.string()),
  objectionsRaised: z.int().min(0),
  identityAsked: z.boolean(),
  verified: z.boolean(),
  /** Identity fields the customer has already given (so a repeated question is answered differently). */
  identityGiven: z.array(z.string()),
  /** Every resolution criterion met: the customer is ready to say goodbye. */
  satisfied: z.boolean(),
  /** Exchanges since the customer was satisfied; the customer leaves when thanked or after two. */
  wrapUp: z.int().min(0),
  /** The LLM planner's concrete situation for this drill, made once at the start. */
  plan: z.string().optional(),
  /** Short hashes of lines already said, so the customer never repeats itself verbatim. */
  said: z.array(z.string()),
});
export type CustomerState = z.infer<typeof CustomerState>;
