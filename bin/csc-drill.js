#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const [{ main }, { ADAPTERS }] = await Promise.all([
  import('../src/cli/main.ts'),
  import('../adapters/catalog.ts'),
]);
process.exitCode = await main(process.argv, ADAPTERS);
