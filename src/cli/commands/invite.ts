import type { Command } from 'commander';
import { IdentityService } from '../../auth/identity.ts';
import { publicBaseUrl, signInUrl } from '../../auth/links.ts';
import { personId } from '../../chat/contract/actor.ts';
import { ConfigError } from '../../config/config.ts';
import { openStore } from '../../store/open-store.ts';
import { type CliContext, readSettings } from '../settings.ts';

const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

/** `csc-drill invite <name>`: prints a one-time sign-in link to the page for the trainee `web:<name>`. */
export function registerInvite(program: Command, ctx: CliContext): void {
  program
    .command('invite')
    .description('Print a one-time sign-in link to the practice page for a trainee (web:<name>)')
    .argument('<name>', 'the trainee, in letters, digits, ".", "_" or "-" (up to 64)')
    .action(async (name: string) => {
      if (!NAME.test(name))
        throw new ConfigError(
          `invite: <name> expects up to 64 letters, digits, ".", "_" or "-" (got ${JSON.stringify(name)})`,
        );
      const { config } = readSettings(ctx);
      if (config.STORE_URL.startsWith('memory'))
        throw new ConfigError(
          'STORE_URL: memory:// forgets the link when this command exits — use the sqlite:// or redis:// store the server uses',
        );
      const store = await openStore(config.STORE_URL);
      try {
        const identity = new IdentityService({
          store,
          signInTtlMs: config.SIGNIN_TOKEN_MINUTES * 60_000,
          sessionTtlMs: config.SESSION_HOURS * 3_600_000,
        });
        const person = { id: personId({ platform: 'web', user: name }), name };
        const { token, expiresAt } = await identity.mintSignIn(person);
        process.stdout.write(`${signInUrl(publicBaseUrl(config), token)}\n`);
        process.stderr.write(`for ${person.id}; works once, until ${expiresAt}\n`);
      } finally {
        await store.close();
      }
    });
}
