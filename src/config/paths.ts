import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `from` holding a package.json. */
export function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/**
 * The package root, so the CLI finds its content and schemas from any working directory — the
 * same from the TypeScript sources and from the build in dist/, whose depth differs.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_CONTENT_DIRS = [resolve(PACKAGE_ROOT, 'personas'), resolve(PACKAGE_ROOT, 'scenarios')];
export const SCHEMA_DIR = resolve(PACKAGE_ROOT, 'schemas');
