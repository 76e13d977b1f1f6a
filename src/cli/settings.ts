import type { AdapterModule } from '../app/adapter-module.ts';
import {
  type Config,
  ConfigSchema,
  type ConfigSource,
  checkFileKeys,
  configSource,
  parseSettings,
} from '../config/config.ts';

/** What every command gets: the adapter catalogue (injected by the entry point) and the settings it implies. */
export interface CliContext {
  adapters: readonly AdapterModule[];
}

/** The core settings, after checking the config file names nothing unknown to the core or any adapter. */
export function readSettings(
  ctx: CliContext,
  env: NodeJS.ProcessEnv = process.env,
): { config: Config; source: ConfigSource } {
  const source = configSource(env);
  checkFileKeys(source, [
    'CSC_DRILL_CONFIG',
    ...Object.keys(ConfigSchema.shape),
    ...ctx.adapters.flatMap((a) => Object.keys(a.settings.shape)),
  ]);
  return { config: parseSettings(ConfigSchema, source), source };
}
