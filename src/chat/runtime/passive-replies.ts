import { AsyncLocalStorage } from 'node:async_hooks';
import type { Inbound, InboundSink } from '../contract/inbound.ts';
import type { ConversationKey } from '../contract/key.ts';

interface Pending<M> {
  key: ConversationKey;
  items: M[];
  open: boolean;
}

export interface PassiveAnswer<M> {
  status: Awaited<ReturnType<InboundSink['accept']>>;
  /** What the bot posted into the event's conversation while handling it (empty when late). */
  items: M[];
  /** The window closed before the bot was done: the rest goes out the platform's push path. */
  late: boolean;
}

/**
 * The passive-reply pattern (webhooks that answer in the HTTP response, WeChat): while the bot
 * handles an event, what it posts into that event's conversation is collected to answer the request
 * with; once the window closes, posts go out the platform's push path instead. Posts are matched to
 * the event through the async context the handling runs in, so a slow event's late posts never land
 * in the answer to the next one.
 */
export class PassiveReplies<M> {
  private readonly context = new AsyncLocalStorage<Pending<M>>();

  /**
   * Hands the event to the sink and waits until the bot has handled it or `withinMs` passed,
   * whichever is first. When the window closes first, `onLate` gets what was collected so far, at
   * that instant, so it goes out ahead of anything posted later. A sink that cannot tell when an
   * event is handled answers with nothing.
   */
  async answer(
    sink: InboundSink,
    event: Inbound,
    withinMs: number,
    onLate?: (collected: M[]) => void,
  ): Promise<PassiveAnswer<M>> {
    const pending: Pending<M> = { key: event.key, items: [], open: true };
    const status = await this.context.run(pending, () => sink.accept(event));
    let timer: NodeJS.Timeout | undefined;
    const late = await new Promise<boolean>((resolve) => {
      const close = (isLate: boolean) => {
        if (!pending.open) return;
        pending.open = false;
        clearTimeout(timer);
        if (isLate) onLate?.(pending.items);
        resolve(isLate);
      };
      timer = setTimeout(() => close(true), withinMs);
      void (sink.handled?.(event) ?? Promise.resolve()).then(() => close(false));
    });
    return { status, items: late ? [] : pending.items, late };
  }

  /** Takes messages for the answer being collected for `key`; false when they must be pushed instead. */
  offer(key: ConversationKey, items: readonly M[]): boolean {
    const pending = this.context.getStore();
    if (!pending?.open || pending.key !== key) return false;
    pending.items.push(...items);
    return true;
  }
}
