import type { Command } from 'commander';
import type { CliContext } from '../settings.ts';

/** `csc-drill invite <name>`: prints a one-time sign-in link to the practice page for the trainee `web:<name>`. */
export function registerInvite(program: Command, ctx: CliContext): void {
  program
    .command('invite')
    .description('Print a one-time sign-in link to the practice page for a trainee (web:<name>)')
    .argument('<name>', 'the trainee, in letters, digits, ".", "_" or "-" (up to 64)')
    .action(async (name: string) => (await import('../actions/invite.ts')).invite(ctx, name));
}
