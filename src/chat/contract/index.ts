// The channel contract v2: the only types adapters and the bot share.

export type { ActorRef } from './actor.ts';
export { personId } from './actor.ts';
export type { ChannelAdapter, HttpRoute, PrivateTarget, RunningAdapter } from './adapter.ts';
export type { Capabilities } from './capabilities.ts';
export { PlatformError } from './errors.ts';
export type { CommandInput, Inbound, InboundOf, InboundSink, Mention, MentionTarget } from './inbound.ts';
export type { ConversationKey, KeyCodec } from './key.ts';
export { fieldCodec, KeyError, platformOf } from './key.ts';
export type { Block, Button, Outbound, Sent, Span } from './outbound.ts';
export { bold, code, plain, spansText } from './outbound.ts';
