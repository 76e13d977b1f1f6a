import type { Command } from 'commander';
import { langOption, modeOption, seedOption } from '../options.ts';
import type { CliContext } from '../settings.ts';

export interface PracticeOptions {
  scenario?: string;
  persona?: string;
  lang?: 'zh' | 'en';
  mode: 'practice' | 'exam';
  seed?: number;
  json?: boolean;
}

export function registerPractice(program: Command, ctx: CliContext): void {
  program
    .command('practice')
    .description(
      'Practise a drill in the terminal (reads one reply per line when stdin is not a TTY; /hint, /end)',
    )
    .option('--scenario <id>', 'scenario id (default: the one you practised least)')
    .option('--persona <id>', 'persona id (default: one the scenario suggests)')
    .addOption(langOption('zh or en (default: DEFAULT_LANG)'))
    .addOption(modeOption())
    .addOption(seedOption())
    .option('--json', 'print the whole drill as one JSON object at the end')
    .action(async (opts: PracticeOptions) => (await import('../actions/practice.ts')).practice(ctx, opts));
}
