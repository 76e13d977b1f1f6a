import { z } from 'zod';
import { LocalizedText } from '../csc/text.ts';
import { TOPIC_IDS } from '../csc/topics.ts';
import { checkCustomerSide } from './customer-rules.ts';
import { Challenge, HiddenFact, Mood, Need, Objection, Reactions } from './customer-side.ts';
import { IdentityData, Slug } from './persona.ts';
import { patternProblem } from './safe-pattern.ts';

export { HiddenFact } from './customer-side.ts';

/** Refused here, with why, is what could freeze a drill: invalid syntax, nested repetition, excessive length. */
const RegexSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One thing the customer tells, in one or more wordings per language. */
const Told = z
  .object({
    zh: z.array(z.string().trim().min(1)).min(1),
    en: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

/** Words or phrases per language; any one of them occurring counts as a match. */
export const Cues = z
  .object({
    zh: z.array(z.string().trim().min(1)).min(1),
    en: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

export const KnowledgeEntry = z
  .object({
    id: Slug,
    text: LocalizedText.describe('The policy, process or fact the agent should convey'),
    cues: Cues.describe('Words that show the agent conveyed this entry'),
  })
  .strict();

export const ForbiddenClaim = z
  .object({
    id: Slug,
    pattern: z
      .object({ zh: RegexSource, en: RegexSource })
      .strict()
      .describe('Regular expressions matched against the agent reply in each language'),
    reason: LocalizedText,
    fatal: z.boolean().describe('A fatal claim fails the whole drill'),
  })
  .strict();

export const Resolution = z
  .object({
    description: LocalizedText.describe('What counts as resolved'),
    requiredKnowledge: z.array(Slug).describe('Knowledge entry ids the agent must convey'),
    actionRequired: z.boolean().describe('Whether the agent must actually carry something out (RI)'),
  })
  .strict();

export const SCENARIO_KINDS = [
  'standard',
  'refund',
  'ticket-follow-up',
  'technical-fault',
  'social-engineering',
] as const;

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    title: LocalizedText,
    topic: z.enum(TOPIC_IDS),
    kind: z.enum(SCENARIO_KINDS).default('standard'),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    briefing: LocalizedText.describe('What the trainee is told before the drill starts'),
    customerGoal: LocalizedText,
    reasonForContact: LocalizedText,
    openingLine: LocalizedText.describe("The customer's first message"),
    identity: IdentityData.partial()
      .optional()
      .describe(
        "The customer's identity data in this situation (the card of the story, a caller's own number); wins over the persona's, field by field",
      ),
    mood: Mood.optional(),
    upFront: z
      .array(Told)
      .min(1)
      .describe(
        'What the customer tells without being asked, once the agent invites it; several wordings each',
      ),
    hiddenFacts: z.array(HiddenFact).min(1),
    objections: z
      .array(Objection)
      .min(1)
      .describe(
        'Push-backs, each raised only once its trigger has come up; medium raises one, hard all, easy none',
      ),
    challenges: z
      .array(Challenge)
      .default([])
      .describe('Wrong information the customer knows to contradict (it clashes with the story or a fact)'),
    needs: z
      .array(Need)
      .min(1)
      .describe('What the customer keeps asking for until it is addressed; the agenda behind the goal'),
    reactions: Reactions.default({}),
    knowledge: z.array(KnowledgeEntry).min(1),
    forbiddenClaims: z.array(ForbiddenClaim).min(1),
    resolution: Resolution,
    identityVerificationRequired: z.boolean(),
    impostor: z
      .object({
        holder: IdentityData.describe('The real account holder; the persona plays the caller'),
        knows: z
          .array(z.enum(['fullName', 'phone', 'cardLastFour', 'dateOfBirth', 'accountHints']))
          .describe("Fields of the holder's identity the caller can answer"),
        evasions: z
          .array(LocalizedText)
          .min(1)
          .describe('Lines the impostor uses to get around verification'),
      })
      .strict()
      .optional()
      .describe('Present only when the caller is NOT the account holder (social-engineering drills)'),
    maxTurns: z.int().min(4).max(60),
    suggestedPersonas: z.array(Slug).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    checkCustomerSide(s, ctx);
    const known = new Set(s.knowledge.map((k) => k.id));
    s.resolution.requiredKnowledge.forEach((id, i) => {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['resolution', 'requiredKnowledge', i],
          message: `unknown knowledge entry "${id}" (known: ${[...known].join(', ')})`,
        });
      }
    });
    if (s.kind === 'social-engineering' && !s.impostor) {
      ctx.addIssue({
        code: 'custom',
        path: ['impostor'],
        message: 'a social-engineering scenario needs "impostor"',
      });
    }
    if (s.impostor && !s.identityVerificationRequired) {
      ctx.addIssue({
        code: 'custom',
        path: ['identityVerificationRequired'],
        message: 'must be true when the caller is an impostor',
      });
    }
  });
export type Scenario = z.infer<typeof Scenario>;
