import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ActorRef } from '../../src/chat/contract/actor.ts';
import type { ChannelAdapter, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import { PlatformError } from '../../src/chat/contract/errors.ts';
import type { MentionTarget } from '../../src/chat/contract/inbound.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';
import { chainRootOf, channelOf, type TeamsKey, teamsKeys } from './key.ts';
import { LIMITS, renderActivities } from './render.ts';

export const TEAMS_CAPABILITIES: Capabilities = {
  // Reply chains in channels; 1:1 and group chats have none (a post there returns the chat's key).
  threads: 'reply-chain',
  privateNotes: 'direct-message',
  commands: 'mention',
  buttons: { perMessage: LIMITS.actionsPerSet, labelMax: LIMITS.buttonText },
  select: { maxOptions: LIMITS.choices, labelMax: LIMITS.choiceText },
  images: 'upload',
  maxText: LIMITS.text,
  // Teams allows an app 50 requests a second per tenant; a direct message is two (open, send).
  directPerMinute: 600,
  ackDeadlineMs: 5000,
};

/** How many members one roster page asks for (Teams allows 50 to 500). */
const PAGE_SIZE = 500;
const MAX_ROSTER_IDS = 50_000;

/** A connector failure as Teams names it (`403 BotNotInConversationRoster`, `429`); safe to show. */
function platformError(err: unknown, what: string): PlatformError {
  const e = err as { statusCode?: number; code?: string; details?: { error?: { code?: string } } };
  const code = e.details?.error?.code ?? (e.code && e.code !== 'REST_ERROR' ? e.code : undefined);
  const reason = [e.statusCode, code].filter(Boolean).join(' ') || what;
  return new PlatformError('teams', reason, { cause: err });
}

/**
 * Posts into Teams through the Bot Connector, proactively from the stored key: every call opens a
 * continuation of the conversation (the SDK authenticates to the key's service URL) and uses its
 * connector directly, so nothing depends on an inbound turn still being open. 429 and 5xx are
 * retried by the connector's pipeline, honouring Retry-After.
 */
export class TeamsChannel implements ChannelAdapter {
  readonly platform = 'teams';
  readonly capabilities = TEAMS_CAPABILITIES;
  readonly keys = teamsKeys;
  private readonly botId: string;
  /** The last service URL each tenant's activities came from (for `openDirect`, which has no key). */
  private readonly serviceUrls = new Map<string, string>();
  /** 1:1 conversation ids (Teams returns the same one every time; this only saves the round trip). */
  private readonly directs = new Map<string, string>();
  /** The bot-scoped `29:` id of each Entra object id seen, the id Teams documents for opening a 1:1 chat. */
  private readonly rosterIds = new Map<string, string>();
  /** The team a channel belongs to: rosters are the team's (as TeamsInfo reads them). */
  private readonly teamOf = new Map<string, string>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {
    this.botId = `28:${appId}`;
  }

  /**
   * Remembers, from an authenticated inbound activity, where a tenant's conversations live, the
   * sender's roster id and the team of the channel it came from.
   */
  learn(
    tenant: string,
    serviceUrl: string,
    o: { aadObjectId?: string; rosterId?: string; channel?: string; team?: string } = {},
  ): void {
    this.serviceUrls.set(tenant, serviceUrl);
    if (o.aadObjectId && o.rosterId) this.rosterIdOf(o.aadObjectId, o.rosterId);
    if (o.channel && o.team) this.teamOf.set(o.channel, o.team);
  }

  private async connector<T>(k: TeamsKey, what: string, fn: (c: ConnectorClient) => Promise<T>): Promise<T> {
    const reference: ConversationReference = {
      channelId: 'msteams',
      serviceUrl: k.serviceUrl,
      bot: { id: this.botId, name: 'CSC Drill' },
      conversation: {
        id: k.conversation,
        conversationType: k.type,
        isGroup: k.type !== 'personal',
        tenantId: k.tenant,
        name: '',
      },
    };
    let result: { value: T } | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (ctx) => {
        result = { value: await fn(ctx.turnState.get(this.adapter.ConnectorClientKey) as ConnectorClient) };
      });
    } catch (err) {
      throw platformError(err, what);
    }
    if (!result) throw new PlatformError('teams', `${what}: no connector`);
    return result.value;
  }

  async post(key: string, message: Outbound, options: { openThread?: boolean } = {}): Promise<Sent> {
    return this.send(teamsKeys.decode(key), message, options.openThread ?? false);
  }

  private async send(k: TeamsKey, message: Outbound, openThread: boolean, data?: Record<string, string>) {
    const parts = renderActivities(message, data);
    const newChain = openThread && k.type === 'channel' && chainRootOf(k.conversation) === undefined;
    return this.connector(k, 'sendToConversation', async (c) => {
      let conversation = k.conversation;
      let first: string | undefined;
      for (const [i, part] of parts.entries()) {
        if (i === 0 && newChain) {
          // A new conversation in the channel: the post becomes the root of its reply chain.
          const r = await c.conversations.createConversation({
            isGroup: true,
            channelData: { channel: { id: k.conversation }, tenant: { id: k.tenant } },
            activity: part,
            tenantId: k.tenant,
          } as never);
          conversation = r.id as string;
          first = r.activityId;
        } else {
          const r = await c.conversations.sendToConversation(conversation, part as never);
          first ??= r.id;
        }
      }
      return { key: teamsKeys.encode({ ...k, conversation }), messageId: first ?? '' };
    });
  }

  async update(sent: Sent, message: Outbound): Promise<void> {
    const k = teamsKeys.decode(sent.key);
    const [part] = renderActivities(message);
    if (!part) return;
    await this.connector(k, 'updateActivity', (c) =>
      c.conversations.updateActivity(k.conversation, sent.messageId, {
        ...part,
        id: sent.messageId,
      } as never),
    );
  }

  /** The customer "is typing" while the bot works out their reply. */
  async typing(key: string): Promise<void> {
    const k = teamsKeys.decode(key);
    await this.connector(k, 'typing', (c) =>
      c.conversations.sendToConversation(k.conversation, { type: 'typing' } as never),
    );
  }

  /**
   * A 1:1 message: in a personal chat that is the chat itself; anywhere else a 1:1 conversation
   * with the person, never the channel or group. The card remembers where it was asked for, so
   * its buttons act there.
   */
  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    const k = teamsKeys.decode(to.key);
    if (k.type === 'personal') {
      await this.send(k, message, false);
      return true;
    }
    const direct = await this.direct(k.serviceUrl, k.tenant, to.replyHandle ?? to.actor.user);
    await this.send(teamsKeys.decode(direct), message, false, { origin: to.key });
    return true;
  }

  async openDirect(actor: ActorRef): Promise<string> {
    const serviceUrl = actor.tenant ? this.serviceUrls.get(actor.tenant) : undefined;
    if (!actor.tenant || !serviceUrl)
      throw new PlatformError('teams', 'no conversation with this tenant seen yet, so no service URL');
    return this.direct(serviceUrl, actor.tenant, this.rosterIds.get(actor.user) ?? actor.user);
  }

  /**
   * A mentioned person under their Entra object id (how they act, and so their person id): Teams
   * mentions carry only the `29:` id, which the roster of the conversation (its team, in a
   * channel) resolves. Undefined when the roster does not hold them, e.g. a tag.
   */
  async identify(mentioned: ActorRef, where: string): Promise<ActorRef | undefined> {
    if (!mentioned.user.startsWith('29:')) return mentioned;
    const k = teamsKeys.decode(where);
    const conversation = this.rosterOf(k);
    const member = await this.connector(k, 'getConversationMember', (c) =>
      c.conversations.getConversationMember(conversation, mentioned.user).then(
        (m) => m as { id?: string; name?: string; aadObjectId?: string },
        (err: { statusCode?: number }) => {
          if (err.statusCode === 404) return undefined;
          throw err;
        },
      ),
    );
    if (!member?.aadObjectId) return undefined;
    this.rosterIdOf(member.aadObjectId, mentioned.user);
    return {
      platform: 'teams',
      tenant: k.tenant,
      user: member.aadObjectId,
      name: member.name ?? mentioned.name,
    };
  }

  /** Everyone in a mentioned channel or team, page by page from the roster; bots are marked. */
  async members(target: Exclude<MentionTarget, { kind: 'person' }>): Promise<ActorRef[]> {
    if (target.kind !== 'channel')
      throw new PlatformError('teams', 'Teams cannot list the members of a tag; mention the people');
    const k = teamsKeys.decode(target.key);
    const conversation = channelOf(k.conversation);
    const out: ActorRef[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.connector(k, 'getConversationPagedMembers', (c) =>
        c.conversations.getConversationPagedMembers(conversation, {
          pageSize: PAGE_SIZE,
          ...(continuationToken ? { continuationToken } : {}),
        } as never),
      );
      for (const m of page.members ?? []) {
        const account = m as { id: string; name?: string; aadObjectId?: string; role?: string };
        if (account.aadObjectId) this.rosterIdOf(account.aadObjectId, account.id);
        out.push({
          platform: 'teams',
          tenant: k.tenant,
          user: account.aadObjectId ?? account.id,
          name: account.name,
          isBot: account.id.startsWith('28:') || account.role === 'bot' || !account.aadObjectId,
        });
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
    return out;
  }

  /** Keeps the newest roster ids, so a tenant of many people costs a bounded amount of memory. */
  private rosterIdOf(aadObjectId: string, rosterId: string): void {
    this.rosterIds.delete(aadObjectId);
    this.rosterIds.set(aadObjectId, rosterId);
    if (this.rosterIds.size > MAX_ROSTER_IDS)
      this.rosterIds.delete(this.rosterIds.keys().next().value as string);
  }

  /** The conversation whose roster holds the people of a key: a channel's team, else the chat itself. */
  private rosterOf(k: TeamsKey): string {
    const conversation = channelOf(k.conversation);
    return k.type === 'channel' ? (this.teamOf.get(conversation) ?? conversation) : conversation;
  }

  /** Opens (or finds) the 1:1 conversation with a member: their Bot Framework id, or their Entra object id. */
  private async direct(serviceUrl: string, tenant: string, member: string): Promise<string> {
    const cacheKey = `${serviceUrl}|${tenant}|${member}`;
    let id = this.directs.get(cacheKey);
    if (!id) {
      const k: TeamsKey = { serviceUrl, tenant, type: 'personal', conversation: 'new' };
      id = await this.connector(k, 'createConversation', async (c) => {
        const r = await c.conversations.createConversation({
          isGroup: false,
          bot: { id: this.botId, name: 'CSC Drill' },
          members: [{ id: member, name: '' }],
          tenantId: tenant,
          channelData: { tenant: { id: tenant } },
        } as never);
        return r.id as string;
      });
      this.directs.set(cacheKey, id);
    }
    return teamsKeys.encode({ serviceUrl, tenant, type: 'personal', conversation: id });
  }
}
