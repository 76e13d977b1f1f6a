import { IdentityService } from '../../auth/identity.ts';
import { publicBaseUrl, signInUrl } from '../../auth/links.ts';
import { personId } from '../../chat/contract/actor.ts';
import { ConfigError } from '../../config/config.ts';
import { type CliContext, readSettings } from '../settings.ts';
import { openConfiguredStore } from '../store.ts';

const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

/** Prints a one-time sign-in link to the page for the trainee `web:<name>`. */
export async function invite(ctx: CliContext, name: string): Promise<void> {
  if (!NAME.test(name))
    throw new ConfigError(
      `invite: <name> expects up to 64 letters, digits, ".", "_" or "-" (got ${JSON.stringify(name)})`,
    );
  const { config } = await readSettings(ctx);
  if (config.STORE_URL.startsWith('memory'))
    throw new ConfigError(
      'STORE_URL: memory:// forgets the link when this command exits — use the sqlite:// or redis:// store the server uses',
    );
  const store = await openConfiguredStore(config.STORE_URL);
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
}
