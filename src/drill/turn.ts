import type { TagResult } from '../csc/tagger/tagger.ts';
import type { LocalizedText } from '../csc/text.ts';
import type { CustomerReply } from '../customer/types.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import type { DrillContext } from './context.ts';
import { type Ended, endedOf, finishDrill } from './finish.ts';
import { emptyMessage, FALLBACK_NOTICE, messageTooLong, NOTICE_SUBJECT } from './messages.ts';
import type { Drill, TranscriptEntry } from './model.ts';

export interface TurnResult {
  drill: Drill;
  /** The trainee's tags; only in practice mode (exam hides them until the scorecard). */
  tags?: TagResult;
  customer?: TranscriptEntry;
  ended?: Ended;
  /** The drill had been idle too long: it ended before this reply was read. */
  timedOut?: boolean;
  /** Short lines for the trainee, e.g. that the offline engine answered because the model failed. */
  notices?: LocalizedText[];
}

interface ModelTags {
  tags?: TagResult;
  usage?: UsageRecord[];
  fallback?: string;
  notice?: LocalizedText;
}

/** The text a trainee may send: trimmed, not empty, within the configured length. */
export function checkedReply(text: string, maxChars: number): string {
  const trimmed = text.trim();
  if (!trimmed) throw emptyMessage();
  if (trimmed.length > maxChars) throw messageTooLong(trimmed.length, maxChars);
  return trimmed;
}

/**
 * One trainee reply: tag it, update the state, let the customer answer or end, score at the end.
 * With an event id (the platform's, or a client's idempotency key) the turn is played once: the
 * same event again returns what the first one produced, finishing it first if a crash cut it short.
 */
export async function playTurn(
  ctx: DrillContext,
  drillId: string,
  traineeId: string,
  text: string,
  eventId?: string,
) {
  const trimmed = checkedReply(text, ctx.o.maxMessageChars);
  return ctx.locked(drillId, async (): Promise<TurnResult> => {
    if (eventId) {
      const seen = await ctx.load(drillId);
      if (seen.lastEventId === eventId && seen.trainee.id === traineeId) return replayTurn(ctx, seen);
    }
    let drill = await ctx.loadActive(drillId, traineeId);
    const now = ctx.clock();
    if (now.getTime() - Date.parse(drill.updatedAt) > ctx.o.idleTimeoutMs) {
      const ended = await finishDrill(ctx, drill, 'idle-timeout');
      return { drill: await ctx.load(drillId), ended, timedOut: true };
    }
    if (drill.pending) drill = (await customerTurn(ctx, drill)).drill;
    if (drill.status !== 'active') return { drill, ended: await endedOf(ctx, drill) };

    const scenario = ctx.o.catalogue.scenario(drill.scenarioId);
    const customerLine = (await ctx.repo.lastEntry(drill, 'customer'))?.text ?? '';
    const analysis = ctx.analyse(drill, scenario, trimmed, customerLine);
    const at = now.toISOString();
    const entry: TranscriptEntry = {
      speaker: 'agent',
      text: trimmed,
      at,
      strategies: analysis.tags.strategies.map((s) => ({ code: s.code, confidence: s.confidence })),
      analysis,
    };
    await ctx.repo.appendEntry(drill, entry);
    drill = {
      ...drill,
      entries: drill.entries + 1,
      agentTurns: drill.agentTurns + 1,
      updatedAt: at,
      conveyed: [...drill.conveyed, ...analysis.conveyed.map((c) => c.id)],
      actionTaken: drill.actionTaken || analysis.action,
      compliance: [
        ...drill.compliance,
        ...analysis.claims.map((c) => ({
          claimId: c.claimId,
          fatal: c.fatal,
          turn: drill.entries,
          quote: c.quote,
        })),
      ],
      leaks: analysis.leak ? [...drill.leaks, { turn: drill.entries, quote: analysis.leak }] : drill.leaks,
      pending: {
        newlyConveyed: analysis.conveyed.map((c) => c.id),
        action: analysis.action,
        forbidden: analysis.claims.length > 0 || Boolean(analysis.leak),
        identityFieldsAsked: analysis.identityFieldsAsked,
      },
      lastEventId: eventId ?? drill.lastEventId,
    };
    await ctx.repo.put(drill);
    // The model tagger starts now and runs beside the customer: a turn waits for one model call, not two.
    const modelTags = tagWithModel(ctx, drill, trimmed, customerLine);
    const stored = drill;
    const result = await customerTurn(ctx, drill, analysis.tags, async (reply) => {
      const m = await modelTags;
      const flags = [...(reply.manipulation ? ['manipulation'] : []), ...(reply.flags ?? [])];
      if (m.tags || m.usage || flags.length) {
        await ctx.repo.rewriteEntry(stored, stored.entries - 1, withModelTags(entry, m, flags));
      }
    });
    const tagged = await modelTags;
    const tags = tagged.tags ?? analysis.tags;
    const notices = [...(result.notices ?? []), ...(tagged.notice ? [tagged.notice] : [])];
    return {
      ...result,
      tags: drill.mode === 'practice' ? tags : undefined,
      notices: notices.length ? notices : undefined,
    };
  });
}

