import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterModule } from '../app/adapter-module.ts';
import {
  type Config,
  ConfigError,
  ConfigSchema,
  type ConfigSource,
  checkFileKeys,
  configSource,
  parseSettings,
} from '../config/config.ts';

/** What every command gets: the adapter catalogue (injected by the entry point, loaded on first use). */
export interface CliContext {
  adapters(): Promise<readonly AdapterModule[]>;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** CONTENT_DIR must hold both content folders; told here rather than as a stat error deep in the loader. */
function checkContentDir(config: Config): void {
  const dir = config.CONTENT_DIR;
  if (!dir) return;
  const missing = ['personas', 'scenarios'].filter((sub) => !isFolder(join(dir, sub)));
  if (!missing.length) return;
  const got = isFolder(dir)
    ? `"${dir}", which has no ${missing.map((m) => `${m}/`).join(' and no ')}`
    : `"${dir}", which is not a folder`;
  throw new ConfigError(`CONTENT_DIR: expected a folder holding personas/ and scenarios/ (got ${got})`);
}

/** The core settings, after checking the config file names nothing unknown to the core or any adapter. */
export async function readSettings(
  ctx: CliContext,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: Config; source: ConfigSource }> {
  const source = configSource(env);
  checkFileKeys(source, [
    'CSC_DRILL_CONFIG',
    ...Object.keys(ConfigSchema.shape),
    ...(await ctx.adapters()).flatMap((a) => Object.keys(a.settings.shape)),
  ]);
  const config = parseSettings(ConfigSchema, source);
  checkContentDir(config);
  return { config, source };
}
