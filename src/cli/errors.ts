import { fsReason } from '../config/fs-reason.ts';

/** A mistake on the command line, told in one line naming the flag or argument, what it expects and what it got. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Errors whose message is already written for the person at the keyboard: printed as they are,
 * exit code 2. Matched by name because their classes live in modules the quick commands never load.
 */
const TOLD_AS_IS = new Set([
  'UsageError',
  'ConfigError',
  'ContentError',
  'StoreUrlError',
  'ListenError',
  'DrillError',
]);

/** The one line for a path argument that cannot be read. */
export const unreadableArgument = (argument: string, path: string, e: unknown) =>
  new UsageError(`argument '${argument}': cannot read '${path}' (${fsReason(e) ?? (e as Error).message})`);

const debugging = (env: NodeJS.ProcessEnv) => env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace';

/** Tells an error in one line (the stack only with LOG_LEVEL=debug); resolves to the exit code. */
export function reportError(e: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const write = (text: string) => process.stderr.write(`${text}\n`);
  if (e instanceof Error && TOLD_AS_IS.has(e.name)) {
    write(e instanceof UsageError ? `error: ${e.message}` : e.message);
    if (debugging(env) && e.stack) write(e.stack);
    return 2;
  }
  if (debugging(env)) {
    write(e instanceof Error && e.stack ? e.stack : String(e));
    return 1;
  }
  const { path } = (e ?? {}) as NodeJS.ErrnoException;
  const reason = fsReason(e);
  if (reason && path) write(`error: cannot use '${path}' (${reason})`);
  else
    write(
      `error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (LOG_LEVEL=debug shows where it happened)`,
    );
  return 1;
}
