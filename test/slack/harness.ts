import type { AddressInfo } from 'node:net';
import { createWebServer } from '../../adapters/web/server.ts';
import { createPlatforms, type Platforms } from '../../src/cli/platforms.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createDrillService } from '../../src/drill/create.ts';
import { createLogger } from '../../src/log.ts';
import type { FakeSlack } from '../support/fake-slack.ts';
import { SIGNING_SECRET, signed } from '../support/slack-requests.ts';

export interface Bot {
  url: string;
  platforms: Platforms;
  send(
    body: string,
    type: 'form' | 'json',
    options?: Parameters<typeof signed>[1],
  ): Promise<{ status: number; text: string }>;
  /** Waits until the bot has handled everything for this Slack conversation. */
  settle(channel?: string, threadTs?: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server with the Slack adapter on a local port, talking to the fake Web API. */
export async function startBot(slack: FakeSlack, storeUrl = 'memory://'): Promise<Bot> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    DEFAULT_LANG: 'en',
    STORE_URL: storeUrl,
  });
  const log = createLogger('silent');
  const { service, store } = await createDrillService(config);
  const platforms = createPlatforms(config, service, store, log);
  const server = createWebServer(service, log, platforms.route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    platforms,
    send: async (body, type, options) => {
      const r = await fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
          ...signed(body, options),
        },
        body,
      });
      return { status: r.status, text: await r.text() };
    },
    settle: async (channel = 'C1', threadTs) => {
      // Work runs after the acknowledgement: wait for the channel's queue, then the thread's.
      await new Promise((r) => setTimeout(r, 20));
      await platforms.idle(`slack:T1:${channel}`);
      if (threadTs) await platforms.idle(`slack:T1:${channel}:${threadTs}`);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(() => r(undefined)));
      await store.close();
    },
  };
}
