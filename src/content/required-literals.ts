import { type AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * Literal strings, lower-cased, at least one of which every match of a case-insensitive pattern
 * contains; `undefined` when no such set is known (the pattern may match without any fixed text).
 * A reply that contains none of them cannot match, and `includes` says so far faster than a scan.
 */
export type Required = readonly string[] | undefined;

const parser = new RegExpParser({ ecmaVersion: 2025 });
/** Sets larger than this screen out too little to be worth testing. */
const MAX_SET = 24;

/** A character whose case folding `toLowerCase` reproduces: ASCII, or one without case at all (CJK, digits). */
function plain(cp: number): string | undefined {
  const c = String.fromCodePoint(cp);
  if (cp < 0x80) return c.toLowerCase();
  return c.toLowerCase() === c.toUpperCase() ? c : undefined;
}

/** Higher is more selective: the shortest string counts most, then how few strings there are. */
const score = (r: readonly string[]) => Math.min(...r.map((s) => s.length)) * 100 - r.length;

function best(candidates: (readonly string[])[]): Required {
  let top: readonly string[] | undefined;
  for (const c of candidates) if (c.length <= MAX_SET && (!top || score(c) > score(top))) top = c;
  return top;
}

function union(parts: Required[]): Required {
  if (parts.some((p) => p === undefined)) return undefined;
  const all = [...new Set(parts.flatMap((p) => p as readonly string[]))];
  return all.length <= MAX_SET ? all : undefined;
}

function ofClass(node: AST.CharacterClass): Required {
  if (node.negate || node.unicodeSets) return undefined;
  const chars = node.elements.map((e) => (e.type === 'Character' ? plain(e.value) : undefined));
  return chars.every((c): c is string => c !== undefined) ? [...new Set(chars)] : undefined;
}

function ofSequence(elements: readonly AST.Element[]): Required {
  const candidates: (readonly string[])[] = [];
  let run = '';
  const flush = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const e of elements) {
    const c = e.type === 'Character' ? plain(e.value) : undefined;
    if (c !== undefined) {
      run += c;
      continue;
    }
    flush();
    const r = ofElement(e);
    if (r) candidates.push(r);
  }
  flush();
  return best(candidates);
}

function ofElement(node: AST.Element): Required {
  switch (node.type) {
    case 'Character': {
      const c = plain(node.value);
      return c === undefined ? undefined : [c];
    }
    case 'CharacterClass':
      return ofClass(node);
    case 'Group':
    case 'CapturingGroup':
      return union(node.alternatives.map((a) => ofSequence(a.elements)));
    case 'Quantifier':
      return node.min >= 1 ? ofElement(node.element) : undefined;
    default:
      // Assertions are zero-width; classes, dots, escapes and back-references fix no text.
      return undefined;
  }
}

export function requiredLiterals(source: string): Required {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
  return union(pattern.alternatives.map((a) => ofSequence(a.elements)));
}

/** The text as `requiredLiterals` compares it: lower-cased, with the one ASCII fold `toLowerCase` misses. */
export const foldForLiterals = (text: string) => text.toLowerCase().replace(/\u017f/g, 's');
