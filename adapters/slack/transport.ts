import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';
import type { RunningAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import type { SlackSettings } from './config.ts';
import { eventsRoute, SIGNATURE_WINDOW_S } from './events-route.ts';
import {
  type BlockActionPayload,
  type MessageEventPayload,
  parseBlockAction,
  parseMessageEvent,
  parseSlashCommand,
} from './parse.ts';
import { SlackChannel } from './post.ts';

const ACK = '⏳ 好的，处理中… / Working on it…';

/**
 * Slack on Bolt. Each listener hands the neutral event to the sink, which records it in the
 * store's queue, and only then acknowledges (HTTP mode answers after the listener returns, and a
 * failed record answers 500 so Slack retries), so an acknowledged event is always recorded; the
 * drill work runs after the acknowledgement. Over HTTP, Events API deliveries take the same path
 * without Bolt's middleware chain (events-route.ts); Socket Mode uses the listener below.
 */
export function startSlack(s: SlackSettings, sink: InboundSink, log: Logger): RunningAdapter {
  const socketMode = Boolean(s.SLACK_APP_TOKEN);
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: s.SLACK_SIGNING_SECRET ?? '',
        endpoints: '/slack/events',
        processBeforeResponse: true,
        logLevel: LogLevel.ERROR,
      });
  const app = new App({
    token: s.SLACK_BOT_TOKEN,
    ...(socketMode ? { socketMode: true, appToken: s.SLACK_APP_TOKEN } : { receiver }),
    clientOptions: s.SLACK_API_URL
      ? { slackApiUrl: s.SLACK_API_URL.endsWith('/') ? s.SLACK_API_URL : `${s.SLACK_API_URL}/` }
      : undefined,
    logLevel: LogLevel.ERROR,
    ignoreSelf: true,
    // Bolt's per-conversation state is unused here; its memory store builds an Error on every miss.
    convoStore: false,
  });
  app.error(async (err) => {
    log.error({ err }, 'slack handler failed');
    // Rethrown, so Bolt answers 500 instead of the 200 it stored: Slack delivers the event again.
    throw err;
  });

  app.command('/drill', async ({ command, ack }) => {
    await sink.accept(parseSlashCommand(command));
    await ack({ response_type: 'ephemeral', text: ACK });
  });
  app.event('message', async ({ event, body }) => {
    const e = parseMessageEvent(
      event as unknown as MessageEventPayload,
      String(body.event_id),
      String(body.team_id),
    );
    if (e) await sink.accept(e);
  });
  app.action(/^drill_/, async ({ ack, body }) => {
    const e = parseBlockAction(body as unknown as BlockActionPayload);
    if (e) await sink.accept(e);
    await ack();
  });

  const listener = receiver?.requestListener;
  const events = eventsRoute(s.SLACK_SIGNING_SECRET ?? '', sink, log);
  return {
    channel: new SlackChannel(app.client),
    routes: listener
      ? [
          {
            // All of /slack/ is ours: an unknown path is a short 404, not a stack trace from Bolt.
            prefix: '/slack',
            handle: (req: IncomingMessage, res: ServerResponse) => {
              const path = (req.url ?? '').split('?')[0];
              if (path !== '/slack/events') {
                log.warn({ path, method: req.method }, 'slack: unknown path');
                res
                  .writeHead(404, { 'content-type': 'application/json' })
                  .end('{"error":{"code":"not-found"}}');
                return;
              }
              // Bolt refuses stale signatures; a timestamp from the future is refused here too.
              const ts = Number(req.headers['x-slack-request-timestamp']);
              if (Number.isFinite(ts) && ts - Date.now() / 1000 > SIGNATURE_WINDOW_S) {
                log.warn({ path, ts }, 'slack request refused: timestamp in the future');
                res.writeHead(401).end();
                return;
              }
              // Events API deliveries are JSON; slash commands and clicks are form-encoded and go to Bolt.
              if (isJson(req)) void events(req, res);
              else listener(req, res);
            },
          },
        ]
      : undefined,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      if (socketMode) await app.stop();
    },
    describe: (baseUrl) => (socketMode ? 'connected (Socket Mode)' : `listening at ${baseUrl}/slack/events`),
  };
}

const isJson = (req: IncomingMessage): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim() === 'application/json';
