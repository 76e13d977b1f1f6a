import type { Logger } from 'pino';
import { KeyedMutex } from '../../util/keyed-mutex.ts';
import type { Inbound, InboundSink } from '../contract/inbound.ts';

export const DEDUPE_TTL_MS = 60 * 60_000;

/** Claims a key once for a while: the store's set-if-absent. */
export interface Claims {
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
}

export interface DispatcherOptions {
  claims: Claims;
  /** The bot's own user id on a platform, once known. */
  selfId?: (platform: string) => string | undefined;
  handle: (event: Inbound) => Promise<void>;
  log: Logger;
}

/**
 * Between adapters and the bot: drops the bot's own and other bots' messages, delivers each
 * platform event once (retries share an id), and runs the events of one conversation one at a
 * time in arrival order — queued, never dropped.
 */
export class Dispatcher implements InboundSink {
  private readonly queues = new KeyedMutex();
  /** Accepted events not yet handled, by platform and event id. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly o: DispatcherOptions) {}

  /** Resolves when the event is accepted (not when it is handled), so adapters can acknowledge at once. */
  async accept(event: Inbound): Promise<'queued' | 'duplicate' | 'ignored'> {
    const { platform } = event.actor;
    if (event.actor.isBot || event.actor.user === this.o.selfId?.(platform)) return 'ignored';
    if (!(await this.o.claims.setIfAbsent(`event:${platform}:${event.eventId}`, DEDUPE_TTL_MS))) {
      this.o.log.debug({ eventId: event.eventId, platform }, 'duplicate delivery ignored');
      return 'duplicate';
    }
    const id = `${platform}:${event.eventId}`;
    const done = this.queues
      .run(event.key, () => this.o.handle(event))
      .catch((err: unknown) =>
        this.o.log.error({ err, eventId: event.eventId, platform }, 'event handling failed'),
      )
      .finally(() => this.running.delete(id));
    this.running.set(id, done);
    return 'queued';
  }

  /** Resolves once this event has been handled; at once when it was never queued here or is done. */
  handled(event: Inbound): Promise<void> {
    return this.running.get(`${event.actor.platform}:${event.eventId}`) ?? Promise.resolve();
  }

  /** Resolves when everything accepted so far, and everything that work accepted in turn, has been handled. */
  settle(): Promise<void> {
    return this.queues.settle();
  }
}
