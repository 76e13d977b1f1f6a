import { randomInt, randomUUID } from 'node:crypto';
import type { Library } from '../content/library.ts';
import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import type { StrategyTagger, TagResult } from '../csc/tagger/tagger.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import type { Customer, CustomerReply } from '../customer/types.ts';
import type { JudgeInput } from '../evaluate/offline-judge.ts';
import { buildScorecard } from '../evaluate/scorecard.ts';
import type { JudgedAnswer, Scorecard } from '../evaluate/scorecard-model.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import type { DrillRepository, HistoryItem } from '../store/drill-repository.ts';
import { analyseReply, type ReplyAnalysis } from './analyse.ts';
import { chooseDrill, closest } from './choose.ts';
import { DrillError } from './errors.ts';
import { type Hint, recommend } from './hint.ts';
import type { Drill, DrillMode, EndReason, TranscriptEntry } from './model.ts';

export interface DrillServiceOptions {
  library: Library;
  repo: DrillRepository;
  tagger: StrategyTagger;
  customer: Customer;
  defaultLang: Lang;
  passMark: number;
  idleTimeoutMs: number;
  maxMessageChars: number;
  clock?: () => Date;
  /** An LLM tagger run beside the customer call; its tags replace the offline ones when valid. */
  modelTagger?: ModelTagger;
  /** An LLM judge answering the scorecard's checks; unverifiable answers fall back to the offline judge. */
  judge?: ModelJudge;
}

export interface ModelTagger {
  tag(input: {
    text: string;
    lang: Lang;
    context: string;
    turn: number;
    upset: boolean;
  }): Promise<{ tags: TagResult; usage: UsageRecord }>;
}

export interface ModelJudge {
  judge(input: JudgeInput): Promise<{ answers: JudgedAnswer[]; judge: string; usage: UsageRecord }>;
}

/** One short line telling the trainee the offline engine stood in for the model. */
export const FALLBACK_NOTICE = (what: LocalizedText, why: string): LocalizedText => ({
  zh: `（模型暂不可用：${why}；本轮${what.zh}由离线引擎完成）`,
  en: `(Model unavailable: ${why}; the offline engine did the ${what.en} this turn)`,
});

export interface StartRequest {
  trainee: { id: string; name?: string };
  scenarioId?: string;
  personaId?: string;
  lang?: Lang;
  mode?: DrillMode;
  seed?: number;
  channelKey?: string;
}

export interface Ended {
  reason: EndReason;
  scorecard: Scorecard;
}

export interface Started {
  drill: Drill;
  scenario: Scenario;
  persona: Persona;
  opening: TranscriptEntry;
  notices?: LocalizedText[];
  /** A drill the trainee left open, ended as abandoned by this start. */
  abandoned?: { drill: Drill; ended: Ended };
}

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

const PRESENT = 0.3;

interface ModelTags {
  tags?: TagResult;
  usage?: UsageRecord[];
  fallback?: string;
  notice?: LocalizedText;
}

/** The stored agent entry with the model's tags (when it gave valid ones) and the simulator's flags. */
function withModelTags(
  entry: TranscriptEntry,
  m: ModelTags,
  manipulation: boolean | undefined,
): TranscriptEntry {
  const next: TranscriptEntry = { ...entry };
  if (m.tags && next.analysis) {
    next.analysis = { ...next.analysis, tags: m.tags };
    next.strategies = m.tags.strategies.map((s) => ({ code: s.code, confidence: s.confidence }));
  }
  if (m.usage) next.usage = m.usage;
  if (m.fallback) next.fallback = m.fallback;
  if (manipulation) next.flags = [...new Set([...(next.flags ?? []), 'manipulation'])];
  return next;
}

/** The platform-free drill core: start, turn, hint, end, status, list. Every adapter drives this. */
export class DrillService {
  private readonly clock: () => Date;

  constructor(private readonly o: DrillServiceOptions) {
    this.clock = o.clock ?? (() => new Date());
  }

  get library(): Library {
    return this.o.library;
  }

  scenario(id: string): Scenario {
    const s = this.o.library.scenarios.get(id);
    if (!s) throw this.unknown('unknown-scenario', id, [...this.o.library.scenarios.keys()]);
    return s;
  }

  persona(id: string): Persona {
    const p = this.o.library.personas.get(id);
    if (!p) throw this.unknown('unknown-persona', id, [...this.o.library.personas.keys()]);
    return p;
  }

