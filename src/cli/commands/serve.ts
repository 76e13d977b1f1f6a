import type { Command } from 'commander';
import type { CliContext } from '../settings.ts';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Run the bot: the local practice page and API, plus every platform whose settings are set')
    .action(async () => (await import('../actions/serve.ts')).serve(ctx));
}
