import type { Command } from 'commander';

export function registerSchemas(program: Command): void {
  program
    .command('schemas')
    .description('Check (default) or rewrite the JSON Schema files derived from the zod content schemas')
    .option('--write', 'rewrite schemas/*.json')
    .action(async (opts: { write?: boolean }) => (await import('../actions/schemas.ts')).schemas(opts));
}