  async start(req: StartRequest): Promise<Started> {
    if (req.scenarioId) this.scenario(req.scenarioId);
    if (req.personaId) this.persona(req.personaId);
    const seed = req.seed ?? randomInt(2 ** 31);
    const history = await this.o.repo.history(req.trainee.id);
    const { scenario, personaId } = chooseDrill(this.o.library, history, seed, req.scenarioId, req.personaId);
    const persona = this.persona(personaId);

    let abandoned: Started['abandoned'];
    const previous = await this.o.repo.activeDrillId(req.trainee.id);
    if (previous) {
      const old = await this.o.repo.get(previous);
      if (old && old.status === 'active') {
        const ended = await this.locked(old.id, async () =>
          this.finish(await this.load(old.id), 'abandoned'),
        );
        abandoned = { drill: await this.load(old.id), ended };
      }
    }

    const now = this.clock().toISOString();
    const lang = req.lang ?? this.o.defaultLang;
    const opened = await this.o.customer.open(scenario, persona, lang, seed);
    const drill: Drill = {
      id: randomUUID(),
      trainee: req.trainee,
      scenarioId: scenario.id,
      personaId: persona.id,
      lang,
      mode: req.mode ?? 'practice',
      seed,
      status: 'created',
      createdAt: now,
      updatedAt: now,
      lastCustomerAt: now,
      entries: 0,
      agentTurns: 0,
      customer: opened.state,
      conveyed: [],
      actionTaken: false,
      compliance: [],
      leaks: [],
      channelKey: req.channelKey,
    };
    const opening: TranscriptEntry = {
      speaker: 'customer',
      text: opened.text,
      at: now,
      emotion: opened.state.emotion,
    };
    if (opened.state.revealed.length) opening.revealed = opened.state.revealed;
    if (opened.fallback) opening.fallback = opened.fallback;
    if (opened.usage) opening.usage = opened.usage;
    await this.o.repo.appendEntry(drill, opening);
    drill.entries = 1;
    drill.status = 'active';
    await this.o.repo.put(drill);
    await this.o.repo.setActiveDrill(req.trainee.id, drill.id);
    const notices = opened.fallback
      ? [FALLBACK_NOTICE({ zh: '开场', en: 'opening' }, opened.fallback)]
      : undefined;
    return { drill, scenario, persona, opening, abandoned, notices };
  }

