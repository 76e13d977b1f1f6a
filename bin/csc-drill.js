#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the CLI compiled into dist/ (`npm run build`, which `npm ci` runs through `prepare`). A
// checkout installed with --ignore-scripts has no build, so it runs the sources through tsx instead.
// The adapter catalogue loads only for the commands that use it, so `--version` stays quick.
import { existsSync } from 'node:fs';
import module from 'node:module';

// The flag in the first line: the tagger's lexicons are a few large regular expressions, each run
// a handful of times per line, and V8 by default compiles one to bytecode first and again to
// machine code on its second run; compiling once takes about a third off `tag` on one line. It
// must be given on the command line: set from here (v8.setFlagsFromString) V8 crashed now and then.
// Node 22+ keeps compiled modules on disk between runs; Node 20 has no such cache.
module.enableCompileCache?.();

const built = existsSync(new URL('../dist/src/cli/main.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const [root, ext] = built ? ['../dist/', '.js'] : ['../', '.ts'];
const { main } = await import(`${root}src/cli/main${ext}`);
const adapters = async () => (await import(`${root}adapters/catalog${ext}`)).ADAPTERS;
process.exitCode = await main(process.argv, adapters);
