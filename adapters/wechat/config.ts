import { z } from 'zod';
import { requireAll } from '../../src/app/adapter-module.ts';

/** WeChat Official Account (developer mode) settings, as the account's 基本配置 page names them. */
export const WeChatSettings = z.object({
  WECHAT_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{3,32}$/, 'the Token from the server settings: 3-32 letters or digits')
    .optional(),
  WECHAT_APP_ID: z
    .string()
    .regex(/^wx[0-9a-f]{16}$/i, 'an AppID like wx0123456789abcdef')
    .optional(),
  WECHAT_APP_SECRET: z.string().min(1).optional(),
  WECHAT_ENCODING_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, 'the EncodingAESKey: 43 letters or digits')
    .optional()
    .describe('safe mode: messages arrive and leave encrypted'),
  WECHAT_API_URL: z
    .url()
    .default('https://api.weixin.qq.com')
    .describe('API base URL override (proxies, tests)'),
  WECHAT_REPLY_WITHIN_MS: z.coerce.number().int().min(0).max(4500).default(4500),
});
export type WeChatSettings = z.infer<typeof WeChatSettings>;

export const wechatState = (s: WeChatSettings) =>
  requireAll(s, ['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET']);
