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
import { openStore } from '../store/open-store.ts';
import type { AdapterModule, AdapterState } from './adapter-module.ts';
import { type CoreOptions, createCore } from './core.ts';
import { routeRequests } from './http.ts';
import { opsHandler } from './ops/health.ts';
import { instrumentFetch, instrumentHandler, instrumentStore, watchPatterns } from './ops/instrument.ts';
import { createMetrics } from './ops/metrics.ts';
import { watchStore } from './ops/store-watch.ts';
import { createSweeper } from './ops/sweeper.ts';
import { tellingSink } from './ops/telling-sink.ts';

const REMINDER_INTERVAL_MS = 10 * 60_000;
const STORE_CHECK_INTERVAL_MS = 10_000;

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
const QUEUE_STALL_MS = 60_000;

export async function composeApp(o: ComposeOptions) {
  const log = o.log ?? createLogger(o.config.LOG_LEVEL);
  const metrics = createMetrics();
  const opened = o.store ?? (await openStore(o.config.STORE_URL, { timeoutMs: o.config.STORE_TIMEOUT_MS }));
  const core = await createCore(o.config, {
    ...o,
    store: instrumentStore(opened, metrics, log),
    // Resolved per call, so a fetch patched later (tests' interceptors) is the one timed.
    fetch: instrumentFetch((input, init) => (o.fetch ?? globalThis.fetch)(input, init), metrics),
  });
  const { store, service, repo } = core;
  const watch = watchStore(store, log);
  const unwatchPatterns = watchPatterns(metrics, log);
  let stopping = false;
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
  let lastHandledAt = Date.now();
  const dispatcher = new Dispatcher({
    inbox: store.inbox,
    locks: store.atomic,
    log,
    selfId: (platform) => modules.find((m) => m.module.id === platform)?.running?.selfId?.(),
    handle: async (e, id, attempt) => {
      const handled = instrumentHandler(
        () => journal.run(id, () => (bot as DrillBot).handle(e), { replay: attempt > 1 }),
        metrics,
      );
      try {
        await handled(e);
      } finally {
        lastHandledAt = Date.now();
      }
    },
  });
  // Work waiting while nothing has finished for a while is a stuck consumer, which /readyz reports.
  metrics.setQueueProbe(async () => {
    const depth = await dispatcher.depth();
    return { depth, draining: depth === 0 || Date.now() - lastHandledAt < QUEUE_STALL_MS };
  });
  const sink = tellingSink(dispatcher, (e) => (bot as DrillBot).tellStoreDown(e), log);
  try {
    for (const module of o.modules) {
      const settings = parseSettings(module.settings, o.source);
      const state = module.state(settings);
      const entry: RunningModule = { module, state };
      if (state.on) {
        entry.running = await module.create(settings, {
          sink,
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
    unwatchPatterns();
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
    storeReset: () => watch.wasReset(),
  });
  const drillBot = bot;
  const sweeper = createSweeper({
    store,
    service,
    bot,
    log,
    metrics,
    idleMinutes: o.config.IDLE_TIMEOUT_MINUTES,
    clock: o.clock,
  });
  let reminders: NodeJS.Timeout | undefined;
  let sweeps: NodeJS.Timeout | undefined;
  let storeChecks: NodeJS.Timeout | undefined;
  const settle = async () => {
    await dispatcher.settle();
    await drillBot.settle();
    await dispatcher.settle();
  };
  const routes: HttpRoute[] = modules.flatMap((m) => m.running?.routes ?? []);
  const listener: RequestListener = routeRequests(
    routes,
    log,
    opsHandler({ store, metrics, watch, stopping: () => stopping, metricsToken: o.config.METRICS_TOKEN }),
  );
  return {
    ...core,
    log,
    bot,
    /** The enabled platforms' channels, by platform, as the bot uses them (through the outbox). */
    channels: channels as ReadonlyMap<string, ChannelAdapter>,
    dispatcher,
    identity,
    modules,
    listener,
    coach,
    metrics,
    /** Ends and scores the drills idle past IDLE_TIMEOUT_MINUTES now; the timer calls it every SWEEP_INTERVAL_SECONDS. */
    sweepIdle: () => sweeper.sweep(),
    /** Checks the store's marker now; true once the store has come back empty since start-up. */
    checkStore: () => watch.wasReset(),
    async start() {
      dispatcher.start();
      for (const m of modules) await m.running?.start?.();
      reminders = setInterval(() => {
        drillBot.remind().catch((err: unknown) => log.error({ err }, 'reminders failed'));
      }, REMINDER_INTERVAL_MS);
      reminders.unref();
      if (o.config.SWEEP_INTERVAL_SECONDS > 0) {
        sweeps = setInterval(() => {
          sweeper.sweep().catch((err: unknown) => log.error({ err }, 'idle sweep failed'));
        }, o.config.SWEEP_INTERVAL_SECONDS * 1000);
        sweeps.unref();
      }
      storeChecks = setInterval(() => {
        watch.wasReset().catch(() => {}); // a store that does not answer is logged by the store's fault watcher
      }, STORE_CHECK_INTERVAL_MS);
      storeChecks.unref();
    },
    /** Intake is over: /readyz answers 503 so the balancer sends new work elsewhere. */
    beginShutdown() {
      stopping = true;
    },
    async stop() {
      stopping = true;
      clearInterval(reminders);
      clearInterval(sweeps);
      clearInterval(storeChecks);
      unwatchPatterns();
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
