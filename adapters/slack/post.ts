import type { WebClient } from '@slack/web-api';
import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { ChannelAdapter, PostOptions, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import { PlatformError } from '../../src/chat/contract/errors.ts';
import type { MentionTarget } from '../../src/chat/contract/inbound.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';
import { slackKeys } from './key.ts';
import { LIMITS, renderMessages } from './render.ts';

export const SLACK_CAPABILITIES: Capabilities = {
  threads: 'native',
  privateNotes: 'ephemeral',
  commands: 'slash',
  buttons: { perMessage: LIMITS.buttonsPerBlock, labelMax: LIMITS.buttonText },
  select: { maxOptions: LIMITS.options, labelMax: LIMITS.optionText },
  images: 'upload',
  maxText: LIMITS.text,
  // conversations.open is a Tier 3 method (about 50 a minute).
  directPerMinute: 40,
  ackDeadlineMs: 3000,
};

/** The metadata event type of the bot's posts, so a replay after a crash can find them again. */
const MARKER_EVENT = 'csc_drill_reply';

/** A Web API failure as Slack names it (`not_in_channel`, `channel_not_found`, `ratelimited`). */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const reason =
      (err as { data?: { error?: string } }).data?.error ?? (err as { code?: string }).code ?? what;
    throw new PlatformError('slack', reason, { cause: err });
  }
}

/** Posts neutral messages into Slack channels and threads through the Web API (429s are retried by the client). */
export class SlackChannel implements ChannelAdapter {
  readonly platform = 'slack';
  readonly capabilities = SLACK_CAPABILITIES;
  readonly keys = slackKeys;

  private self: Promise<string | undefined> | undefined;

  constructor(private readonly client: WebClient) {}

  /** The bot's own user id (auth.test, asked once), so member lists never include the bot. */
  private selfUser(): Promise<string | undefined> {
    this.self ??= this.client.auth
      .test()
      .then((r) => r.user_id)
      .catch(() => undefined);
    return this.self;
  }

  async post(key: string, message: Outbound, options: PostOptions = {}): Promise<Sent> {
    const k = slackKeys.decode(key);
    let thread = k.thread;
    let first: string | undefined;
    for (const [i, part] of renderMessages(message).entries()) {
      const r = await call('chat.postMessage', () =>
        this.client.chat.postMessage({
          channel: k.channel,
          ...(thread ? { thread_ts: thread } : {}),
          text: part.text,
          ...(part.blocks ? { blocks: part.blocks as never } : {}),
          ...(options.marker && i === 0
            ? { metadata: { event_type: MARKER_EVENT, event_payload: { marker: options.marker } } }
            : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      first ??= r.ts as string;
      // The rest of a long message, and the image, follow in the thread the first part opened.
      if (!thread && options.openThread) thread = r.ts as string;
    }
    if (message.image) {
      const image = message.image;
      const file = { file: Buffer.from(image.png), filename: image.filename, alt_text: image.alt };
      await call('files.uploadV2', () =>
        this.client.files.uploadV2(
          thread ? { channel_id: k.channel, thread_ts: thread, ...file } : { channel_id: k.channel, ...file },
        ),
      );
    }
    return { key: slackKeys.encode({ ...k, thread }), messageId: first ?? '' };
  }

  /**
   * The bot's own message carrying this marker in its metadata: among a thread's replies, or among
   * the channel's latest messages for a post that opened a thread (replays come within minutes).
   */
  async findPosted(key: string, marker: string, options: PostOptions = {}): Promise<Sent | undefined> {
    const k = slackKeys.decode(key);
    const marked = (m: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }) =>
      m.metadata?.event_type === MARKER_EVENT &&
      (m.metadata.event_payload as { marker?: unknown } | undefined)?.marker === marker;
    let found: { ts?: string } | undefined;
    if (k.thread) {
      let cursor: string | undefined;
      do {
        const page = await call('conversations.replies', () =>
          this.client.conversations.replies({
            channel: k.channel,
            ts: k.thread as string,
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          }),
        );
        found = (page.messages ?? []).find(marked);
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (!found && cursor);
    } else {
      const page = await call('conversations.history', () =>
        this.client.conversations.history({ channel: k.channel, include_all_metadata: true, limit: 100 }),
      );
      found = (page.messages ?? []).find(marked);
    }
    if (!found?.ts) return undefined;
    const thread = k.thread ?? (options.openThread ? found.ts : undefined);
    return { key: slackKeys.encode({ ...k, thread }), messageId: found.ts };
  }

  async update(sent: Sent, message: Outbound): Promise<void> {
    const k = slackKeys.decode(sent.key);
    const [part] = renderMessages(message);
    if (!part) return;
    await call('chat.update', () =>
      this.client.chat.update({
        channel: k.channel,
        ts: sent.messageId,
        text: part.text,
        ...(part.blocks ? { blocks: part.blocks as never } : {}),
      }),
    );
  }

  /** Ephemeral where the person acted; a direct message when Slack refuses that (e.g. not in the channel). */
  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    const k = slackKeys.decode(to.key);
    try {
      for (const part of renderMessages(message)) {
        await call('chat.postEphemeral', () =>
          this.client.chat.postEphemeral({
            channel: k.channel,
            user: to.actor.user,
            ...(k.thread ? { thread_ts: k.thread } : {}),
            text: part.text,
            ...(part.blocks ? { blocks: part.blocks as never } : {}),
          }),
        );
      }
      return true;
    } catch (err) {
      if (!(err instanceof PlatformError) || err.reason === 'ratelimited') throw err;
      await this.post(await this.openDirect(to.actor), message);
      return true;
    }
  }

  /** Members of a user group (usergroups.users.list) or a channel (conversations.members, every page). */
  async members(target: Exclude<MentionTarget, { kind: 'person' }>): Promise<ActorRef[]> {
    const self = await this.selfUser();
    const actor = (tenant: string | undefined, user: string): ActorRef => ({
      platform: 'slack',
      tenant,
      user,
      isBot: user === self || user === 'USLACKBOT',
    });
    if (target.kind === 'group') {
      const r = await call('usergroups.users.list', () =>
        this.client.usergroups.users.list({ usergroup: target.id }),
      );
      return (r.users ?? []).map((user) => actor(target.tenant, user));
    }
    const k = slackKeys.decode(target.key);
    const users: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('conversations.members', () =>
        this.client.conversations.members({ channel: k.channel, limit: 200, ...(cursor ? { cursor } : {}) }),
      );
      users.push(...(page.members ?? []));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return users.map((user) => actor(k.team, user));
  }

  async openDirect(actor: ActorRef): Promise<string> {
    const r = await call('conversations.open', () => this.client.conversations.open({ users: actor.user }));
    const channel = (r.channel as { id?: string } | undefined)?.id;
    if (!channel || !actor.tenant) throw new PlatformError('slack', 'conversations.open returned no channel');
    return slackKeys.encode({ team: actor.tenant, channel });
  }
}
