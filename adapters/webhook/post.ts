import type { ChannelAdapter, PostOptions, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';
import type { PassiveReplies } from '../../src/chat/runtime/passive-replies.ts';
import { webhookKeys } from './key.ts';
import { type Addressed, LIMITS, renderMessages } from './render.ts';
import type { WebhookMessage } from './schemas.ts';

export const WEBHOOK_CAPABILITIES: Capabilities = {
  threads: 'none',
  // A note for one person is a message marked private for that user; the client shows it to them alone.
  privateNotes: 'direct-message',
  commands: 'text',
  buttons: { perMessage: LIMITS.buttonsPerBlock, labelMax: LIMITS.buttonLabel },
  select: { maxOptions: LIMITS.options, labelMax: LIMITS.optionLabel },
  images: 'upload',
  maxText: LIMITS.text,
  ackDeadlineMs: 5000,
};

/** Where messages go that are not part of an inline answer: the client's callback URL. */
export type Push = (key: string, messages: WebhookMessage[]) => void;

/**
 * Posts into webhook conversations. While the request that caused a post is still open, the
 * message joins that request's answer; otherwise it is pushed to the client's callback URL.
 */
export class WebhookChannel implements ChannelAdapter {
  readonly platform = 'webhook';
  readonly capabilities = WEBHOOK_CAPABILITIES;
  readonly keys = webhookKeys;

  constructor(
    private readonly replies: PassiveReplies<WebhookMessage>,
    private readonly push: Push,
  ) {}

  private deliver(key: string, message: Outbound, to: Addressed): Sent {
    const messages = renderMessages(message, to);
    if (!this.replies.offer(key, messages)) this.push(key, messages);
    return { key, messageId: (messages[0] as WebhookMessage).id };
  }

  async post(key: string, message: Outbound, options?: PostOptions): Promise<Sent> {
    const { conversation } = webhookKeys.decode(key);
    return this.deliver(key, message, {
      conversationId: conversation,
      visibility: 'conversation',
      ...(options?.marker ? { marker: options.marker } : {}),
    });
  }

  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    const { conversation } = webhookKeys.decode(to.key);
    this.deliver(to.key, message, {
      conversationId: conversation,
      visibility: 'private',
      userId: to.actor.user,
    });
    return true;
  }
}
