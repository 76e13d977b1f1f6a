import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { AdapterModule } from '../app/adapter-module.ts';
import { PACKAGE_ROOT } from '../config/paths.ts';
import { registerExport } from './commands/export.ts';
import { registerInvite } from './commands/invite.ts';
import { registerPractice } from './commands/practice.ts';
import { registerSchemas } from './commands/schemas.ts';
import { registerScore } from './commands/score.ts';
import { registerServe } from './commands/serve.ts';
import { registerStrategies } from './commands/strategies.ts';
import { registerTag } from './commands/tag.ts';
import { registerValidate } from './commands/validate.ts';
import { reportError } from './errors.ts';
import type { CliContext } from './settings.ts';

// Only commander and the command definitions load up front; each command imports what it runs
// when it runs, so `--version` and `--help` cost little more than starting Node.

const version = (): string =>
  (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Commander writes "error: …" and "(Did you mean …?)" on two lines; a person gets them as one. */
const oneLine = (text: string) => `${text.trim().replace(/\s*\n\s*/g, ' ')}\n`;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('csc-drill')
    .description('Train customer-support agents against simulated customers, scored with the CSC framework')
    .version(version(), '-v, --version')
    .configureOutput({ outputError: (text, write) => write(oneLine(text)) })
    .exitOverride();
  registerStrategies(program, ctx);
  registerValidate(program, ctx);
  registerSchemas(program);
  registerTag(program);
  registerPractice(program, ctx);
  registerScore(program, ctx);
  registerServe(program, ctx);
  registerExport(program, ctx);
  registerInvite(program, ctx);
  return program;
}

/** The adapter catalogue as the entry point hands it in: the list, or a loader called once on first use. */
export type AdapterSource = readonly AdapterModule[] | (() => Promise<readonly AdapterModule[]>);

const once = (source: AdapterSource): CliContext['adapters'] => {
  if (typeof source !== 'function') return async () => source;
  let loading: Promise<readonly AdapterModule[]> | undefined;
  return () => {
    loading ??= source();
    return loading;
  };
};

/**
 * Runs the CLI; resolves to the exit code: 0 done, 1 the input had problems (content errors,
 * unreadable tag lines, a malformed transcript), 2 the command could not run as asked (a bad
 * flag, argument or setting, a port in use), told in one line.
 */
export async function main(argv: readonly string[], adapters: AdapterSource = []): Promise<number> {
  const program = buildProgram({ adapters: once(adapters) });
  try {
    await program.parseAsync([...argv]);
    return (process.exitCode as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    return reportError(e);
  }
}
