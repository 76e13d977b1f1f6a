import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADAPTERS } from '../../adapters/catalog.ts';
import { type App, composeApp } from '../../src/app/compose.ts';
import { ConfigSchema, configSource, parseSettings } from '../../src/config/config.ts';
import { createLogger } from '../../src/log.ts';

export interface RunningApp {
  app: App;
  url: string;
  /** Waits until every accepted event, and the work it caused, has been handled. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The composed app (core, every adapter the env switches on) on a local port, as `csc-drill serve` runs it. */
export async function startApp(
  env: Record<string, string>,
  options: { fetch?: typeof fetch } = {},
): Promise<RunningApp> {
  const source = configSource({ STORE_URL: 'memory://', DEFAULT_LANG: 'en', ...env });
  const config = parseSettings(ConfigSchema, source);
  const app = await composeApp({
    config,
    source,
    modules: ADAPTERS,
    log: createLogger('silent'),
    ...options,
  });
  const server = createServer(app.listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await app.start();
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    settle: () => app.settle(),
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(() => r(undefined)));
      await app.stop();
    },
  };
}