  /** One trainee reply: tag it, update the state, let the customer answer or end, score at the end. */
  async reply(drillId: string, traineeId: string, text: string): Promise<TurnResult> {
    const trimmed = text.trim();
    if (!trimmed) {
      throw new DrillError('empty-message', {
        zh: '消息是空的，请输入你的回复。',
        en: 'That message is empty — type your reply.',
      });
    }
    if (trimmed.length > this.o.maxMessageChars) {
      throw new DrillError('message-too-long', {
        zh: `消息太长（${trimmed.length} 字），请控制在 ${this.o.maxMessageChars} 字以内。`,
        en: `That message is too long (${trimmed.length} characters); keep it under ${this.o.maxMessageChars}.`,
      });
    }
    return this.locked(drillId, async () => {
      let drill = await this.loadActive(drillId, traineeId);
      const now = this.clock();
      if (now.getTime() - Date.parse(drill.updatedAt) > this.o.idleTimeoutMs) {
        const ended = await this.finish(drill, 'idle-timeout');
        return { drill: await this.load(drillId), ended, timedOut: true };
      }
      if (drill.pending) drill = (await this.customerTurn(drill)).drill;
      if (drill.status !== 'active') return { drill, ended: await this.endedOf(drill) };

      const scenario = this.scenario(drill.scenarioId);
      const lastCustomer = await this.o.repo.lastEntry(drill, 'customer');
      const analysis = this.analyse(drill, scenario, trimmed, lastCustomer?.text ?? '');
      const at = now.toISOString();
      const entry: TranscriptEntry = {
        speaker: 'agent',
        text: trimmed,
        at,
        strategies: analysis.tags.strategies.map((s) => ({ code: s.code, confidence: s.confidence })),
        analysis,
      };
      await this.o.repo.appendEntry(drill, entry);
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
      };
      await this.o.repo.put(drill);
      // The model tagger starts now and runs beside the customer: a turn waits for one model call, not two.
      const modelTags = this.modelTags(drill, trimmed, lastCustomer?.text ?? '');
      const result = await this.customerTurn(drill, analysis.tags, async (reply) => {
        const m = await modelTags;
        if (m.tags || m.usage || reply.manipulation) {
          await this.o.repo.rewriteEntry(
            drill,
            drill.entries - 1,
            withModelTags(entry, m, reply.manipulation),
          );
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

  async end(
    drillId: string,
    traineeId: string,
    reason: EndReason = 'trainee-ended',
  ): Promise<{ drill: Drill; ended: Ended }> {
    return this.locked(drillId, async () => {
      const drill = await this.loadActive(drillId, traineeId);
      const ended = await this.finish(drill, reason);
      return { drill: await this.load(drillId), ended };
    });
  }

  async hint(drillId: string, traineeId: string): Promise<Hint> {
    const drill = await this.loadActive(drillId, traineeId);
    if (drill.mode === 'exam') {
      throw new DrillError('hint-in-exam', {
        zh: '考试模式不提供提示。',
        en: 'Hints are not available in exam mode.',
      });
    }
    const transcript = await this.o.repo.transcript(drill);
    const used = new Set<StrategyCode>();
    let lastAgent: StrategyCode | undefined;
    for (const e of transcript) {
      if (e.speaker !== 'agent') continue;
      lastAgent = e.strategies?.[0]?.code;
      for (const s of e.strategies ?? []) if (s.confidence >= PRESENT) used.add(s.code);
    }
    const customerLine = [...transcript].reverse().find((e) => e.speaker === 'customer')?.text ?? '';
    return recommend(drill, this.scenario(drill.scenarioId), used, lastAgent, customerLine);
  }

  async status(
    drillId: string,
  ): Promise<{ drill: Drill; transcript: TranscriptEntry[]; scorecard?: Scorecard }> {
    const drill = await this.load(drillId);
    return {
      drill,
      transcript: await this.o.repo.transcript(drill),
      scorecard: await this.o.repo.getScorecard<Scorecard>(drillId),
    };
  }

  async activeDrill(traineeId: string): Promise<Drill | undefined> {
    const id = await this.o.repo.activeDrillId(traineeId);
    const drill = id ? await this.o.repo.get(id) : undefined;
    return drill?.status === 'active' ? drill : undefined;
  }

  async list(traineeId: string): Promise<{ active?: Drill; history: HistoryItem[] }> {
    return { active: await this.activeDrill(traineeId), history: await this.o.repo.history(traineeId) };
  }

  async rate(drillId: string, traineeId: string, realism: number): Promise<void> {
    const drill = await this.load(drillId);
    if (drill.trainee.id !== traineeId) throw this.notYours();
    await this.o.repo.putFeedback(drillId, {
      realism: Math.max(1, Math.min(5, Math.round(realism))),
      at: this.clock().toISOString(),
      traineeId,
    });
  }

  /** The model tagger's view of the reply, or a note on why the offline tags stand. */
  private async modelTags(drill: Drill, text: string, customerLine: string): Promise<ModelTags> {
    if (!this.o.modelTagger) return {};
    try {
      const r = await this.o.modelTagger.tag({
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
        notice: FALLBACK_NOTICE({ zh: '策略标注', en: 'strategy tags' }, e.kind),
      };
    }
  }

  private analyse(drill: Drill, scenario: Scenario, text: string, customerLine: string): ReplyAnalysis {
    return analyseReply(this.o.tagger, {
      scenario,
      lang: drill.lang,
      text,
      turn: drill.agentTurns,
      customerLine,
      customerUpset: drill.customer.emotion >= 2,
      alreadyConveyed: drill.conveyed,
    });
  }

  /** The customer's answer to the stored trainee reply; after a crash it is recomputed from what was stored. */
  private async customerTurn(
    drill: Drill,
    knownTags?: TagResult,
    beforeCommit?: (reply: CustomerReply) => Promise<void>,
  ): Promise<TurnResult> {
    const pending = drill.pending;
    if (!pending) throw new Error(`drill ${drill.id} has no trainee reply awaiting the customer`);
    const scenario = this.scenario(drill.scenarioId);
    const persona = this.persona(drill.personaId);
    const agent = await this.o.repo.lastEntry(drill, 'agent');
    if (!agent) throw new Error(`drill ${drill.id} awaits the customer but has no trainee reply`);
    const tags =
      knownTags ??
      this.analyse(
        { ...drill, agentTurns: drill.agentTurns - 1 },
        scenario,
        agent.text,
        (await this.o.repo.lastEntry({ ...drill, entries: drill.entries - 1 }, 'customer'))?.text ?? '',
      ).tags;
    const resolutionMet =
      scenario.resolution.requiredKnowledge.every((id) => drill.conveyed.includes(id)) &&
      (!scenario.resolution.actionRequired || drill.actionTaken) &&
      !drill.compliance.some((c) => c.fatal) &&
      drill.leaks.length === 0;
    const reply = await this.o.customer.respond({
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
      forbiddenClaim: pending.forbidden,
      identityFieldsAsked: pending.identityFieldsAsked,
      latencyMs: Date.parse(agent.at) - Date.parse(drill.lastCustomerAt),
      turnsLeft: scenario.maxTurns - drill.agentTurns,
      history: (n) => this.o.repo.recentLines(drill, n),
    });
    await beforeCommit?.(reply);
    const at = this.clock().toISOString();
    const customer: TranscriptEntry = {
      speaker: 'customer',
      text: reply.text,
      at,
      emotion: reply.state.emotion,
    };
    if (reply.revealed.length) customer.revealed = reply.revealed;
    if (reply.fallback) customer.fallback = reply.fallback;
    if (reply.usage) customer.usage = reply.usage;
    await this.o.repo.appendEntry(drill, customer);
    const next: Drill = {
      ...drill,
      entries: drill.entries + 1,
      customer: reply.state,
      lastCustomerAt: at,
      updatedAt: at,
      pending: undefined,
    };
    await this.o.repo.put(next);
    const notices = reply.fallback
      ? [FALLBACK_NOTICE({ zh: '客户回复', en: "customer's reply" }, reply.fallback)]
      : undefined;
    if (!reply.end) return { drill: next, customer, notices };
    const ended = await this.finish(next, reply.end);
    return { drill: await this.load(drill.id), customer, ended, notices };
  }

  private async finish(drill: Drill, reason: EndReason): Promise<Ended> {
    const ended: Drill = {
      ...drill,
      status: 'ended',
      endReason: reason,
      updatedAt: this.clock().toISOString(),
    };
    await this.o.repo.put(ended);
    const transcript = await this.o.repo.transcript(ended);
    const input: JudgeInput = {
      scenario: this.scenario(drill.scenarioId),
      lang: drill.lang,
      transcript,
      endReason: reason,
    };
    let judged: { answers: JudgedAnswer[]; judge: string } | undefined;
    let judgeNote: string | undefined;
    if (this.o.judge) {
      try {
        judged = await this.o.judge.judge(input);
      } catch (e) {
        if (!(e instanceof LlmFailure)) throw e;
        judgeNote = e.kind;
      }
    }
    const scorecard = buildScorecard(this.o.tagger, input, { passMark: this.o.passMark, judged });
    if (judgeNote) scorecard.judge = `${scorecard.judge} (model judge failed: ${judgeNote})`;
    await this.o.repo.putScorecard(drill.id, scorecard);
    await this.o.repo.put({ ...ended, status: 'scored' });
    await this.o.repo.addHistory(drill.trainee.id, {
      drillId: drill.id,
      scenarioId: drill.scenarioId,
      personaId: drill.personaId,
      mode: drill.mode,
      endReason: reason,
      overall: scorecard.overall,
      passed: scorecard.passed,
      endedAt: ended.updatedAt,
    });
    if ((await this.o.repo.activeDrillId(drill.trainee.id)) === drill.id)
      await this.o.repo.setActiveDrill(drill.trainee.id, undefined);
    return { reason, scorecard };
  }

  private async endedOf(drill: Drill): Promise<Ended | undefined> {
    const scorecard = await this.o.repo.getScorecard<Scorecard>(drill.id);
    return scorecard && drill.endReason ? { reason: drill.endReason, scorecard } : undefined;
  }

  private locked<T>(drillId: string, fn: () => Promise<T>): Promise<T> {
    return this.o.repo.atomic.withLock(`drill:${drillId}`, fn);
  }

  private async load(drillId: string): Promise<Drill> {
    const drill = await this.o.repo.get(drillId);
    if (!drill)
      throw new DrillError('not-found', { zh: '找不到这个练习。', en: 'That drill does not exist.' });
    return drill;
  }

  private async loadActive(drillId: string, traineeId: string): Promise<Drill> {
    const drill = await this.load(drillId);
    if (drill.trainee.id !== traineeId) throw this.notYours();
    if (drill.status !== 'active' && drill.status !== 'created') {
      throw new DrillError('not-active', {
        zh: '这个练习已经结束了，请开始新的练习。',
        en: 'This drill has ended — start a new one.',
      });
    }
    return drill;
  }

  private notYours(): DrillError {
    return new DrillError('not-yours', {
      zh: '这是别人的练习，你的消息不计入。',
      en: "This is someone else's drill; your message doesn't count.",
    });
  }

  private unknown(code: 'unknown-scenario' | 'unknown-persona', id: string, options: string[]): DrillError {
    const guess = closest(id, options);
    const what =
      code === 'unknown-scenario' ? { zh: '场景', en: 'scenario' } : { zh: '客户角色', en: 'persona' };
    return new DrillError(code, {
      zh: `没有叫“${id}”的${what.zh}。${guess ? `你是不是想找 ${guess}？` : ''}`,
      en: `There is no ${what.en} "${id}".${guess ? ` Did you mean ${guess}?` : ''}`,
    });
  }
}
