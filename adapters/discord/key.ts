import { fieldCodec } from '../../src/chat/contract/key.ts';

/** Discord conversation keys: guild and channel, plus the thread's id inside a drill's thread. */
export const discordKeys = fieldCodec('discord', ['guild', 'channel'], ['thread']);
export type DiscordKey = ReturnType<typeof discordKeys.decode>;
