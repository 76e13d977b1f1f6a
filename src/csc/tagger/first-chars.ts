import { type AST, RegExpParser } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The ways a match can start: characters and escapes for one class (`a`, `\d`), and whole classes. */
interface Firsts {
  inClass: Set<string>;
  alone: Set<string>;
}

/** Whether a node can match without consuming a character; `firsts` collects what it can start with. */
function walk(node: AST.Node, firsts: Firsts): boolean {
  switch (node.type) {
    case 'Alternative': {
      for (const e of node.elements) if (!walk(e, firsts)) return false;
      return true;
    }
    case 'Group':
    case 'CapturingGroup': {
      let empty = false;
      for (const a of node.alternatives) if (walk(a, firsts)) empty = true;
      return empty;
    }
    case 'Quantifier':
      return walk(node.element, firsts) || node.min === 0;
    case 'Assertion':
      // Zero width: \b, ^, $ and look-arounds consume nothing, so the next element starts the match.
      return true;
    case 'Character':
      firsts.inClass.add(node.raw === '-' || node.raw === '^' ? `\\${node.raw}` : node.raw);
      return false;
    case 'CharacterSet':
      if (node.kind === 'any') throw new Error('any character');
      if (node.negate || node.kind === 'property') firsts.alone.add(node.raw);
      else firsts.inClass.add(node.raw);
      return false;
    case 'CharacterClass':
      // Whole, beside the others: joining class bodies could turn a trailing `-` into a range.
      firsts.alone.add(node.raw);
      return false;
    default:
      throw new Error(`no first characters for ${node.type}`);
  }
}

/**
 * A look-ahead that holds wherever `source` can start a match, put in front of it: the same matches,
 * but the engine rejects most positions with one class test instead of trying every alternative of a
 * large lexicon there. The source unchanged when some alternative can match empty or its start is
 * not known.
 */
export function guardFirstChars(source: string): string {
  try {
    const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
    const firsts: Firsts = { inClass: new Set(), alone: new Set() };
    let empty = false;
    for (const a of pattern.alternatives) if (walk(a, firsts)) empty = true;
    if (empty) return source;
    const parts = [...firsts.alone];
    if (firsts.inClass.size) parts.unshift(`[${[...firsts.inClass].join('')}]`);
    return `(?=${parts.join('|')})(?:${source})`;
  } catch {
    return source;
  }
}
