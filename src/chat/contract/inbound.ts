import type { Lang } from '../../csc/text.ts';
import type { ActorRef } from './actor.ts';
import type { ConversationKey } from './key.ts';

/** Someone or something a command names: a person, a platform group (Slack user group), a channel. */
export type MentionTarget =
  | { kind: 'person'; actor: ActorRef }
  | { kind: 'group'; platform: string; tenant?: string; id: string; name?: string }
  | { kind: 'channel'; key: ConversationKey; name?: string };

/** A mention as it appears in the command: `token` is the exact text (or option value) that stands for it. */
export interface Mention {
  token: string;
  target: MentionTarget;
}

/** A command as the platform delivered it: typed text (`/drill start x en`, an @mention) or typed options. */
export type CommandInput =
  | { style: 'text'; text: string; mentions?: readonly Mention[] }
  | {
      style: 'options';
      subcommand: string;
      options: Readonly<Record<string, string | undefined>>;
      mentions?: readonly Mention[];
    };

interface InboundBase {
  /** The platform's id for this delivery (retries carry the same id): deduplicated by the runtime. */
  eventId: string;
  /** Where it happened: the conversation or thread, as the adapter's key codec wrote it. */
  key: ConversationKey;
  actor: ActorRef;
  /** The user's preferred language if the platform tells; drills choose their own. */
  lang?: Lang;
  /** An opaque handle the adapter can use to answer this event privately (e.g. an interaction token). */
  replyHandle?: string;
}

export type Inbound =
  | (InboundBase & { type: 'command'; input: CommandInput })
  | (InboundBase & {
      type: 'message';
      text: string;
      at: string;
      /** `thread`: inside a thread or reply chain; `conversation`: top level of a channel or chat. */
      where: 'thread' | 'conversation';
    })
  | (InboundBase & { type: 'action'; actionId: string; value: string });

export type InboundOf<T extends Inbound['type']> = Extract<Inbound, { type: T }>;

/** Where adapters hand events: resolves once the event is recorded, long before it is handled. */
export interface InboundSink {
  accept(event: Inbound): Promise<'queued' | 'duplicate' | 'ignored'>;
  /**
   * Resolves once an accepted event has been handled (at once for one that was not queued), so
   * passive-reply transports (webhooks, WeChat) can answer with what the bot posted for it.
   */
  handled?(event: Inbound): Promise<void>;
}
