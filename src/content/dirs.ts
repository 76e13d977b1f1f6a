import { resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { DEFAULT_CONTENT_DIRS } from '../config/paths.ts';

export const contentDirs = (config: Config): string[] =>
  config.CONTENT_DIR
    ? [resolve(config.CONTENT_DIR, 'personas'), resolve(config.CONTENT_DIR, 'scenarios')]
    : DEFAULT_CONTENT_DIRS;
