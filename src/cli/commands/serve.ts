import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { composeApp } from '../../app/compose.ts';
import { listen } from '../listen.ts';
import { type CliContext, readSettings } from '../settings.ts';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Run the bot: the local practice page and API, plus every platform whose settings are set')
    .action(async () => {
      const { config, source } = readSettings(ctx);
      const app = await composeApp({ config, source, modules: ctx.adapters });
      const server = createServer(app.listener);
      await listen(server, config.PORT, config.HOST);
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
    });
}
