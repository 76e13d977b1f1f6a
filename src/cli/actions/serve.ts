import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeApp } from '../../app/compose.ts';
import { listen } from '../listen.ts';
import { type CliContext, readSettings } from '../settings.ts';
import { openConfiguredStore } from '../store.ts';

export async function serve(ctx: CliContext): Promise<void> {
  const { config, source } = await readSettings(ctx);
  const modules = await ctx.adapters();
  const store = await openConfiguredStore(config.STORE_URL, config.STORE_TIMEOUT_MS);
  const app = await composeApp({ config, source, modules, store }).catch(async (e) => {
    await store.close();
    throw e;
  });
  const server = createServer(app.listener);
  try {
    await listen(server, config.PORT, config.HOST);
  } catch (e) {
    await app.stop(); // an open store connection would keep the process from exiting
    throw e;
  }
  try {
    await app.start();
  } catch (e) {
    // A platform that refuses to connect (a bad token) must not leave the server holding the process open.
    server.close();
    await app.stop().catch(() => {});
    throw e;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const baseUrl = `http://${host}:${port}`;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`CSC Drill is running — practice page: ${baseUrl}/`);
  out(
    `  content: ${app.library.personas.size} personas, ${app.library.scenarios.size} scenarios; store: ${app.store.describe}`,
  );
  out(
    app.models
      ? `  engine: LLM ${config.OPENAI_MODEL} at ${config.OPENAI_BASE_URL ?? 'api.openai.com'} (offline twins stand in when it fails)`
      : '  engine: offline (scripted customer, rule+model tagger, rule judge); set OPENAI_API_KEY for the LLM engine',
  );
  for (const { module, state, running } of app.modules) {
    if (module.id === 'web') continue;
    const line = running
      ? running.describe(baseUrl)
      : !state.on && state.partial
        ? `incomplete: set ${state.missing.join(', ')}`
        : `not configured (set ${state.on ? '' : state.missing.join(', ')})`;
    out(`  ${module.name}: ${line}`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    app.log.info({ signal }, 'shutting down: intake stopped, draining work in flight');
    // No new connections or events; what was accepted still runs to the end and releases its locks.
    app.beginShutdown();
    server.close();
    server.closeIdleConnections();
    const deadline = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      app.stop().then(() => true),
      new Promise<false>((r) => {
        timer = setTimeout(() => r(false), deadline);
      }),
    ]).catch((err: unknown) => {
      app.log.error({ err }, 'shutdown failed');
      return false;
    });
    clearTimeout(timer);
    if (drained) app.log.info({ ms: Date.now() - started }, 'shut down cleanly');
    else
      app.log.error(
        { ms: Date.now() - started },
        `work still in flight after SHUTDOWN_TIMEOUT_SECONDS=${config.SHUTDOWN_TIMEOUT_SECONDS}; exiting anyway`,
      );
    server.closeAllConnections();
    process.exit(drained ? 0 : 1);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await new Promise(() => {});
}
