import { z } from 'zod';
import { CONDUCT_LABELS } from '../csc/conduct/labels.ts';
import { LocalizedText } from '../csc/text.ts';
import { TOPIC_IDS } from '../csc/topics.ts';
import { checkCustomerSide } from './customer-rules.ts';
import { Answer, Challenge, HiddenFact, Mood, Need, Objection, Reactions } from './customer-side.ts';
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

/** Wordings per language; either list may be empty (a value written the same way in both, "RMB 150"). */
const Wordings = z
  .object({
    zh: z.array(z.string().trim().min(1)).default([]),
    en: z.array(z.string().trim().min(1)).default([]),
  })
  .strict()
  .refine((w) => w.zh.length + w.en.length > 0, 'give at least one wording');

/**
 * One key value of a knowledge entry and what contradicts it: the topic it is about, the right value
 * and the wordings that assert a wrong one. A statement about the topic that gives another value of
 * the same kind (another number of days, another amount or date) or a wrong wording is a wrong fact.
 */
export const KeyFact = z
  .object({
    topic: Cues.describe(
      'Words that show a sentence is about this value ("temporary loss report", "临时挂失"); specific, so other numbers are not compared with it',
    ),
    value: Wordings.optional().describe(
      'The right value in its wordings ("5 days", "free", "at a branch"); the amounts, durations, dates, percentages, counts and clock times in them are what a stated quantity is compared with',
    ),
    wrong: Wordings.optional().describe(
      'Wordings that assert a contradicting value ("online" for a branch-only step, "indefinitely", "incoming money is blocked too"); stated about the topic, not asked, negated or quoted, they are a wrong fact',
    ),
  })
  .strict()
  .refine((f) => f.value || f.wrong, 'a key fact needs "value" or "wrong" (nothing could contradict it)');

export const KnowledgeEntry = z
  .object({
    id: Slug,
    text: LocalizedText.describe('The policy, process or fact the agent should convey'),
    cues: Cues.describe(
      'Words that show the reply is about this entry; with `values`, the topic only (the values carry the fact)',
    ),
    values: z
      .array(Wordings)
      .default([])
      .describe(
        'Key values the statement must carry to count (amounts, timelines, counts, channels): each item is one value in any of its wordings; amounts and durations also match when written otherwise ("one working day" = "1个工作日")',
      ),
    contradicts: Wordings.optional().describe(
      'Wordings that state this entry wrongly (a wrong channel, a waived fee that is not waived); said as a statement, they count as a wrong fact',
    ),
    keyFacts: z
      .array(KeyFact)
      .default([])
      .describe(
        'The key values of this entry with their topics, so a statement that asserts a contradicting value (wrong timeline, fee, channel, rule, status) is a wrong fact',
      ),
  })
  .strict();

/** How a forbidden claim is made, read on meaning (see `frame`). */
export const CLAIM_FRAMES = ['guarantee', 'permission', 'request'] as const;

export const ForbiddenClaim = z
  .object({
    id: Slug,
    pattern: z
      .object({ zh: RegexSource, en: RegexSource })
      .strict()
      .optional()
      .describe(
        'Regular expressions matched against each clause of the agent reply (both languages); a match inside a refusal or negation does not count',
      ),
    act: z
      .enum(CONDUCT_LABELS)
      .optional()
      .describe(
        "The tagger's conduct label that carries this claim (a promise, a request for a secret, a disclosure); it counts when the clause flagged is about `about`",
      ),
    about: Wordings.optional().describe(
      'Topic words that make a flagged `act` this claim (a promise about the arrival time, the refund…); without them any such act counts',
    ),
    says: Wordings.optional().describe(
      'The claim in so many words, in a few paraphrases ("use your friend\'s quota"); counts when stated, not asked, refused or negated',
    ),
    frame: z
      .object({
        kind: z
          .enum(CLAIM_FRAMES)
          .describe(
            'What makes it the claim: a guarantee of an outcome, a permission for a risky act, a request for a secret',
          ),
        object: Wordings.describe(
          'The outcome, act or secret the frame is about ("money back", "money changer", "digits"); any guarantee, permission or request wording of that kind in the same sentence makes the claim, in any words',
        ),
      })
      .strict()
      .optional()
      .describe(
        'The claim by meaning, so unseen paraphrases count; not in a question, a refusal, a warning or a condition',
      ),
    reason: LocalizedText,
    fatal: z.boolean().describe('A fatal claim fails the whole drill'),
  })
  .strict();

export const JudgeSettings = z
  .object({
    firstStepBy: z
      .int()
      .min(1)
      .optional()
      .describe(
        'Urgent scenarios: the agent turn (1 = first reply) by which the first substantive step (a verification request, a probing question, a fact, an action) must come',
      ),
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
    answers: z
      .array(Answer)
      .optional()
      .describe('Direct questions about what the customer prefers or chooses, answered concretely'),
    needs: z
      .array(Need)
      .min(1)
      .describe('What the customer keeps asking for until it is addressed; the agenda behind the goal'),
    reactions: Reactions.default({}),
    knowledge: z.array(KnowledgeEntry).min(1),
    forbiddenClaims: z.array(ForbiddenClaim).min(1),
    resolution: Resolution,
    identityVerificationRequired: z.boolean(),
    judge: JudgeSettings.default({}).describe('How the scorecard judges this scenario beyond the defaults'),
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
    s.forbiddenClaims.forEach((c, i) => {
      if (!c.pattern && !c.act && !c.says && !c.frame)
        ctx.addIssue({
          code: 'custom',
          path: ['forbiddenClaims', i],
          message:
            'a forbidden claim needs at least one of "act", "says", "frame" or "pattern" (nothing could match it)',
        });
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
