import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { AdapterModule } from '../app/adapter-module.ts';
import { ContentError } from '../app/core.ts';
import { ConfigError } from '../config/config.ts';
import { PACKAGE_ROOT } from '../config/paths.ts';
import { DrillError } from '../drill/errors.ts';
import { StoreUrlError } from '../store/open-store.ts';
import { registerExport } from './commands/export.ts';
import { registerInvite } from './commands/invite.ts';
import { registerPractice } from './commands/practice.ts';
import { registerSchemas } from './commands/schemas.ts';
import { registerScore } from './commands/score.ts';
import { registerServe } from './commands/serve.ts';
import { registerStrategies } from './commands/strategies.ts';
import { registerTag } from './commands/tag.ts';
import { registerValidate } from './commands/validate.ts';
import { ListenError } from './listen.ts';
import type { CliContext } from './settings.ts';

const version = (): string =>
  (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('csc-drill')
    .description('Train customer-support agents against simulated customers, scored with the CSC framework')
    .version(version(), '-v, --version')
    .showHelpAfterError()
    .exitOverride();
  registerStrategies(program);
  registerValidate(program);
  registerSchemas(program);
  registerTag(program);
  registerPractice(program, ctx);
  registerScore(program, ctx);
  registerServe(program, ctx);
  registerExport(program, ctx);
  registerInvite(program, ctx);
  return program;
}

/** Runs the CLI with the adapter catalogue the entry point hands in; resolves to the exit code. */
export async function main(
  argv: readonly string[],
  adapters: readonly AdapterModule[] = [],
): Promise<number> {
  try {
    const program = buildProgram({ adapters });
    await program.parseAsync([...argv]);
    return (
      (program.getOptionValue('exitCode') as number | undefined) ??
      (process.exitCode as number | undefined) ??
      0
    );
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (
      e instanceof ConfigError ||
      e instanceof ContentError ||
      e instanceof StoreUrlError ||
      e instanceof ListenError ||
      e instanceof DrillError
    ) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
