import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../../config/paths.ts';
import { renderJsonSchema, SCHEMA_FILES } from '../../content/json-schema.ts';

const names = Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[];

/** Names of committed schema files that differ from what the zod schemas produce now. */
export function staleSchemas(dir = SCHEMA_DIR): string[] {
  return names.filter((name) => {
    try {
      return readFileSync(join(dir, name), 'utf8') !== renderJsonSchema(name);
    } catch {
      return true;
    }
  });
}

export function schemas(opts: { write?: boolean }): void {
  if (opts.write) {
    for (const name of names) writeFileSync(join(SCHEMA_DIR, name), renderJsonSchema(name));
    process.stdout.write(`wrote ${names.length} schema file(s) to ${SCHEMA_DIR}\n`);
    return;
  }
  const stale = staleSchemas();
  if (stale.length) {
    process.stderr.write(`stale: ${stale.join(', ')} — run "npm run schemas"\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write('schemas are up to date\n');
}
