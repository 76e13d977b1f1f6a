import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { createWebServer } from '../../../adapters/web/server.ts';
import { loadConfig } from '../../config/config.ts';
import { platformStatus } from '../../config/platforms.ts';
import { createDrillService } from '../../drill/create.ts';
import { createLogger } from '../../log.ts';
import { createPlatforms } from '../platforms.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the bot: the local practice page and API, plus every platform whose credentials are set',
    )
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config.LOG_LEVEL);
      const { service, store, library, models } = await createDrillService(config);
      const platforms = createPlatforms(config, service, store, log);
      const server = createWebServer(service, log, platforms.route);
      await platforms.start();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, resolve);
      });
      const { port } = server.address() as AddressInfo;
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`CSC Drill is running — practice page: http://${host}:${port}/`);
      out(
        `  content: ${library.personas.size} personas, ${library.scenarios.size} scenarios; store: ${store.describe}`,
      );
      out(
        models
          ? `  engine: LLM ${config.OPENAI_MODEL} at ${config.OPENAI_BASE_URL ?? 'api.openai.com'} (offline twins stand in when it fails)`
          : '  engine: offline (scripted customer, rule+model tagger, rule judge); set OPENAI_API_KEY for the LLM engine',
      );
      for (const p of platformStatus()) {
        const running = platforms.names.includes(p.id);
        const state = running
          ? p.id === 'slack' && config.SLACK_APP_TOKEN
            ? 'connected (Socket Mode)'
            : `listening at http://${host}:${port}/${p.id}/events`
          : p.configured
            ? 'credentials set (adapter not in this build yet)'
            : p.partial
              ? `incomplete: set ${p.missing.join(', ')}`
              : `not configured (set ${p.env.join(', ')})`;
        out(`  ${p.name}: ${state}`);
      }
      const stop = async (signal: string) => {
        log.info({ signal }, 'shutting down');
        await platforms.stop();
        server.close();
        server.closeAllConnections();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
      await new Promise(() => {});
    });
}
