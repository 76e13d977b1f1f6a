import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import type { ChannelAdapter, PostOptions, PrivateTarget } from '../contract/adapter.ts';
import type { ConversationKey } from '../contract/key.ts';
import type { Outbound, Sent } from '../contract/outbound.ts';
import { DEDUPE_TTL_MS } from './inbox.ts';

/** Where the journal keeps what was already posted: the store's values, with a time to live. */
export interface JournalStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<unknown>;
}

interface Scope {
  id: string;
  count: number;
  /** Handling started before (in a process that died): earlier effects may be in the journal. */
  replay: boolean;
}

/**
 * The outbox of replies. While one inbound event is handled, each post, edit and private note the
 * bot makes is numbered; once the platform took it, the result is stored under the event id and
 * that number. When the event is handled again (its process died half way), the bot replays its
 * work and the effects already delivered are answered from the journal instead of going out twice,
 * so a reply stored in the transcript is posted once. A process killed between the platform's
 * answer and the journal write leaves a post the journal does not know. Every post carries its
 * effect id as a marker: where the adapter can find its posts by it (Slack) the replay looks there
 * first, where the platform deduplicates by it (Discord's nonce) the post is handed back; elsewhere
 * that one message goes out again.
 */
export class EffectJournal {
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(private readonly store: JournalStore) {}

  /**
   * Runs the handling of one event with its effects journaled under its id. Only a replay looks
   * up what was delivered before; a first handling has nothing to find and saves the store a read
   * per post (replay defaults to true: looking up is always safe).
   */
  run<T>(eventId: string, fn: () => Promise<T>, o: { replay?: boolean } = {}): Promise<T> {
    return this.scope.run({ id: eventId, count: 0, replay: o.replay ?? true }, fn);
  }

  /**
   * Performs an effect once per (event, position); outside an event's handling it just runs. A
   * journal the store cannot read or write does not silence the bot: the effect goes out (at worst
   * twice on a replay), since what is usually said then is that the store is not answering.
   */
  async once<T>(kind: string, effect: (at?: { slot: string; replay: boolean }) => Promise<T>): Promise<T> {
    const s = this.scope.getStore();
    if (!s) return effect();
    // Numbered before yielding, so the slot follows the order the handling asked for its effects.
    const slot = `effect:${s.id}:${s.count++}`;
    // The work before a post is CPU (tagging, the customer, the judge): letting waiting deliveries
    // be acknowledged here keeps one turn's work from holding the event loop until the next I/O.
    await nextLoopTurn();
    const done = s.replay
      ? ((await this.store.get(slot).catch(() => undefined)) as { kind: string; value: T } | undefined)
      : undefined;
    if (done && done.kind === kind) return done.value;
    const value = await effect({ slot, replay: s.replay });
    await this.store.set(slot, { kind, value }, DEDUPE_TTL_MS).catch(() => {});
    return value;
  }

  /**
   * The adapter with its posts, edits and notes journaled; everything else (members, typing, the
   * bot's own id) passes through, read at each use, so what the adapter sets later is seen too.
   */
  wrap(adapter: ChannelAdapter): ChannelAdapter {
    const journaled: Pick<ChannelAdapter, 'post' | 'notify' | 'update'> = {
      post: (key: ConversationKey, message: Outbound, options?: PostOptions) =>
        this.once<Sent>('post', async (at) => {
          if (!at) return adapter.post(key, message, options);
          const marked = { ...options, marker: at.slot };
          // A lookup that fails posts anyway: a message twice is better than a reply never seen.
          const before = at.replay
            ? await adapter.findPosted?.(key, at.slot, marked)?.catch(() => undefined)
            : undefined;
          return before ?? adapter.post(key, message, marked);
        }),
      notify: (to: PrivateTarget, message: Outbound) =>
        this.once<boolean>('notify', () => adapter.notify(to, message)),
      update: async (sent: Sent, message: Outbound) => {
        await this.once<null>('update', async () => {
          await (adapter.update as NonNullable<ChannelAdapter['update']>).call(adapter, sent, message);
          return null;
        });
      },
    };
    return new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === 'post' || prop === 'notify' || (prop === 'update' && target.update))
          return journaled[prop];
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}