/** The result of a turn already stored for this event: the customer's line after it, and the ending if it ended. */
async function replayTurn(ctx: DrillContext, stored: Drill): Promise<TurnResult> {
  let drill = stored;
  // The trainee's reply was stored but the customer had not answered: answer now, as the first run would have.
  if (drill.pending && drill.status === 'active') return customerTurn(ctx, drill);
  let ended: Ended | undefined;
  if (drill.status === 'ended' && drill.endReason) {
    // The drill ended but was not scored before the crash: score it now.
    ended = await finishDrill(ctx, drill, drill.endReason);
    drill = await ctx.load(drill.id);
  } else ended = await endedOf(ctx, drill);
  const agent = await ctx.repo.lastEntry(drill, 'agent');
  const customer = await ctx.repo.lastEntry(drill, 'customer');
  const tags = drill.mode === 'practice' ? agent?.analysis?.tags : undefined;
  return { drill, customer, ended, tags };
}

/** The customer's answer to the stored trainee reply; after a crash it is recomputed from what was stored. */
async function customerTurn(
  ctx: DrillContext,
  drill: Drill,
  knownTags?: TagResult,
  beforeCommit?: (reply: CustomerReply) => Promise<void>,
): Promise<TurnResult> {
  const { repo } = ctx;
  const pending = drill.pending;
  if (!pending) throw new Error(`drill ${drill.id} has no trainee reply awaiting the customer`);
  const scenario = ctx.o.catalogue.scenario(drill.scenarioId);
  const persona = ctx.o.catalogue.persona(drill.personaId);
  const agent = await repo.lastEntry(drill, 'agent');
  if (!agent) throw new Error(`drill ${drill.id} awaits the customer but has no trainee reply`);
  const tags =
    knownTags ??
    ctx.analyse(
      { ...drill, agentTurns: drill.agentTurns - 1 },
      scenario,
      agent.text,
      (await repo.lastEntry({ ...drill, entries: drill.entries - 1 }, 'customer'))?.text ?? '',
    ).tags;
  const resolutionMet =
    scenario.resolution.requiredKnowledge.every((id) => drill.conveyed.includes(id)) &&
    (!scenario.resolution.actionRequired || drill.actionTaken) &&
    !drill.compliance.some((c) => c.fatal) &&
    drill.leaks.length === 0;
  const reply = await ctx.o.customer.respond({
    scenario,
    persona,
    lang: drill.lang,
    seed: drill.seed,
    turn: drill.agentTurns - 1,
    state: drill.customer,
    agentText: agent.text,
    tags,
    newlyConveyed: pending.newlyConveyed,
    conveyed: drill.conveyed,
    actionNow: pending.action,
    resolutionMet,
    breach: drill.compliance.some((c) => c.fatal) || drill.leaks.length > 0,
    forbiddenClaim: pending.forbidden,
    latencyMs: Date.parse(agent.at) - Date.parse(drill.lastCustomerAt),
    turnsLeft: scenario.maxTurns - drill.agentTurns,
    history: (n) => repo.recentLines(drill, n),
  });
  await beforeCommit?.(reply);
  const at = ctx.clock().toISOString();
  const customer: TranscriptEntry = {
    speaker: 'customer',
    text: reply.text,
    at,
    emotion: reply.state.emotion,
  };
  if (reply.revealed.length) customer.revealed = reply.revealed;
  if (reply.fallback) customer.fallback = reply.fallback;
  if (reply.usage) customer.usage = reply.usage;
  await repo.appendEntry(drill, customer);
  const next: Drill = {
    ...drill,
    entries: drill.entries + 1,
    customer: reply.state,
    lastCustomerAt: at,
    updatedAt: at,
    pending: undefined,
  };
  await repo.put(next);
  const notices = reply.fallback ? [FALLBACK_NOTICE(NOTICE_SUBJECT.customer, reply.fallback)] : undefined;
  if (!reply.end) return { drill: next, customer, notices };
  const ended = await finishDrill(ctx, next, reply.end);
  return { drill: await ctx.load(drill.id), customer, ended, notices };
}

/** The model tagger's view of the reply, or a note on why the offline tags stand. */
async function tagWithModel(
  ctx: DrillContext,
  drill: Drill,
  text: string,
  customerLine: string,
): Promise<ModelTags> {
  if (!ctx.o.modelTagger) return {};
  try {
    const r = await ctx.o.modelTagger.tag({
      text,
      lang: drill.lang,
      context: customerLine,
      turn: drill.agentTurns - 1,
      upset: drill.customer.emotion >= 2,
    });
    return { tags: r.tags, usage: [r.usage] };
  } catch (e) {
    if (!(e instanceof LlmFailure)) throw e;
    const usage = (e as { usage?: UsageRecord }).usage;
    return {
      usage: usage ? [usage] : undefined,
      fallback: e.kind,
      notice: FALLBACK_NOTICE(NOTICE_SUBJECT.tags, e.kind),
    };
  }
}

/** The stored agent entry with the model's tags (when it gave valid ones) and the simulator's flags. */
function withModelTags(entry: TranscriptEntry, m: ModelTags, flags: readonly string[]): TranscriptEntry {
  const next: TranscriptEntry = { ...entry };
  if (m.tags && next.analysis) {
    next.analysis = { ...next.analysis, tags: m.tags };
    next.strategies = m.tags.strategies.map((s) => ({ code: s.code, confidence: s.confidence }));
  }
  if (m.usage) next.usage = m.usage;
  if (m.fallback) next.fallback = m.fallback;
  if (flags.length) next.flags = [...new Set([...(next.flags ?? []), ...flags])];
  return next;
}
