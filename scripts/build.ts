// npm run build (and `prepare`, so `npm ci` builds): compiles src/ and adapters/ to JavaScript in
// dist/ and copies the files the code reads beside itself (page assets, tagger weights, fonts).
// A second run with nothing changed costs one stat per file, so `npm start` and the test setup
// call it every time and never run a stale build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const SOURCE_DIRS = ['src', 'adapters'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const MANIFEST = join(DIST, '.build-manifest.json');

const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.d.ts');

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(relative(ROOT, path));
  }
  return out;
}

/** Every input with its size and modification time: equal manifests mean an up-to-date build. */
function manifest(): Record<string, string> {
  const files = [...SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d))), ...CONFIG_FILES].sort();
  return Object.fromEntries(
    files.map((f) => {
      const s = statSync(join(ROOT, f));
      return [f, `${s.size}:${s.mtimeMs}`];
    }),
  );
}

function readManifest(): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

const sameKeys = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).join('\n') === Object.keys(b).join('\n');

export interface BuildResult {
  built: boolean;
  ms: number;
}

/** Builds dist/ when any input changed; a file added or removed means a clean build, so no orphan stays. */
export function build(): BuildResult {
  const started = performance.now();
  const now = manifest();
  let before = readManifest();
  if (before && JSON.stringify(before) === JSON.stringify(now)) return { built: false, ms: 0 };
  if (!before || !sameKeys(before, now)) {
    rmSync(DIST, { recursive: true, force: true });
    before = undefined;
  }

  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${r.stdout}${r.stderr}`);

  for (const file of Object.keys(now)) {
    if (isSource(file) || CONFIG_FILES.includes(file)) continue;
    if (before?.[file] === now[file]) continue;
    mkdirSync(dirname(join(DIST, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(DIST, file));
  }
  writeFileSync(MANIFEST, JSON.stringify(now));
  return { built: true, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const r = build();
    process.stdout.write(r.built ? `built dist/ in ${r.ms} ms\n` : 'dist/ is up to date\n');
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
