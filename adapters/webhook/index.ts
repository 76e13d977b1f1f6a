import { defineAdapter } from '../../src/app/adapter-module.ts';
import { publicBaseUrl } from '../../src/auth/links.ts';
import { WebhookSettings, webhookState } from './config.ts';

/** The signed JSON webhook for mini-apps and other clients of our own protocol. */
export const webhookAdapter = defineAdapter({
  id: 'webhook',
  name: 'Webhook',
  settings: WebhookSettings,
  state: webhookState,
  async create(settings, ctx) {
    const { startWebhook } = await import('./transport.ts');
    return startWebhook(settings, {
      sink: ctx.sink,
      log: ctx.log,
      store: ctx.store,
      identity: ctx.identity,
      baseUrl: (host) => publicBaseUrl(ctx.config, host),
    });
  },
});
