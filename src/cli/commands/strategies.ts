import type { Command } from 'commander';
import { langOption } from '../options.ts';
import type { CliContext } from '../settings.ts';

export function registerStrategies(program: Command, ctx: CliContext): void {
  program
    .command('strategies')
    .description('Print the 12 CSC strategies with their stages')
    .addOption(langOption('zh or en (default: DEFAULT_LANG)'))
    .action(async (opts: { lang?: 'zh' | 'en' }) =>
      (await import('../actions/strategies.ts')).strategies(ctx, opts),
    );
}
