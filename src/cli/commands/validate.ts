import type { Command } from 'commander';
import type { CliContext } from '../settings.ts';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('Check persona and scenario files (all shipped content when no path is given)')
    .argument('[paths...]', 'files or folders to check')
    .action(async (paths: string[]) => (await import('../actions/validate.ts')).validate(ctx, paths));
}
