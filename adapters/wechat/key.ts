import { fieldCodec } from '../../src/chat/contract/key.ts';

/** WeChat conversation keys: the official account's AppID and the follower's OpenID (a 1:1 chat). */
export const wechatKeys = fieldCodec('wechat', ['app', 'user']);
export type WeChatKey = ReturnType<typeof wechatKeys.decode>;
