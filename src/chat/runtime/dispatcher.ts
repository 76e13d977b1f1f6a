import { AsyncResource } from 'node:async_hooks';
import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { KeyedMutex } from '../../util/keyed-mutex.ts';
import type { Inbound, InboundSink } from '../contract/inbound.ts';
import type { ConversationKey } from '../contract/key.ts';
import type { Inbox, InboxItem } from './inbox.ts';
import { type Claims, MemoryInbox } from './memory-inbox.ts';

export { DEDUPE_TTL_MS } from './inbox.ts';
export type { Claims } from './memory-inbox.ts';

/** An event whose handling started this often without finishing killed its process each time: it is set aside. */
export const MAX_ATTEMPTS = 3;

/** Runs work for one key at a time, across processes sharing a store. */
export interface ConversationLocks {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export interface DispatcherOptions {
  /** The durable queue; an in-process one (deduplicating through claims) when absent. */
  inbox?: Inbox;
  claims?: Claims;
  /** The store's locks, so one conversation's events are handled by one process at a time. */
  locks?: ConversationLocks;
  /** The bot's own user id on a platform, once known. */
  selfId?: (platform: string) => string | undefined;
  /**
   * Handles one event; `id` is its queue id, stable across redeliveries and replays, and `attempt`
   * counts the times its handling started (1: no process has handled any of it before).
   */
  handle: (event: Inbound, id: string, attempt: number) => Promise<void>;
  log: Logger;
  /**
   * Events handled at once in this process. Handling is CPU work between model and platform calls;
   * a few at a time keep the event loop free to acknowledge new deliveries within the deadline.
   */
  concurrency?: number;
}

export const HANDLING_CONCURRENCY = 4;

interface Local {
  /** The async context the event arrived in (passive replies collect what is posted for it there). */
  resource: AsyncResource;
  done: () => void;
  handled: Promise<void>;
}

/**
 * Between adapters and the bot: drops the bot's own and other bots' messages, records each
 * platform event once (retries and duplicate deliveries share an id) in the store's queue before
 * the adapter acknowledges it, and handles the events of one conversation one at a time in the
 * order they were recorded — in this process at once, or in any live process sharing the store
 * when this one died first.
 */
export class Dispatcher implements InboundSink {
  private readonly inbox: Inbox;
  private readonly locks: ConversationLocks;
  /** Events recorded here and not yet handled, by queue id. */
  private readonly local = new Map<string, Local>();
  private readonly draining = new Map<ConversationKey, Promise<void>>();
  private readonly recovering = new Set<ConversationKey>();
  private readonly work: PQueue;
  /** Drains accepted events will start once the acknowledgement is out. */
  private readonly kicked = new Set<Promise<void>>();

  constructor(private readonly o: DispatcherOptions) {
    this.inbox = o.inbox ?? new MemoryInbox(o.claims);
    const mutex = new KeyedMutex();
    this.locks = o.locks ?? { withLock: (key, fn) => mutex.run(key, fn) };
    this.work = new PQueue({ concurrency: o.concurrency ?? HANDLING_CONCURRENCY });
  }

  /** Resolves once the event is recorded (not when it is handled), so adapters can acknowledge at once. */
  async accept(event: Inbound): Promise<'queued' | 'duplicate' | 'ignored'> {
    const { platform } = event.actor;
    if (event.actor.isBot || event.actor.user === this.o.selfId?.(platform)) return 'ignored';
    const id = queueId(event);
    const resource = new AsyncResource('csc-drill.inbound');
    if (!(await this.inbox.record(id, event.key, event))) {
      this.o.log.debug({ eventId: event.eventId, platform }, 'duplicate delivery ignored');
      return 'duplicate';
    }
    let done = () => {};
    const handled = new Promise<void>((r) => {
      done = r;
    });
    this.local.set(id, { resource, done, handled });
    // After this turn of the event loop, so the acknowledgement goes out before any handling runs.
    const drained = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain(event.key));
    this.kicked.add(drained);
    void drained.finally(() => {
      this.kicked.delete(drained);
      // Handled here, or by another process that held the conversation: either way, no longer waited for.
      this.settleLocal(id);
    });
    return 'queued';
  }

  /** Resolves once this event has been handled; at once when it was never queued here or is done. */
  handled(event: Inbound): Promise<void> {
    return this.local.get(queueId(event))?.handled ?? Promise.resolve();
  }

  /** Starts taking over conversations that a dead process left with recorded, unhandled events. */
  start(): void {
    this.inbox.recover(async (key) => {
      // One recovery drain per conversation at a time; a drain already running here covers it.
      if (this.recovering.has(key) || this.draining.has(key)) return;
      this.recovering.add(key);
      try {
        await this.drain(key);
      } finally {
        this.recovering.delete(key);
      }
    });
  }

  /** Stops taking events over and waits for the ones being handled here. */
  async stop(): Promise<void> {
    await this.inbox.close();
    await this.settle();
  }

  /** Resolves when everything accepted so far, and everything that work accepted in turn, has been handled. */
  async settle(): Promise<void> {
    while (this.draining.size || this.kicked.size)
      await Promise.all([...this.draining.values(), ...this.kicked]);
  }

  /** Events recorded and not yet handled, across every process sharing the store. */
  depth(): Promise<number> {
    return this.inbox.depth();
  }

  private drain(key: ConversationKey): Promise<void> {
    const previous = this.draining.get(key) ?? Promise.resolve();
    const run: Promise<void> = previous
      .then(() => this.locks.withLock(`inbox:${key}`, () => this.handleAll(key)))
      .catch((err: unknown) => this.o.log.error({ err, key }, 'conversation queue could not be drained'))
      .finally(() => {
        if (this.draining.get(key) === run) this.draining.delete(key);
      });
    this.draining.set(key, run);
    return run;
  }

  /** Under the conversation's lock: every recorded event of it, oldest first, until none is left. */
  private async handleAll(key: ConversationKey): Promise<void> {
    for (let item = await this.inbox.next(key); item; item = await this.inbox.next(key)) {
      await this.handleOne(item);
      await this.inbox.complete(item.id, key);
      this.settleLocal(item.id);
    }
  }

  private async handleOne(item: InboxItem): Promise<void> {
    const { event } = item;
    const where = { eventId: event.eventId, platform: event.actor.platform };
    if (item.attempts > MAX_ATTEMPTS) {
      this.o.log.error({ ...where, attempts: item.attempts }, 'event set aside: its handling never finished');
      return;
    }
    if (item.attempts > 1) this.o.log.warn({ ...where, attempts: item.attempts }, 'handling an event again');
    const local = this.local.get(item.id);
    const work = () => this.o.handle(event, item.id, item.attempts);
    try {
      // Each handling starts on a fresh turn of the event loop: one that finished would otherwise
      // start the next in the same microtask chain, and deliveries waiting for their ack would queue
      // behind every handling in the burst.
      await this.work.add(async () => {
        await nextLoopTurn();
        return local ? local.resource.runInAsyncScope(work) : work();
      });
    } catch (err) {
      // A failure inside handling is not retried (it would fail the same way); a crash is.
      this.o.log.error({ err, ...where }, 'event handling failed');
    }
  }

  private settleLocal(id: string): void {
    const local = this.local.get(id);
    if (!local) return;
    this.local.delete(id);
    local.resource.emitDestroy();
    local.done();
  }
}

const queueId = (e: Inbound): string => `${e.actor.platform}:${e.eventId}`;
