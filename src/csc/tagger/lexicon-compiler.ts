// Compiles a cue lexicon (one regular expression of alternatives) into an equivalent pattern the
// regex engine matches faster: alternatives sharing leading letters become a prefix tree.

/** Each character of a pattern that is syntax (not escaped, not inside a class), with the group depth before it. */
function* syntax(source: string): Generator<{ i: number; ch: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      yield { i, ch, depth };
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
  }
}

/** Index of the `)` closing the group that opens at index 0. */
function closingParen(source: string): number {
  for (const { i, ch, depth } of syntax(source)) if (ch === ')' && depth === 1) return i;
  return -1;
}

/** The top-level alternatives of a pattern. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { i, ch, depth } of syntax(source)) {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Longest text `expandLead` may copy behind the heads of one group. */
const MAX_COPIED = 1000;

/**
 * A leading group spelled out, so that leading letters can be shared: `(?:a|b)c` as `ac`, `bc`,
 * and `(?:a|b)?c` as `ac`, `bc`, `c` (the order greedy matching tries them in).
 */
function expandLead(alt: string): string[] {
  const end = alt.startsWith('(?:') ? closingParen(alt) : -1;
  const rest = alt.slice(end + 1);
  if (end < 0 || /^(?:[*+{]|\?\?)/.test(rest)) return [alt];
  const optional = rest.startsWith('?');
  const tail = optional ? rest.slice(1) : rest;
  const heads = alternatives(alt.slice(3, end));
  // A long tail copied behind many heads would bloat the pattern (V8 stops optimising past 20 kB).
  if (heads.length * tail.length > MAX_COPIED) return [alt];
  const spelled = heads.flatMap((a) => expandLead(a + tail));
  return optional ? [...spelled, ...expandLead(tail)] : spelled;
}

/** The plain character an alternative starts with, if it starts with one. */
const leadOf = (alt: string): string | undefined => /^([\p{L}\p{N} '])(?![?*+{])/u.exec(alt)?.[1];

/**
 * Merges alternatives that start with the same letter into a prefix tree (`ab|ac` as `a(?:b|c)`):
 * the same matches, but the engine tests each leading letter once instead of once per phrase.
 */
function prefixTree(alts: readonly string[]): string {
  const order: (string | { head: string; tails: string[] })[] = [];
  const groups = new Map<string, string[]>();
  for (const alt of new Set(alts.flatMap(expandLead))) {
    const head = leadOf(alt);
    if (head === undefined) {
      order.push(alt);
      continue;
    }
    let tails = groups.get(head);
    if (!tails) {
      tails = [];
      groups.set(head, tails);
      order.push({ head, tails });
    }
    tails.push(alt.slice(head.length));
  }
  return order
    .map((item) => {
      if (typeof item === 'string') return item;
      const { head, tails } = item;
      const inner = prefixTree(tails.filter((t) => t !== ''));
      if (tails.length === 1 || inner === '') return head + (tails[0] ?? '');
      if (!tails.includes('')) return `${head}(?:${inner})`;
      return `${head}(?:${inner})${tails[0] === '' ? '??' : '?'}`;
    })
    .join('|');
}

/**
 * Rewrites a lexicon for speed without changing what it matches. Top-level alternatives that start
 * at a word boundary (`\bword`, or a `\b(?:…)\b` list) share one prefix tree behind a single `\b`;
 * the others form a second tree. Alternatives that open with an anchor, a class or a lookaround
 * stay outside the trees: one of them inside would stop the engine from pre-checking the tree's
 * first letters.
 */
export function optimise(source: string): string {
  const bounded: string[] = [];
  const free: string[] = [];
  for (const alt of alternatives(source)) {
    const body = alt.startsWith(String.raw`\b`) ? alt.slice(2) : undefined;
    const end = body?.startsWith('(?:') ? closingParen(body) : -1;
    if (body === undefined) free.push(...expandLead(alt));
    else if (end >= 0 && body.slice(end + 1) === String.raw`\b`) {
      bounded.push(...alternatives(body.slice(3, end)).flatMap((a) => expandLead(String.raw`${a}\b`)));
    } else bounded.push(...expandLead(body));
  }
  const inTree = (alt: string) => leadOf(alt) !== undefined || alt.startsWith('(?:');
  const lettered = (alts: string[]) => alts.filter(inTree);
  const others = (alts: string[]) => alts.filter((a) => !inTree(a));
  const parts: string[] = [];
  if (lettered(bounded).length) parts.push(String.raw`\b(?:${prefixTree(lettered(bounded))})`);
  if (others(bounded).length) parts.push(String.raw`\b(?:${others(bounded).join('|')})`);
  if (lettered(free).length) parts.push(prefixTree(lettered(free)));
  parts.push(...others(free));
  return parts.join('|');
}

/** A lexicon as a regular expression (`features.ts` recompiles its source for lower-cased text). */
export const rx = (source: string): RegExp => new RegExp(optimise(source), 'giu');

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A compiled lexicon split by script: its top-level alternatives that spell Han characters, and
 * the rest. Each half only runs on text that has its script, and a smaller pattern scans faster.
 */
export function byScript(re: RegExp): { latin?: RegExp; han?: RegExp } {
  const alts = alternatives(re.source);
  const han = alts.filter((a) => HAN.test(a));
  const latin = alts.filter((a) => !HAN.test(a));
  return {
    latin: latin.length ? new RegExp(latin.join('|'), re.flags) : undefined,
    han: han.length ? new RegExp(han.join('|'), re.flags) : undefined,
  };
}
