import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createSlack, type SlackSurface } from '../../adapters/slack/index.ts';
import { Dispatcher } from '../chat/dispatcher.ts';
import { DrillBot } from '../chat/drill-bot.ts';
import { svgToPng } from '../chat/png.ts';
import type { Config } from '../config/config.ts';
import type { DrillService } from '../drill/service.ts';
import { DrillRepository } from '../store/drill-repository.ts';
import type { OpenStore } from '../store/open-store.ts';

export interface Platforms {
  names: string[];
  /** Routes platform webhooks on the shared HTTP server; true when it handled the request. */
  route: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every event accepted for this conversation has been handled (tests). */
  idle(key: string): Promise<void>;
}

/** The composition root for chat platforms: one adapter per platform whose credentials are set. */
export function createPlatforms(
  config: Config,
  service: DrillService,
  store: OpenStore,
  log: Logger,
): Platforms {
  const repo = new DrillRepository(store.kv, store.atomic);
  const surfaces: { name: string; surface: SlackSurface; dispatcher: Dispatcher }[] = [];

  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    let bot: DrillBot | undefined;
    const dispatcher = new Dispatcher({
      atomic: store.atomic,
      log,
      handle: (e) => (bot as DrillBot).handle(e),
    });
    const surface = createSlack(
      {
        botToken: config.SLACK_BOT_TOKEN,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
        log,
      },
      (e) => dispatcher.accept(e, 'slack'),
    );
    bot = new DrillBot({
      service,
      repo,
      atomic: store.atomic,
      adapter: surface.channel,
      defaultLang: config.DEFAULT_LANG,
      log,
      renderPng: svgToPng,
    });
    surfaces.push({ name: 'slack', surface, dispatcher });
  }

  return {
    names: surfaces.map((s) => s.name),
    route: async (req, res) => {
      const url = req.url ?? '';
      for (const { name, surface } of surfaces) {
        if (url.startsWith(`/${name}/`) && surface.requestListener) {
          surface.requestListener(req, res);
          return true;
        }
      }
      return false;
    },
    start: async () => {
      for (const s of surfaces) await s.surface.start();
    },
    stop: async () => {
      for (const s of surfaces) await s.surface.stop();
    },
    idle: async (key) => {
      for (const s of surfaces) await s.dispatcher.idle(key);
    },
  };
}
