import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { ContentError } from './errors.ts';
import { MAX_CONTENT_FILE_BYTES, parseYamlWith } from './parse-yaml.ts';
import { Persona } from './persona.ts';
import { Scenario } from './scenario.ts';

export interface Library {
  personas: Map<string, Persona>;
  scenarios: Map<string, Scenario>;
}

export interface LoadResult {
  library: Library;
  errors: ContentError[];
  files: number;
}

const isYaml = (file: string) => ['.yaml', '.yml'].includes(extname(file));

const missingFieldMessage = (issue: { code: string; input?: unknown }) =>
  issue.input === undefined && issue.code === 'invalid_type' ? 'required field is missing' : undefined;

/** Lists YAML files under the given paths (files or folders, recursively), sorted for stable output. */
export function listContentFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) walk(join(p, entry));
    } else if (isYaml(p)) {
      out.push(p);
    }
  };
  for (const p of paths) walk(p);
  return out;
}

/** Which schema a file follows: by its folder (personas/ or scenarios/) or its `$schema` line. */
function kindOf(file: string, text: string): 'persona' | 'scenario' | undefined {
  const declared = /(?:^\$schema:\s*|schema=)\S*?(persona|scenario)\.schema\.json/m.exec(text)?.[1];
  if (declared === 'persona' || declared === 'scenario') return declared;
  const parts = resolve(file).split(/[\\/]/);
  if (parts.includes('personas')) return 'persona';
  if (parts.includes('scenarios')) return 'scenario';
  return undefined;
}

/**
 * Loads and validates personas and scenarios, collecting every error with its position instead of
 * stopping at the first: trainers fix a file in one pass.
 */
export function loadLibrary(
  paths: readonly string[],
  options: { cwd?: string; knownPersonas?: ReadonlySet<string> } = {},
): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const library: Library = { personas: new Map(), scenarios: new Map() };
  const errors: ContentError[] = [];
  const files = listContentFiles(paths);
  const scenarioRefs: {
    file: string;
    scenario: Scenario;
    locate: (p: (string | number)[]) => { line: number; col: number };
  }[] = [];

  for (const path of files) {
    const file = relative(cwd, path) || path;
    const size = statSync(path).size;
    if (size > MAX_CONTENT_FILE_BYTES) {
      const message = `file of ${size} bytes; a content file may hold at most ${MAX_CONTENT_FILE_BYTES}`;
      errors.push({ file, line: 1, col: 1, path: '', message });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const kind = kindOf(path, text);
    if (!kind) {
      errors.push({
        file,
        line: 1,
        col: 1,
        path: '',
        message:
          'cannot tell persona from scenario: put it under personas/ or scenarios/, or add a $schema line',
      });
      continue;
    }
    const schema: z.ZodType = kind === 'persona' ? Persona : Scenario;
    const parsed = parseYamlWith(file, text, schema, missingFieldMessage);
    errors.push(...parsed.errors);
    if (!parsed.value) continue;
    const item = parsed.value as Persona | Scenario;
    const stem = basename(path, extname(path));
    if (item.id !== stem) {
      errors.push({
        file,
        ...parsed.locate(['id']),
        path: 'id',
        message: `id "${item.id}" must match the file name "${stem}"`,
      });
    }
    const map = (kind === 'persona' ? library.personas : library.scenarios) as Map<
      string,
      Persona | Scenario
    >;
    if (map.has(item.id)) {
      errors.push({
        file,
        ...parsed.locate(['id']),
        path: 'id',
        message: `duplicate ${kind} id "${item.id}"`,
      });
      continue;
    }
    map.set(item.id, item);
    if (kind === 'scenario') scenarioRefs.push({ file, scenario: item as Scenario, locate: parsed.locate });
  }

  for (const { file, scenario, locate } of scenarioRefs) {
    scenario.suggestedPersonas.forEach((id, i) => {
      if (!library.personas.has(id) && !options.knownPersonas?.has(id)) {
        errors.push({
          file,
          ...locate(['suggestedPersonas', i]),
          path: `suggestedPersonas[${i}]`,
          message: `unknown persona "${id}"`,
        });
      }
    });
  }
  return { library, errors, files: files.length };
}
