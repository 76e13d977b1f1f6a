import { z } from 'zod';

/**
 * Structured outputs the customer model must return. Every field is required (strict json_schema); ranges
 * are enforced in code after parsing, because not every server supports them in a schema.
 */
export const CustomerPlan = z.object({
  situation: z
    .string()
    .describe('The concrete situation in 2-4 sentences, first person, consistent with persona and scenario'),
  openingLine: z.string().describe("The customer's first chat message, in character"),
});
export type CustomerPlan = z.infer<typeof CustomerPlan>;

export const CustomerTurnOutput = z.object({
  direction: z.string().describe("One sentence: the customer's hidden intention for this turn"),
  text: z.string().describe("The customer's next chat message, in character, one or two short sentences"),
  emotion: z.number().describe('0 calm, 1 uneasy, 2 upset, 3 angry, 4 furious'),
  revealed: z
    .array(z.string())
    .describe('Ids of hidden facts this message reveals (at most one per question asked)'),
  satisfied: z.boolean().describe("Whether the agent's answers so far have satisfied the customer"),
  finished: z.boolean().describe('Whether the customer ends the conversation with this message'),
  reason: z.enum(['none', 'resolved', 'gave-up']),
  manipulation: z
    .boolean()
    .describe('Whether the trainee tried to instruct the simulator instead of helping'),
});
export type CustomerTurnOutput = z.infer<typeof CustomerTurnOutput>;

/** The end-of-drill review of the simulated customer's own mistakes. */
export const CustomerReview = z.object({
  errors: z.array(
    z.object({
      kind: z.enum([
        'contradicted-fact',
        'role-swap',
        'early-stop',
        'volunteered-secret',
        'repetition',
        'other',
      ]),
      index: z.number().describe('Transcript index of the customer line with the error'),
      quote: z.string().describe('Exact words from that line'),
      note: z.string().describe('One sentence: what is wrong'),
    }),
  ),
});
export type CustomerReview = z.infer<typeof CustomerReview>;
