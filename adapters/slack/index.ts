import { defineAdapter } from '../../src/app/adapter-module.ts';
import { SlackSettings, slackState } from './config.ts';

/** The Slack entry of the adapter catalogue; Bolt loads only when Slack is switched on. */
export const slackAdapter = defineAdapter({
  id: 'slack',
  name: 'Slack',
  settings: SlackSettings,
  state: slackState,
  async create(settings, ctx) {
    const { startSlack } = await import('./transport.ts');
    return startSlack(settings, ctx.sink, ctx.log);
  },
});
