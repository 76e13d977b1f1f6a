import type { Inbound } from '../contract/inbound.ts';
import type { ConversationKey } from '../contract/key.ts';

/** How long a handled event's id keeps refusing redeliveries (platform retries come within minutes). */
export const DEDUPE_TTL_MS = 60 * 60_000;

/** An event recorded but not yet handled, as the queue hands it to the one process that handles it. */
export interface InboxItem {
  /** `platform:eventId`: the platform's own id, so its retries and duplicate deliveries collide. */
  id: string;
  key: ConversationKey;
  event: Inbound;
  /** How often handling has started, this time included: a few more than one means it keeps killing its handler. */
  attempts: number;
}

/**
 * The durable queue of inbound events, one per store (a table on SQL stores, BullMQ on Redis).
 * Events of one conversation come out in the order they were recorded; the caller holds the
 * conversation's lock while it takes and handles them, so one event is handled by one process.
 */
export interface Inbox {
  /**
   * Records the event before the platform is answered; false when this id was recorded before.
   * Once `abandoned` is aborted (the caller gave up waiting) no further step is taken.
   */
  record(id: string, key: ConversationKey, event: Inbound, abandoned?: AbortSignal): Promise<boolean>;
  /** The conversation's oldest event not yet handled, its attempt counted. */
  next(key: ConversationKey): Promise<InboxItem | undefined>;
  /** The event is handled: it never comes out again. */
  complete(id: string, key: ConversationKey): Promise<void>;
  /**
   * From now until close, calls drain for each conversation whose events were recorded a while ago
   * and are still not handled (the process that recorded them died), in whichever process is alive.
   */
  recover(drain: (key: ConversationKey) => Promise<void>): void;
  /** Events recorded and not yet handled. */
  depth(): Promise<number>;
  close(): Promise<void>;
}

/** How long after recording an unhandled event counts as left behind by a dead process. */
export const RECOVERY_GRACE_MS = 2_000;
