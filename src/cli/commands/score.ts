import type { Command } from 'commander';
import type { CliContext } from '../settings.ts';

export function registerScore(program: Command, ctx: CliContext): void {
  program
    .command('score')
    .description(
      'Score a conversation (JSON: {scenario, lang, transcript: [{speaker, text, at?}]}) with the drill scorecard',
    )
    .argument('<file>', 'JSON file, or - for stdin')
    .option('--json', 'print {"scorecard": …} as JSON')
    .action(async (file: string, opts: { json?: boolean }) =>
      (await import('../actions/score.ts')).score(ctx, file, opts),
    );
}
