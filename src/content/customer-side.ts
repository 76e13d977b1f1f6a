import { z } from 'zod';
import { LocalizedText } from '../csc/text.ts';
import { Slug } from './persona.ts';

const Line = z.string().trim().min(1, 'empty line');

/** Several ways the customer can say the same thing, in each language; the customer never reuses one. */
export const Phrasings = z
  .object({
    zh: z.array(Line).min(2, 'write at least two phrasings'),
    en: z.array(Line).min(2, 'write at least two phrasings'),
  })
  .strict();
export type Phrasings = z.infer<typeof Phrasings>;

/** A slot: alternatives separated by "|", each a word or phrase (either language) or "@concept". */
export const Slot = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s.split('|').every((alt) => alt.trim().length > 0), 'empty alternative between "|"');

/**
 * What the agent's sentence must be about: every slot matched by a different word of one sentence.
 * A question that reveals a fact needs two slots at least, so no single shared word can trigger it.
 */
export const Question = z
  .array(Slot)
  .min(2, 'a revealing question needs at least two slots (one word alone must never reveal a fact)');
export const Topic = z.array(Slot).min(1, 'a trigger needs at least one slot');

export const IDENTITY_FIELD_IDS = [
  'fullName',
  'phone',
  'cardLastFour',
  'dateOfBirth',
  'accountHints',
] as const;

export const HiddenFact = z
  .object({
    id: Slug,
    fact: LocalizedText.describe(
      'What the customer knows but tells only when asked (the meaning, for trainers and the LLM customer)',
    ),
    says: Phrasings.describe("The customer's own words when the fact comes out: first person, chat register"),
    revealedBy: LocalizedText.describe('The kind of question from the trainee that brings this fact out'),
    askedBy: z
      .array(Question)
      .min(1, 'a fact needs at least one revealing question')
      .describe('Questions that reveal the fact, each a list of slots that must all occur in one question'),
    identityField: z
      .enum(IDENTITY_FIELD_IDS)
      .optional()
      .describe('An identity question for this field reveals the fact (e.g. an impostor who cannot give it)'),
  })
  .strict()
  .transform((f) => ({ ...f, askCues: cuesOf(f.askedBy) }));

/** A flat word list of a fact's questions, for readers that still match words (external transcripts). */
function cuesOf(askedBy: readonly (readonly string[])[]): { zh: string[]; en: string[] } {
  const words = askedBy.flatMap((q) => q.flatMap((slot) => slot.split('|').map((w) => w.trim())));
  const literal = words.filter((w) => !w.startsWith('@'));
  return {
    zh: literal.filter((w) => /[\u3400-\u9fff]/u.test(w)),
    en: literal.filter((w) => !/[\u3400-\u9fff]/u.test(w)),
  };
}

export const Objection = z
  .object({
    id: Slug,
    when: LocalizedText.describe('When the customer raises it, in words (for trainers and the LLM customer)'),
    raisedBy: z
      .array(Topic)
      .min(1, 'an objection needs a trigger')
      .describe('What the agent must have brought up (any sentence) before the customer raises this'),
    after: Slug.optional().describe('Only once this hidden fact has come out'),
    says: Phrasings,
  })
  .strict();

export const Challenge = z
  .object({
    id: Slug,
    claim: LocalizedText.describe('The wrong information the customer contradicts'),
    saidBy: z
      .array(Topic)
      .min(1, 'a challenge needs the claim it answers')
      .describe('Agent sentences that make the wrong claim, as slots (with a figure: the topic words alone)'),
    after: Slug.optional().describe(
      'Only once this hidden fact has come out (the customer knows it is wrong)',
    ),
    says: Phrasings.describe('How the customer contradicts it'),
    figure: z
      .object({
        kind: z.enum(['money', 'duration', 'percent', 'count']),
        low: z.number().default(0),
        high: z.number().optional().describe('No upper bound when left out'),
      })
      .strict()
      .optional()
      .describe(
        'What the customer knows the figure to be: a saidBy sentence (the topic words only) stating a figure of this kind outside low..high near them is the wrong claim',
      ),
  })
  .strict()
  .refine((c) => c.figure || c.saidBy.every((q) => q.length >= 2), {
    message: 'a claim without a figure needs at least two slots (one word alone must never make it)',
    path: ['saidBy'],
  });

export const Answer = z
  .object({
    id: Slug,
    askedBy: z
      .array(Question)
      .min(1)
      .describe('Agent questions about a choice or preference of the customer (a day, an option), as slots'),
    after: Slug.optional().describe('Only once this hidden fact has come out'),
    says: Phrasings.describe('What the customer answers: a concrete choice and, where it fits, why'),
  })
  .strict();

export const Need = z
  .object({
    id: Slug,
    asks: Phrasings.describe('How the customer keeps asking while this is not addressed'),
    metBy: z
      .object({
        knowledge: z
          .array(Slug)
          .optional()
          .describe('Any of these knowledge entries conveyed meets the need'),
        action: z.boolean().optional().describe('The agent carrying something out (RI) meets the need'),
        done: z
          .boolean()
          .optional()
          .describe('The agent saying it has been done ("I\'ve reset it") meets the need'),
        topic: z.array(Topic).optional().describe('The agent talking about this meets the need'),
      })
      .strict()
      .refine((m) => m.knowledge?.length || m.action || m.done || m.topic?.length, 'say what meets the need'),
    after: Slug.optional().describe('The need appears only once this hidden fact has come out'),
  })
  .strict();

const Level = z.int().min(0).max(3);

export const Mood = z
  .object({
    urgency: Level.default(0),
    worry: Level.default(0),
    grief: Level.default(0),
    anger: Level.default(0),
  })
  .strict()
  .describe('How the situation itself weighs on the customer, whatever the persona (0 none … 3 strong)');

/** One step the agent can walk the customer through; the customer does it and says what they see. */
export const Step = z
  .object({
    id: Slug,
    doneBy: z
      .array(Topic)
      .min(1, 'a step needs the instruction that makes the customer do it')
      .describe('Instructions from the agent that make the customer do this step, as slots'),
    after: Slug.optional().describe('Only once this other step is done'),
    blocked: Phrasings.optional().describe(
      'What the customer sees when trying it before the `after` step is done',
    ),
    solves: z
      .boolean()
      .optional()
      .describe("Done, this step solves the customer's problem (they are satisfied)"),
    says: Phrasings.describe('What the customer reports after doing it (one step, what they see now)'),
  })
  .strict();

export const Reactions = z
  .object({
    steps: z
      .array(Step)
      .optional()
      .describe('Steps the customer carries out one at a time when the agent guides them (technical faults)'),
    pressure: Phrasings.optional().describe('Reminders of what is at stake, used when the agent stalls'),
    thanks: Phrasings.optional().describe('What the customer says once satisfied'),
    leave: Phrasings.optional().describe('What the customer says when giving up'),
    goodbye: Phrasings.optional().describe('The last line after the agent closes'),
    doing: Phrasings.optional().describe(
      'What the customer says while doing the steps the agent gave (when the solution is in their hands)',
    ),
  })
  .strict();
