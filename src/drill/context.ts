import type { Scenario } from '../content/scenario.ts';
import type { StrategyTagger } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import type { Customer } from '../customer/types.ts';
import { analyseReply, type ReplyAnalysis } from '../evaluate/analyse.ts';
import type { ModelJudge, ModelTagger } from '../evaluate/model-roles.ts';
import type { Catalogue } from './catalogue.ts';
import { notActive, notFound, notYours } from './messages.ts';
import type { Drill } from './model.ts';
import type { DrillStore, Locks } from './ports.ts';

export interface DrillServiceOptions {
  catalogue: Catalogue;
  repo: DrillStore;
  locks: Locks;
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

/** What every drill operation shares: the parts, the clock, loading with ownership checks, the drill lock. */
export class DrillContext {
  readonly clock: () => Date;

  constructor(readonly o: DrillServiceOptions) {
    this.clock = o.clock ?? (() => new Date());
  }

  get repo(): DrillStore {
    return this.o.repo;
  }

  locked<T>(drillId: string, fn: () => Promise<T>): Promise<T> {
    return this.o.locks.withLock(`drill:${drillId}`, fn);
  }

  async load(drillId: string): Promise<Drill> {
    const drill = await this.o.repo.get(drillId);
    if (!drill) throw notFound();
    return drill;
  }

  async loadActive(drillId: string, traineeId: string): Promise<Drill> {
    const drill = await this.load(drillId);
    if (drill.trainee.id !== traineeId) throw notYours();
    if (drill.status !== 'active' && drill.status !== 'created') throw notActive();
    return drill;
  }

  analyse(drill: Drill, scenario: Scenario, text: string, customerLine: string): ReplyAnalysis {
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
}
