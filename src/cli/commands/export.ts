import { type Command, Option } from 'commander';
import type { ExportOptions } from '../actions/export.ts';
import type { CliContext } from '../settings.ts';

/** `csc-drill export`: a team's results as CSV, or full drills as JSONL, for its own QA. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('Export results (CSV) or whole drills with tags and scorecards (JSONL) for a team or people')
    .option('--team <name>', 'a team (see /drill team)')
    .option('--person <id...>', 'person references, e.g. slack:T1:U2 web:ada')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .action(async (opts: ExportOptions) => (await import('../actions/export.ts')).exportResults(ctx, opts));
}
