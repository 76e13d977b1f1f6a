import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Inbound } from '../../src/chat/model.ts';
import { SlackChannel } from './adapter.ts';
import {
  type BlockActionPayload,
  type MessageEventPayload,
  parseBlockAction,
  parseMessageEvent,
  parseSlashCommand,
} from './parse.ts';

export interface SlackOptions {
  botToken: string;
  /** HTTP mode: requests are verified by Bolt with this secret (5-minute replay window). */
  signingSecret?: string;
  /** Socket Mode (development, no public URL) when set. */
  appToken?: string;
  apiUrl?: string;
  log: Logger;
}

export interface SlackSurface {
  channel: SlackChannel;
  /** HTTP mode: handles `/slack/events` (events, commands, interactivity) on an existing server. */
  requestListener?: RequestListener;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const ACK = '⏳ 好的，处理中… / Working on it…';

/**
 * The Slack surface on Bolt: acknowledges within Slack's 3 seconds and hands neutral events to the
 * dispatcher; the drill work runs after the acknowledgement.
 */
export function createSlack(o: SlackOptions, accept: (e: Inbound) => Promise<unknown>): SlackSurface {
  const socketMode = Boolean(o.appToken);
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: o.signingSecret ?? '',
        endpoints: '/slack/events',
        logLevel: LogLevel.ERROR,
      });
  const app = new App({
    token: o.botToken,
    ...(socketMode ? { socketMode: true, appToken: o.appToken } : { receiver }),
    clientOptions: o.apiUrl ? { slackApiUrl: o.apiUrl.endsWith('/') ? o.apiUrl : `${o.apiUrl}/` } : undefined,
    logLevel: LogLevel.ERROR,
    ignoreSelf: true,
  });
  app.error(async (err) => {
    o.log.error({ err }, 'slack handler failed');
  });

  app.command('/drill', async ({ command, ack }) => {
    await ack({ response_type: 'ephemeral', text: ACK });
    await accept(parseSlashCommand(command));
  });

  app.event('message', async ({ event, body }) => {
    const e = parseMessageEvent(
      event as unknown as MessageEventPayload,
      String(body.event_id),
      String(body.team_id),
    );
    if (e) await accept(e);
  });

  app.action(/^drill_/, async ({ ack, body }) => {
    await ack();
    const e = parseBlockAction(body as unknown as BlockActionPayload);
    if (e) await accept(e);
  });

  return {
    channel: new SlackChannel(app.client),
    requestListener: receiver?.requestListener,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      if (socketMode) await app.stop();
    },
  };
}
