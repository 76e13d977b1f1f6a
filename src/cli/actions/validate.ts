import { accessSync, constants } from 'node:fs';
import { contentDirs } from '../../content/dirs.ts';
import { formatContentError } from '../../content/errors.ts';
import { loadLibrary } from '../../content/library.ts';
import { unreadableArgument } from '../errors.ts';
import { type CliContext, readSettings } from '../settings.ts';

/** Each path given must be there and readable; told in one line before anything is loaded. */
function checkReadable(paths: string[]): void {
  for (const path of paths) {
    try {
      accessSync(path, constants.R_OK);
    } catch (e) {
      throw unreadableArgument('paths', path, e);
    }
  }
}

export async function validate(ctx: CliContext, paths: string[]): Promise<void> {
  checkReadable(paths);
  const shipped = contentDirs((await readSettings(ctx)).config);
  // A scenario checked on its own may name personas of the shipped library.
  const knownPersonas = paths.length ? new Set(loadLibrary(shipped).library.personas.keys()) : undefined;
  const { library, errors, files } = loadLibrary(paths.length ? paths : shipped, { knownPersonas });
  if (errors.length) {
    for (const e of errors) process.stderr.write(`${formatContentError(e)}\n`);
    process.stderr.write(`${errors.length} error(s) in ${files} file(s)\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    `ok: ${files} file(s) valid — ${library.personas.size} personas, ${library.scenarios.size} scenarios\n`,
  );
}
