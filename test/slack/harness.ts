import { type RunningApp, startApp } from '../support/app-harness.ts';
import type { FakeSlack } from '../support/fake-slack.ts';
import { SIGNING_SECRET, signed } from '../support/slack-requests.ts';

export interface Bot extends RunningApp {
  send(
    body: string,
    type: 'form' | 'json',
    options?: Parameters<typeof signed>[1],
  ): Promise<{ status: number; text: string }>;
}

/** The real server with the Slack adapter on a local port, talking to the fake Web API. */
export async function startBot(
  slack: FakeSlack,
  storeUrl = 'memory://',
  env: Record<string, string> = {},
): Promise<Bot> {
  const running = await startApp({
    ...env,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    STORE_URL: storeUrl,
  });
  return {
    ...running,
    send: async (body, type, options) => {
      const r = await fetch(`${running.url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
          ...signed(body, options),
        },
        body,
      });
      return { status: r.status, text: await r.text() };
    },
  };
}
