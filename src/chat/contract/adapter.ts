import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ActorRef } from './actor.ts';
import type { Capabilities } from './capabilities.ts';
import type { MentionTarget } from './inbound.ts';
import type { ConversationKey, KeyCodec } from './key.ts';
import type { Outbound, Sent } from './outbound.ts';

/** A person to tell something privately, and where they acted (some platforms answer in place). */
export interface PrivateTarget {
  actor: ActorRef;
  key: ConversationKey;
  replyHandle?: string;
}

export interface PostOptions {
  openThread?: boolean;
  /** An id the post carries where the platform can hold one (the outbox's effect id), for `findPosted`. */
  marker?: string;
}

/** What the bot needs from a platform to talk: post, maybe edit, and tell one person privately. */
export interface ChannelAdapter {
  readonly platform: string;
  readonly capabilities: Capabilities;
  readonly keys: KeyCodec<unknown>;
  /**
   * Posts into a conversation. With `openThread`, the post starts a thread (or reply chain) and the
   * returned key is that thread's; platforms without threads return the conversation's own key.
   */
  post(key: ConversationKey, message: Outbound, options?: PostOptions): Promise<Sent>;
  /**
   * A post made earlier with this `marker`, where the platform lets the bot find its own messages
   * again (Slack: message metadata). The outbox asks before posting an event's reply a second time
   * after a crash, since the process may have died after the platform took the post but before the
   * journal recorded it.
   */
  findPosted?(key: ConversationKey, marker: string, options?: PostOptions): Promise<Sent | undefined>;
  update?(sent: Sent, message: Outbound): Promise<void>;
  /** Shows that the bot is composing a reply in the conversation, where the platform has an indicator. */
  typing?(key: ConversationKey): Promise<void>;
  /**
   * Tells one person privately. Never posts into the shared conversation: resolves false when the
   * platform has no private way to reach them here.
   */
  notify(to: PrivateTarget, message: Outbound): Promise<boolean>;
  /** A direct conversation with the person (for assignments and reminders), where the platform has one. */
  openDirect?(actor: ActorRef): Promise<ConversationKey>;
  /**
   * The person a mention names, under the id they act as, where a platform's mentions carry
   * another one (Teams: the bot-scoped `29:` id rather than the Entra object id); undefined when
   * the platform does not know them there. Without it a mention's actor is taken as it came.
   */
  identify?(mentioned: ActorRef, where: ConversationKey): Promise<ActorRef | undefined>;
  /** The people in a group or channel a command named, where the platform can list them. */
  members?(target: Exclude<MentionTarget, { kind: 'person' }>): Promise<ActorRef[]>;
}

/** An HTTP endpoint an adapter serves on the shared server (webhooks, interactions). */
export interface HttpRoute {
  /** Requests whose path starts with this are the adapter's. */
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** A running adapter: its channel (if it posts), its HTTP routes or its socket client's lifecycle. */
export interface RunningAdapter {
  channel?: ChannelAdapter;
  routes?: HttpRoute[];
  /** The bot's own user on the platform, once known: its messages are never handled. */
  selfId?(): string | undefined;
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** One line for the start-up banner, given the server's base URL. */
  describe(baseUrl: string): string;
}
