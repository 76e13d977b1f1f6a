import { fieldCodec } from '../../src/chat/contract/key.ts';

/** Webhook conversation keys: the calling client and its own conversation id (no threads). */
export const webhookKeys = fieldCodec('webhook', ['client', 'conversation']);
export type WebhookKey = ReturnType<typeof webhookKeys.decode>;
