// Vitest global setup: tests that spawn bin/csc-drill.js run the build in dist/, so it is brought
// up to date first (a no-op costing one stat per source file when nothing changed).
import { build } from '../../scripts/build.ts';

export default function setup(): void {
  const r = build();
  if (r.built) process.stdout.write(`built dist/ in ${r.ms} ms\n`);
}
