import type { Library } from '../content/library.ts';
import type { Persona } from '../content/persona.ts';
import type { Scenario } from '../content/scenario.ts';
import type { StrategyCode } from '../csc/strategies.ts';
import type { Scorecard } from '../evaluate/scorecard-model.ts';
import { DrillContext, type DrillServiceOptions } from './context.ts';
import { type Ended, finishDrill } from './finish.ts';
import { type Hint, recommend } from './hint.ts';
import { hintInExam, notYours } from './messages.ts';
import type { Drill, EndReason, TranscriptEntry } from './model.ts';
import type { HistoryItem } from './ports.ts';
import { cancelStart, type Started, type StartRequest, startDrill } from './start.ts';
import { playTurn, type TurnResult } from './turn.ts';

export type { DrillServiceOptions } from './context.ts';
export type { Ended } from './finish.ts';
export type { Started, StartRequest } from './start.ts';
export type { TurnResult } from './turn.ts';

const PRESENT = 0.3;

/** The platform-free drill core: start, turn, hint, end, status, list. Every adapter drives this. */
export class DrillService {
  private readonly ctx: DrillContext;

  constructor(options: DrillServiceOptions) {
    this.ctx = new DrillContext(options);
  }

  get library(): Library {
    return this.ctx.o.catalogue.library;
  }

  scenario(id: string): Scenario {
    return this.ctx.o.catalogue.scenario(id);
  }

  persona(id: string): Persona {
    return this.ctx.o.catalogue.persona(id);
  }

  start(req: StartRequest): Promise<Started> {
    return startDrill(this.ctx, req);
  }

  /** Withdraws a drill that never reached the trainee (its first post failed): it is no longer active. */
  cancel(drill: Drill): Promise<void> {
    return this.ctx.locked(drill.id, () => cancelStart(this.ctx, drill));
  }

  /** One trainee reply; with an event id, the same event twice plays one turn. */
  reply(
    drillId: string,
    traineeId: string,
    text: string,
    options: { eventId?: string } = {},
  ): Promise<TurnResult> {
    return playTurn(this.ctx, drillId, traineeId, text, options.eventId);
  }

  end(
    drillId: string,
    traineeId: string,
    reason: EndReason = 'trainee-ended',
  ): Promise<{ drill: Drill; ended: Ended }> {
    return this.ctx.locked(drillId, async () => {
      const drill = await this.ctx.loadActive(drillId, traineeId);
      const ended = await finishDrill(this.ctx, drill, reason);
      return { drill: await this.ctx.load(drillId), ended };
    });
  }

  async hint(drillId: string, traineeId: string): Promise<Hint> {
    const drill = await this.ctx.loadActive(drillId, traineeId);
    if (drill.mode === 'exam') throw hintInExam();
    const transcript = await this.ctx.repo.transcript(drill);
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

  /** The drill alone (no transcript): a constant-size read, for routing a message to its trainee. */
  drill(drillId: string): Promise<Drill> {
    return this.ctx.load(drillId);
  }

  async status(
    drillId: string,
  ): Promise<{ drill: Drill; transcript: TranscriptEntry[]; scorecard?: Scorecard }> {
    const drill = await this.ctx.load(drillId);
    return {
      drill,
      transcript: await this.ctx.repo.transcript(drill),
      scorecard: await this.ctx.repo.getScorecard<Scorecard>(drillId),
    };
  }

  async activeDrill(traineeId: string): Promise<Drill | undefined> {
    const id = await this.ctx.repo.activeDrillId(traineeId);
    const drill = id ? await this.ctx.repo.get(id) : undefined;
    return drill?.status === 'active' ? drill : undefined;
  }

  async list(traineeId: string): Promise<{ active?: Drill; history: HistoryItem[] }> {
    return { active: await this.activeDrill(traineeId), history: await this.ctx.repo.history(traineeId) };
  }

  async rate(drillId: string, traineeId: string, realism: number): Promise<void> {
    const drill = await this.ctx.load(drillId);
    if (drill.trainee.id !== traineeId) throw notYours();
    await this.ctx.repo.putFeedback(drillId, {
      realism: Math.max(1, Math.min(5, Math.round(realism))),
      at: this.ctx.clock().toISOString(),
      traineeId,
    });
  }
}
