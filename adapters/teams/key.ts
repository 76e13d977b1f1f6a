import { fieldCodec } from '../../src/chat/contract/key.ts';

/**
 * Teams conversation keys hold what a proactive post needs: the service URL the conversation
 * lives on, the tenant, the conversation type, and the conversation id exactly as Teams sends it
 * (a channel's reply chain is `19:…@thread.tacv2;messageid=<root>`).
 */
export const teamsKeys = fieldCodec('teams', ['serviceUrl', 'tenant', 'type', 'conversation']);
export type TeamsKey = ReturnType<typeof teamsKeys.decode>;

export type ConversationType = 'channel' | 'groupChat' | 'personal';

const MESSAGE_ID = /;messageid=(\d+)$/;

/** The channel a reply chain belongs to (its conversation id without `;messageid=`). */
export const channelOf = (conversation: string): string => conversation.replace(MESSAGE_ID, '');

/** The root message of a channel reply chain, if the conversation id names one. */
export const chainRootOf = (conversation: string): string | undefined => MESSAGE_ID.exec(conversation)?.[1];
