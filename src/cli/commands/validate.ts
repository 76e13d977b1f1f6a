import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { contentDirs } from '../../content/dirs.ts';
import { formatContentError } from '../../content/errors.ts';
import { loadLibrary } from '../../content/library.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check persona and scenario files (all shipped content when no path is given)')
    .argument('[paths...]', 'files or folders to check')
    .action((paths: string[]) => {
      const shipped = contentDirs(loadConfig());
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
    });
}
