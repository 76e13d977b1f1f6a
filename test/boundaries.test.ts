import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const SDKS = ['@slack/', 'botbuilder', 'discord.js', '@discordjs/', 'express', 'fastify', 'koa', 'ws'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every import specifier of a file, static and dynamic. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\s)(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0] as string;

describe('the house rules', () => {
  const sources = files(SRC);

  it('src/ never imports an adapter or a platform SDK', () => {
    const bad: string[] = [];
    for (const file of sources) {
      for (const spec of imports(file)) {
        const target = spec.startsWith('.') ? resolve(dirname(file), spec) : spec;
        if (spec.startsWith('.') && !target.startsWith(SRC)) bad.push(`${relative(ROOT, file)} → ${spec}`);
        if (!spec.startsWith('.') && SDKS.some((sdk) => spec === sdk || spec.startsWith(sdk)))
          bad.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no two src/ folders depend on each other, directly or through others', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sources) {
      const from = folderOf(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(SRC)) continue;
        const to = folderOf(target);
        if (to !== from && to.indexOf('.') < 0) {
          if (!edges.has(from)) edges.set(from, new Set());
          edges.get(from)?.add(to);
        }
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const start of edges.keys()) visit(start, [start]);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('no source file nears 300 lines', () => {
    const long = sources
      .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
