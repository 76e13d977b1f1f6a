import type { Logger } from 'pino';
import type { Atomic } from '../store/atomic.ts';
import { KeyedMutex } from '../store/atomic.ts';
import type { Inbound } from './model.ts';

export const DEDUPE_TTL_MS = 60 * 60_000;

export interface DispatcherOptions {
  atomic: Atomic;
  /** The bot's own user id on the platform, once known. */
  selfId?: () => string | undefined;
  handle: (event: Inbound) => Promise<void>;
  log: Logger;
}

/**
 * Between adapters and the bot: drops the bot's own and other bots' messages, delivers each
 * platform event once (retries share an id), and runs the events of one conversation one at a
 * time in arrival order — queued, never dropped.
 */
export class Dispatcher {
  private readonly queue = new KeyedMutex();

  constructor(private readonly o: DispatcherOptions) {}

  /** Resolves when the event is accepted (not when it is handled), so adapters can acknowledge at once. */
  async accept(event: Inbound, platform: string): Promise<'queued' | 'duplicate' | 'ignored'> {
    if (event.actor.isBot || event.actor.id === this.o.selfId?.()) return 'ignored';
    if (!(await this.o.atomic.setIfAbsent(`event:${platform}:${event.eventId}`, DEDUPE_TTL_MS))) {
      this.o.log.debug({ eventId: event.eventId, platform }, 'duplicate delivery ignored');
      return 'duplicate';
    }
    void this.queue
      .run(event.key, () => this.o.handle(event))
      .catch((err: unknown) => this.o.log.error({ err, eventId: event.eventId }, 'event handling failed'));
    return 'queued';
  }

  /** Waits until everything accepted so far for this conversation has been handled (tests, shutdown). */
  idle(key: string): Promise<void> {
    return this.queue.run(key, async () => {});
  }
}
