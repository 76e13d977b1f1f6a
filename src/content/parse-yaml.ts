import { isMap, isNode, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './errors.ts';

type PathKey = string | number;

/** A content file is a page or two of text; far more is a mistake or an attack, refused before parsing. */
export const MAX_CONTENT_FILE_BYTES = 512 * 1024;
/** The longest text a content field may hold (briefings run to about a thousand characters). */
export const MAX_CONTENT_STRING_CHARS = 8000;
/** Aliases are rare in content; a few hundred would be a "billion laughs" expansion. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml<T> {
  value?: T;
  errors: ContentError[];
  /** Position of the node at a path (or its nearest existing parent), for errors found after parsing. */
  locate: (path: readonly PathKey[]) => { line: number; col: number };
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Parses YAML text and validates it with a zod schema, positioning every error at its line and column. */
export function parseYamlWith<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  error?: (issue: { code: string; input?: unknown }) => string | undefined,
): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };

  const nodeAt = (path: readonly PathKey[]): { node: Node | null; keyNode?: Node } => {
    let node: unknown = doc.contents;
    let found: Node | null = isNode(node) ? node : null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) return { node: found };
        node = pair.value ?? pair.key;
        found = isNode(node) ? node : found;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!isNode(node)) return { node: found };
        found = node;
      } else {
        return { node: found };
      }
    }
    return { node: found };
  };

  const locate = (path: readonly PathKey[]) => {
    const { node } = nodeAt(path);
    return node?.range ? at(node.range[0]) : { line: 1, col: 1 };
  };

  const locateKey = (path: readonly PathKey[], key: string) => {
    const { node } = nodeAt(path);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (isNode(pair?.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return locate(path);
  };

  const errors: ContentError[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    errors.push({
      file,
      line: pos.line,
      col: pos.col,
      path: '',
      message: `YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
    });
  }
  if (errors.length) return { errors, locate };

  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.length > MAX_CONTENT_STRING_CHARS)
        errors.push({
          file,
          ...(node.range ? at(node.range[0]) : { line: 1, col: 1 }),
          path: '',
          message: `text of ${node.value.length} characters; at most ${MAX_CONTENT_STRING_CHARS}`,
        });
    },
  });
  if (errors.length) return { errors, locate };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // The yaml package stops an alias expansion bomb with a ReferenceError; it is the file's fault.
    const message = `YAML: ${(e as Error).message.split('\n')[0]} (at most ${MAX_ALIAS_COUNT} alias uses)`;
    return { errors: [{ file, line: 1, col: 1, path: '', message }], locate };
  }
  const result = schema.safeParse(data, error ? { error } : undefined);
  if (result.success) return { value: result.data, errors, locate };

  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is PathKey => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          file,
          ...locateKey(path, key),
          path: formatPath([...path, key]),
          message: 'unknown field (check the spelling against the schema)',
        });
      }
      continue;
    }
    errors.push({ file, ...locate(path), path: formatPath(path), message: issue.message });
  }
  return { errors, locate };
}
