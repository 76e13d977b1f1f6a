import { fieldCodec } from '../../src/chat/contract/key.ts';

/** Slack conversation keys: team and channel, plus the thread's root `ts` inside a thread. */
export const slackKeys = fieldCodec('slack', ['team', 'channel'], ['thread']);
export type SlackKey = ReturnType<typeof slackKeys.decode>;
