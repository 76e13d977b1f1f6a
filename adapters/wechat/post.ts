import type { Logger } from 'pino';
import type { IdentityService } from '../../src/auth/identity.ts';
import { signInUrl } from '../../src/auth/links.ts';
import { personId } from '../../src/chat/contract/actor.ts';
import type { ChannelAdapter, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';
import type { PassiveReplies } from '../../src/chat/runtime/passive-replies.ts';
import { KeyedMutex } from '../../src/store/atomic.ts';
import type { WeChatApi } from './api.ts';
import { wechatKeys } from './key.ts';
import { drillOfButtons, MAX_BYTES, renderText } from './render.ts';

export const WECHAT_CAPABILITIES: Capabilities = {
  threads: 'none',
  // A follower's chat with the account is one-to-one: a note to them is simply a message there.
  privateNotes: 'direct-message',
  commands: 'text',
  images: 'none',
  maxText: Math.floor(MAX_BYTES / 3),
  ackDeadlineMs: 5000,
};

const SCORECARD_LINK = '完整评分卡 / Full scorecard';

/**
 * Posts into a follower's chat: as the passive reply while WeChat's request is still open,
 * otherwise through the customer-service message API, one message at a time per follower.
 */
export class WeChatChannel implements ChannelAdapter {
  readonly platform = 'wechat';
  readonly capabilities = WECHAT_CAPABILITIES;
  readonly keys = wechatKeys;
  private readonly order = new KeyedMutex();
  private seq = 0;

  constructor(
    private readonly o: {
      replies: PassiveReplies<string>;
      api: WeChatApi;
      log: Logger;
      identity?: IdentityService;
      baseUrl?: string;
    },
  ) {}

  /** Sends texts through the API, in order for this follower; failures are logged (the 5 s request is long gone). */
  pushTexts(key: string, texts: readonly string[]): Promise<void> {
    const { user } = wechatKeys.decode(key);
    return this.order
      .run(key, async () => {
        for (const text of texts) await this.o.api.sendText(user, text);
      })
      .catch((err: unknown) => this.o.log.error({ err }, 'wechat: customer-service message failed'));
  }

  private async scorecardLink(key: string, message: Outbound) {
    const drillId = drillOfButtons(message);
    if (!drillId || !this.o.identity || !this.o.baseUrl) return undefined;
    const { app, user } = wechatKeys.decode(key);
    const person = { id: personId({ platform: 'wechat', tenant: app, user }) };
    const { token } = await this.o.identity.mintSignIn(person, { view: 'scorecard', drillId });
    return { label: SCORECARD_LINK, url: signInUrl(this.o.baseUrl, token) };
  }

  async post(key: string, message: Outbound): Promise<Sent> {
    const texts = renderText(message, await this.scorecardLink(key, message));
    if (!this.o.replies.offer(key, texts)) void this.pushTexts(key, texts);
    return { key, messageId: `wechat-${Date.now()}-${++this.seq}` };
  }

  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    await this.post(to.key, message);
    return true;
  }
}
