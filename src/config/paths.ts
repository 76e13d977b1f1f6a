import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, so the CLI finds its content and schemas from any working directory. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CONTENT_DIRS = [resolve(PACKAGE_ROOT, 'personas'), resolve(PACKAGE_ROOT, 'scenarios')];
export const SCHEMA_DIR = resolve(PACKAGE_ROOT, 'schemas');
