import { z } from 'zod';
import { CONDUCT_LABELS } from '../csc/conduct.ts';
import { STAGE_IDS } from '../csc/stages.ts';
import { STRATEGY_CODES } from '../csc/strategies.ts';
import { LangSchema } from '../csc/text.ts';
import { CustomerState, Emotion } from '../customer/state.ts';
import { UsageRecord } from '../llm/usage.ts';

export const DRILL_MODES = ['practice', 'exam'] as const;
export const DrillMode = z.enum(DRILL_MODES);
export type DrillMode = z.infer<typeof DrillMode>;

export const END_REASONS = [
  'resolved',
  'customer-gave-up',
  'trainee-ended',
  'max-turns',
  'idle-timeout',
  'abandoned',
] as const;
export const EndReason = z.enum(END_REASONS);
export type EndReason = z.infer<typeof EndReason>;

export const DrillStatus = z.enum(['created', 'active', 'ended', 'scored']);
export type DrillStatus = z.infer<typeof DrillStatus>;

export const TaggedCode = z.object({ code: z.enum(STRATEGY_CODES), confidence: z.number() });

const Span = z.object({ text: z.string(), start: z.int(), end: z.int() });

/** What the engine learned from an agent reply when it was made; the scorecard reuses it instead of re-analysing. */
export const StoredAnalysis = z.object({
  tags: z.object({
    lang: LangSchema,
    primary: z.enum(STRATEGY_CODES),
    stage: z.enum(STAGE_IDS).nullable(),
    strategies: z.array(
      z.object({ code: z.enum(STRATEGY_CODES), confidence: z.number(), evidence: z.array(Span) }),
    ),
    /** Records stored before conduct tagging have none; they read back as an empty list. */
    conduct: z
      .array(z.object({ label: z.enum(CONDUCT_LABELS), confidence: z.number(), evidence: z.array(Span) }))
      .default([]),
  }),
  conveyed: z.array(z.object({ id: z.string(), quote: z.string() })),
  claims: z.array(z.object({ claimId: z.string(), fatal: z.boolean(), quote: z.string() })),
  identityFieldsAsked: z.array(z.string()),
  leak: z.string().optional(),
  action: z.boolean(),
});

export const TranscriptEntry = z.object({
  speaker: z.enum(['customer', 'agent']),
  text: z.string(),
  at: z.iso.datetime(),
  /** Agent turns: the strategies the tagger found, primary first. */
  strategies: z.array(TaggedCode).optional(),
  /** Customer turns: the customer's emotion after this line. */
  emotion: Emotion.optional(),
  revealed: z.array(z.string()).optional(),
  /** Agent turns recorded by the engine: the full analysis of the reply. */
  analysis: StoredAnalysis.optional(),
  /** Set when a model failed and the offline twin produced this turn. */
  fallback: z.string().optional(),
  /** Model calls made for this entry (customer line, or tags of an agent reply). */
  usage: z.array(UsageRecord).optional(),
  /** Agent turns: things the judge must know, e.g. "manipulation" (tried to instruct the simulator). */
  flags: z.array(z.string()).optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;

export const ComplianceHit = z.object({
  claimId: z.string(),
  fatal: z.boolean(),
  turn: z.int(),
  quote: z.string(),
});
export type ComplianceHit = z.infer<typeof ComplianceHit>;

export const Drill = z.object({
  id: z.string(),
  trainee: z.object({ id: z.string(), name: z.string().optional() }),
  scenarioId: z.string(),
  personaId: z.string(),
  lang: LangSchema,
  mode: DrillMode,
  seed: z.int(),
  status: DrillStatus,
  endReason: EndReason.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When the customer last spoke: the trainee's response time is measured from here. */
  lastCustomerAt: z.iso.datetime(),
  /** Number of transcript entries; entries are stored one key each so a turn writes O(1). */
  entries: z.int().min(0),
  agentTurns: z.int().min(0),
  customer: CustomerState,
  conveyed: z.array(z.string()),
  actionTaken: z.boolean(),
  compliance: z.array(ComplianceHit),
  /** Identity data of the account holder that the agent disclosed to an impostor. */
  leaks: z.array(z.object({ turn: z.int(), quote: z.string() })),
  /**
   * The trainee's last reply is stored but the customer has not answered it yet: what the customer
   * needs to know about it, so a restarted process can answer exactly as the crashed one would have.
   */
  pending: z
    .object({
      newlyConveyed: z.array(z.string()),
      action: z.boolean(),
      forbidden: z.boolean(),
      identityFieldsAsked: z.array(z.string()),
    })
    .optional(),
  /** Where the drill lives on a chat platform, if anywhere (an adapter's conversation key). */
  channelKey: z.string().optional(),
  /**
   * The event (platform event id, or a client's idempotency key) whose trainee reply was stored
   * last: the same event again replays that turn's result instead of playing it twice.
   */
  lastEventId: z.string().optional(),
});
export type Drill = z.infer<typeof Drill>;
