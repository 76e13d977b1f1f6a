import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { personId } from '../chat/contract/actor.ts';
import type { ChannelAdapter, PrivateTarget } from '../chat/contract/adapter.ts';
import type { Inbound } from '../chat/contract/inbound.ts';
import { type ConversationKey, platformOf } from '../chat/contract/key.ts';
import type { Outbound } from '../chat/contract/outbound.ts';
import type { Claims } from '../chat/runtime/dispatcher.ts';
import type { CoachService } from '../coach/service.ts';
import type { Lang } from '../csc/text.ts';
import type { DrillService } from '../drill/service.ts';
import { commandPrefix } from './commands.ts';

/** Which drill lives in which thread; the store implements it. */
export interface ThreadLinks {
  linkThread(drillId: string, threadKey: ConversationKey): Promise<void>;
  drillForThread(threadKey: ConversationKey): Promise<string | undefined>;
  threadForDrill(drillId: string): Promise<ConversationKey | undefined>;
}

export interface DrillBotOptions {
  service: DrillService;
  links: ThreadLinks;
  claims: Claims;
  /** Every running channel adapter, by platform. */
  adapters: ReadonlyMap<string, ChannelAdapter>;
  defaultLang: Lang;
  log: Logger;
  /** Turns the radar SVG into a PNG for platforms that show images. */
  renderPng?: (svg: string) => Uint8Array;
  /** Managers and coaching; without it those commands are not offered. */
  coach?: CoachService;
  passMark?: number;
  /** Whether the store came back empty since start-up (drills it held are gone); checked when a thread is unknown. */
  storeReset?: () => Promise<boolean>;
}

/** What every handler shares: the adapter of an event, private notes, and the trainee's identity. */
export class BotContext {
  /** Direct messages to many people (assignments, reminders) go out paced per platform, within its rate limits. */
  private readonly paced = new Map<string, PQueue>();
  /** Members of manager user groups, cached for a few minutes (platform lookups are rate-limited). */
  readonly groupMembers = new Map<string, { at: number; members: Set<string> }>();

  private readonly background = new Set<Promise<unknown>>();

  constructor(readonly o: DrillBotOptions) {}

  /** Work that outlives the event that started it (paced deliveries): errors logged, awaited by settle(). */
  later(work: Promise<unknown>): void {
    const tracked = work
      .catch((err: unknown) => this.o.log.error({ err }, 'background work failed'))
      .finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  async settle(): Promise<void> {
    const busy = () => [...this.paced.values()].some((q) => q.size || q.pending);
    while (this.background.size || busy()) {
      await Promise.all([...this.background, ...[...this.paced.values()].map((q) => q.onIdle())]);
    }
  }

  /** The paced queue for direct messages on a platform (its `directPerMinute`, 60 when unsaid). */
  deliveries(platform: string): PQueue {
    let q = this.paced.get(platform);
    if (!q) {
      const perMinute = this.o.adapters.get(platform)?.capabilities.directPerMinute ?? 60;
      q = new PQueue({ concurrency: 4, intervalCap: perMinute, interval: 60_000 });
      this.paced.set(platform, q);
    }
    return q;
  }

  get service(): DrillService {
    return this.o.service;
  }

  adapterFor(key: ConversationKey): ChannelAdapter {
    const adapter = this.o.adapters.get(platformOf(key));
    if (!adapter) throw new Error(`no adapter for conversation ${key}`);
    return adapter;
  }

  trainee(e: Inbound): { id: string; name?: string } {
    return { id: personId(e.actor), name: e.actor.name };
  }

  prefix(e: Inbound): string {
    return commandPrefix(this.adapterFor(e.key).capabilities.commands);
  }

  /** Tells the person who caused the event privately; never falls back to the shared conversation. */
  async tell(e: Inbound, message: Outbound): Promise<void> {
    const to: PrivateTarget = { actor: e.actor, key: e.key, replyHandle: e.replyHandle };
    try {
      if (!(await this.adapterFor(e.key).notify(to, message)))
        this.o.log.warn(
          { platform: e.actor.platform, eventId: e.eventId },
          'no private way to reach the person; note dropped',
        );
    } catch (err) {
      this.o.log.error(
        { err, platform: e.actor.platform, eventId: e.eventId },
        'private note could not be delivered',
      );
    }
  }
}
