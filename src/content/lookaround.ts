/**
 * Rewrites a JavaScript pattern into one RE2 accepts that matches at least everything the original
 * matches: lookaround assertions are dropped (each only narrows where a match may be) and `\s`
 * takes in the Unicode spaces JavaScript counts but RE2 does not (U+00A0, the ideographic U+3000…).
 * Undefined for patterns whose meaning depends on more than that (back-references).
 */
export function re2Superset(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return undefined;
      if (next === 's') out += inClass ? UNICODE_SPACES : `[${UNICODE_SPACES}]`;
      else out += c + next;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
    } else if (c === '(' && /^\(\?(=|!|<=|<!)/.test(source.slice(i, i + 4))) {
      i = closingParen(source, i);
      if (i < 0) return undefined;
    } else out += c;
  }
  return out;
}

/** `\s` as JavaScript reads it, spelt out for a character class. */
const UNICODE_SPACES = '\\t\\n\\v\\f\\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Index of the `)` that closes the group opened at `open`, skipping escapes and classes; -1 if none. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
