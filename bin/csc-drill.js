#!/usr/bin/env node
// Runs the CLI compiled into dist/ (`npm run build`, which `npm ci` runs through `prepare`). A
// checkout installed with --ignore-scripts has no build, so it runs the sources through tsx instead.
// The adapter catalogue loads only for the commands that use it, so `--version` stays quick.
import { existsSync } from 'node:fs';

const built = existsSync(new URL('../dist/src/cli/main.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const [root, ext] = built ? ['../dist/', '.js'] : ['../', '.ts'];
const { main } = await import(`${root}src/cli/main${ext}`);
const adapters = async () => (await import(`${root}adapters/catalog${ext}`)).ADAPTERS;
process.exitCode = await main(process.argv, adapters);
