import { fieldCodec } from '../../src/chat/contract/key.ts';

/** Discord conversation keys: guild and channel, plus the thread's id inside a drill's thread. */
export const discordKeys = fieldCodec('discord', ['guild', 'channel'], ['thread']);
export type DiscordKey = ReturnType<typeof discordKeys.decode>;

/**
 * The guild part of a direct message's key (Discord's own URLs say `channels/@me/<channel>`):
 * a DM has no guild and no threads.
 */
export const DIRECT = '@me';
export const isDirect = (k: Pick<DiscordKey, 'guild'>) => k.guild === DIRECT;
