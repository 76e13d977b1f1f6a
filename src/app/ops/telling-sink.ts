import type { Logger } from 'pino';
import type { Inbound, InboundSink } from '../../chat/contract/inbound.ts';

const TELL_EVERY_MS = 60_000;

/**
 * An event the store could not record is refused (so the platform delivers it again later) and
 * the trainee is told why, at most once a minute per conversation, instead of hearing nothing.
 */
export function tellingSink(
  inner: InboundSink,
  tell: (e: Inbound) => Promise<void>,
  log: Logger,
  clock: () => number = Date.now,
): InboundSink {
  const told = new Map<string, number>();
  return {
    async accept(e) {
      try {
        return await inner.accept(e);
      } catch (err) {
        if (!(err instanceof Error && err.name === 'StoreUnavailableError')) throw err;
        log.error(
          { eventId: e.eventId, platform: e.actor.platform },
          `event not recorded, the platform may deliver it again: ${err.message}`,
        );
        const now = clock();
        if (now - (told.get(e.key) ?? Number.NEGATIVE_INFINITY) >= TELL_EVERY_MS) {
          told.set(e.key, now);
          await tell(e).catch((tellErr: unknown) =>
            log.warn({ err: tellErr }, 'could not tell the trainee the store is not answering'),
          );
        }
        throw err;
      }
    },
    handled: inner.handled ? (e) => (inner.handled as (e: Inbound) => Promise<void>)(e) : undefined,
  };
}
