import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { IdentityService } from '../auth/identity.ts';
import { DrillBot } from '../bot/drill-bot.ts';
import { svgToPng } from '../bot/png.ts';
import type { ChannelAdapter, HttpRoute, RunningAdapter } from '../chat/contract/adapter.ts';
import { Dispatcher } from '../chat/runtime/dispatcher.ts';
import { type Config, type ConfigSource, parseSettings } from '../config/config.ts';
import { createLogger } from '../log.ts';
import type { AdapterModule, AdapterState } from './adapter-module.ts';
import { type CoreOptions, createCore } from './core.ts';
import { routeRequests } from './http.ts';

export interface ComposeOptions extends CoreOptions {
  config: Config;
  source: ConfigSource;
  modules: readonly AdapterModule[];
  log?: Logger;
}

export interface RunningModule {
  module: AdapterModule;
  state: AdapterState;
  running?: RunningAdapter;
}

/**
 * The one composition root: the drill core, one dispatcher and one bot over every adapter whose
 * settings switch it on, and the HTTP listener that serves their routes.
 */
export async function composeApp(o: ComposeOptions) {
  const log = o.log ?? createLogger(o.config.LOG_LEVEL);
  const core = await createCore(o.config, o);
  const { store, service, repo } = core;
  const identity = new IdentityService({
    store,
    signInTtlMs: o.config.SIGNIN_TOKEN_MINUTES * 60_000,
    sessionTtlMs: o.config.SESSION_HOURS * 3_600_000,
    clock: o.clock,
  });
  const channels = new Map<string, ChannelAdapter>();
  const modules: RunningModule[] = [];
  let bot: DrillBot | undefined;
  const dispatcher = new Dispatcher({
    claims: store.atomic,
    log,
    selfId: (platform) => modules.find((m) => m.module.id === platform)?.running?.selfId?.(),
    handle: (e) => (bot as DrillBot).handle(e),
  });
  try {
    for (const module of o.modules) {
      const settings = parseSettings(module.settings, o.source);
      const state = module.state(settings);
      const entry: RunningModule = { module, state };
      if (state.on) {
        entry.running = await module.create(settings, {
          sink: dispatcher,
          log,
          config: o.config,
          service,
          identity,
          store,
        });
        if (entry.running.channel) channels.set(entry.running.channel.platform, entry.running.channel);
      }
      modules.push(entry);
    }
  } catch (e) {
    await store.close();
    throw e;
  }
  bot = new DrillBot({
    service,
    links: repo,
    claims: store.atomic,
    adapters: channels,
    defaultLang: o.config.DEFAULT_LANG,
    log,
    renderPng: svgToPng,
  });
  const routes: HttpRoute[] = modules.flatMap((m) => m.running?.routes ?? []);
  const listener: RequestListener = routeRequests(routes, log);
  return {
    ...core,
    log,
    bot,
    dispatcher,
    identity,
    modules,
    listener,
    async start() {
      for (const m of modules) await m.running?.start?.();
    },
    async stop() {
      for (const m of modules) await m.running?.stop?.();
      await dispatcher.settle();
      await store.close();
    },
    /** Resolves when every accepted event, and all the work it caused, has been handled (tests, shutdown). */
    settle: () => dispatcher.settle(),
  };
}
export type App = Awaited<ReturnType<typeof composeApp>>;
