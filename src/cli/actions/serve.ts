import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeApp } from '../../app/compose.ts';
import { listen } from '../listen.ts';
import { type CliContext, readSettings } from '../settings.ts';
import { openConfiguredStore } from '../store.ts';

export async function serve(ctx: CliContext): Promise<void> {
  const { config, source } = await readSettings(ctx);
  const modules = await ctx.adapters();
  const store = await openConfiguredStore(config.STORE_URL);
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
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    server.close();
    server.closeAllConnections();
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await new Promise(() => {});
}
