import { defineAdapter } from '../../src/app/adapter-module.ts';
import { publicBaseUrl } from '../../src/auth/links.ts';
import { WeChatSettings, wechatState } from './config.ts';

/** WeChat Official Account (developer mode): followers drill in the account's chat. */
export const wechatAdapter = defineAdapter({
  id: 'wechat',
  name: 'WeChat',
  settings: WeChatSettings,
  state: wechatState,
  async create(settings, ctx) {
    const { startWeChat } = await import('./transport.ts');
    return startWeChat(settings, {
      sink: ctx.sink,
      log: ctx.log,
      identity: ctx.identity,
      baseUrl: publicBaseUrl(ctx.config),
    });
  },
});
