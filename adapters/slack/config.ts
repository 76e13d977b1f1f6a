import { z } from 'zod';
import { requireAll } from '../../src/app/adapter-module.ts';

/** The Slack adapter's settings: a bot token plus Socket Mode (app token) or HTTP mode (signing secret). */
export const SlackSettings = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
  SLACK_API_URL: z.url().optional().describe('Web API base URL override (proxies, tests)'),
});
export type SlackSettings = z.infer<typeof SlackSettings>;

export const slackState = (s: SlackSettings) =>
  requireAll(
    s,
    s.SLACK_APP_TOKEN ? ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'] : ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'],
  );
