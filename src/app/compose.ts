import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { IdentityService } from '../auth/identity.ts';
import { DrillBot } from '../bot/drill-bot.ts';
import { svgToPng } from '../bot/png.ts';
import type { ChannelAdapter, HttpRoute, RunningAdapter } from '../chat/contract/adapter.ts';
import { Dispatcher } from '../chat/runtime/dispatcher.ts';
import { EffectJournal } from '../chat/runtime/effects.ts';
import { listSetting, Roles } from '../coach/roles.ts';
import { CoachService } from '../coach/service.ts';
import { type Config, type ConfigSource, parseSettings } from '../config/config.ts';
import { createLogger } from '../log.ts';
import { CoachRepository } from '../store/coach-repository.ts';
import type { AdapterModule, AdapterState } from './adapter-module.ts';
import { type CoreOptions, createCore } from './core.ts';
import { routeRequests } from './http.ts';

const REMINDER_INTERVAL_MS = 10 * 60_000;

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
  const coach = new CoachService({
    store: new CoachRepository(store.kv, store.atomic),
    history: (id) => repo.coachingHistory(id),
    library: core.library,
    roles: new Roles(listSetting(o.config.MANAGERS), listSetting(o.config.ADMINS)),
    certifyStreak: o.config.CERTIFY_STREAK,
    clock: o.clock,
  });
  const channels = new Map<string, ChannelAdapter>();
  const modules: RunningModule[] = [];
  let bot: DrillBot | undefined;
  // Replies go through the journal, so an event handled again after a crash posts nothing twice.
  const journal = new EffectJournal(store.kv);
  const dispatcher = new Dispatcher({
    inbox: store.inbox,
    locks: store.atomic,
    log,
    selfId: (platform) => modules.find((m) => m.module.id === platform)?.running?.selfId?.(),
    handle: (e, id) => journal.run(id, () => (bot as DrillBot).handle(e)),
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
          coach,
          deliverAssignments: (assignments) => bot?.deliver(assignments),
        });
        const channel = entry.running.channel;
        if (channel) channels.set(channel.platform, journal.wrap(channel));
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
    coach,
    passMark: o.config.PASS_MARK,
  });
  const drillBot = bot;
  let reminders: NodeJS.Timeout | undefined;
  const settle = async () => {
    await dispatcher.settle();
    await drillBot.settle();
    await dispatcher.settle();
  };
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
    coach,
    async start() {
      dispatcher.start();
      for (const m of modules) await m.running?.start?.();
      reminders = setInterval(() => {
        drillBot.remind().catch((err: unknown) => log.error({ err }, 'reminders failed'));
      }, REMINDER_INTERVAL_MS);
      reminders.unref();
    },
    async stop() {
      clearInterval(reminders);
      for (const m of modules) await m.running?.stop?.();
      await dispatcher.stop();
      await settle();
      await store.close();
    },
    /** Resolves when every accepted event, and all the work it caused, has been handled (tests, shutdown). */
    settle,
  };
}
export type App = Awaited<ReturnType<typeof composeApp>>;
