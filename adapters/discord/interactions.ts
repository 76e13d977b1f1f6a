import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import { PlatformError } from '../../src/chat/contract/errors.ts';
import type { Inbound, InboundSink } from '../../src/chat/contract/inbound.ts';
import type { Lang } from '../../src/csc/text.ts';
import { discordKeys } from './key.ts';
import { fromReplyHandle } from './parse.ts';
import type { DiscordMessage } from './render.ts';

/** The channel or thread a key names. */
const whereOf = (key: string) => {
  const k = discordKeys.decode(key);
  return k.thread ?? k.channel;
};

/** How long Discord keeps an interaction's token (and so its follow-ups) valid. */
const TOKEN_TTL_MS = 15 * 60_000;

/** The REST calls that complete a deferred interaction and follow it up privately. */
export interface InteractionReplies {
  editOriginal(token: string, message: DiscordMessage): Promise<void>;
  followUp(token: string, message: DiscordMessage): Promise<void>;
}

interface Pending {
  id: string;
  token: string;
  user: string;
  lang: Lang;
  at: number;
  /** Resolves true once Discord has the deferral (false when it could not be sent). */
  acked: Promise<boolean>;
  settle(ok: boolean): void;
  /** What the deferred "thinking…" message shows now. */
  original: 'deferred' | 'pointer' | 'note';
  pointedAt?: string;
  /** The channel or thread the interaction happened in. */
  where: string;
}

const POINTER = {
  zh: (channel: string) => `👉 已发到 <#${channel}>`,
  en: (channel: string) => `👉 Posted in <#${channel}>`,
};
/** A DM is not a channel a link can name: the pointer says where instead. */
const DIRECT_POINTER = {
  here: { zh: '👇 见下方', en: '👇 See below' },
  elsewhere: { zh: '📬 已私信发给你', en: '📬 Sent to you by direct message' },
};

/**
 * Every interaction is deferred ephemerally, so whatever the bot answers the person stays
 * private, and the deferral is always completed: by the first private note (edited into it) or,
 * when the bot only posts into the channel or thread (a start, `/drill end`), by a pointer to
 * where it posted. Handling runs inside the interaction's async scope (the dispatcher runs it from
 * `accept`), which is how a post knows which interaction caused it.
 */
export class Interactions {
  private readonly pending = new Map<string, Pending>();
  private readonly scope = new AsyncLocalStorage<Pending>();

  constructor(
    private readonly replies: InteractionReplies,
    private readonly log: Logger,
    private readonly defaultLang: Lang,
  ) {}

  /**
   * Hands the event to the sink inside the interaction's scope, then acknowledges it with `ack`
   * (the REST deferral on the gateway, the HTTP answer on the webhook). A redelivery the store
   * already saw is not acknowledged again unless `ackDuplicates` (webhook retries need an answer).
   */
  async receive(
    event: Inbound,
    raw: { id: string; token: string },
    sink: InboundSink,
    ack: () => Promise<void>,
    ackDuplicates = false,
  ): Promise<void> {
    const known = this.pending.get(raw.id);
    const p = known ?? this.open(raw, event);
    const result = await this.scope.run(p, () => sink.accept(event));
    if (result !== 'queued' && !(ackDuplicates && result === 'duplicate')) {
      if (!known) this.pending.delete(raw.id);
      return;
    }
    try {
      await ack();
      if (!known) p.settle(true);
    } catch (err) {
      if (!known) p.settle(false);
      this.log.error({ err, interaction: raw.id }, 'discord interaction could not be acknowledged');
    }
  }

  private open(raw: { id: string; token: string }, event: Inbound): Pending {
    const now = Date.now();
    for (const [id, old] of this.pending) if (now - old.at > TOKEN_TTL_MS) this.pending.delete(id);
    let settle: (ok: boolean) => void = () => {};
    const acked = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    const p: Pending = {
      id: raw.id,
      token: raw.token,
      user: event.actor.user,
      lang: event.lang ?? this.defaultLang,
      at: now,
      acked,
      settle,
      original: 'deferred',
      where: whereOf(event.key),
    };
    this.pending.set(raw.id, p);
    return p;
  }

  /** Runs work that answers no interaction (a thread message), whatever scope the socket's callbacks carry. */
  outside<T>(fn: () => T): T {
    return this.scope.exit(fn);
  }

  /** The person whose interaction the current work answers (a private thread adds them). */
  currentUser(): string | undefined {
    return this.scope.getStore()?.user;
  }

  /** Private answers through the interaction: the first completes the deferral, the rest follow up. */
  async tell(replyHandle: string, parts: readonly DiscordMessage[]): Promise<void> {
    const handle = fromReplyHandle(replyHandle);
    if (!handle) throw new PlatformError('discord', 'malformed interaction handle');
    const p = this.pending.get(handle.id);
    if (p && !(await p.acked)) throw new PlatformError('discord', 'interaction was not acknowledged');
    for (const part of parts) {
      if (p?.original === 'deferred') {
        p.original = 'note';
        await this.replies.editOriginal(handle.token, part);
      } else {
        await this.replies.followUp(handle.token, part);
      }
    }
  }

  /**
   * The bot posted into a channel, thread or DM while answering an interaction: its deferral
   * points there (a DM by saying so, since no link names one).
   */
  async pointTo(channelId: string, direct = false): Promise<void> {
    const p = this.scope.getStore();
    if (!p || p.original === 'note' || p.pointedAt === channelId) return;
    p.original = 'pointer';
    p.pointedAt = channelId;
    if (!(await p.acked)) return;
    const content = direct
      ? DIRECT_POINTER[channelId === p.where ? 'here' : 'elsewhere'][p.lang]
      : POINTER[p.lang](channelId);
    try {
      await this.replies.editOriginal(p.token, { content });
    } catch (err) {
      this.log.warn({ err, interaction: p.id }, 'discord deferral could not be completed');
    }
  }
}
