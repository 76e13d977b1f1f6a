import { createContext, Script } from 'node:vm';
import { RE2JS } from 're2js';
import { re2Superset } from './lookaround.ts';
import { foldForLiterals, requiredLiterals } from './required-literals.ts';

/** Longest pattern a content file may hold; authored patterns are a few hundred characters. */
export const MAX_PATTERN_CHARS = 2000;
/** Time one match of a pattern that needs the backtracking engine may take before it counts as no match. */
export const BACKTRACK_BUDGET_MS = 50;

export interface SafeMatch {
  readonly 0: string;
  readonly index: number;
}

/** A compiled content pattern, matched case-insensitively; which engine runs it is its own business. */
export interface SafePattern {
  readonly source: string;
  readonly engine: 're2' | 'backtracking';
  exec(text: string): SafeMatch | null;
  /**
   * A linear-time test that is true whenever `exec` would match this text or any piece of it cut
   * at non-word characters (a clause of it): false lets a caller skip matching piece by piece.
   */
  mayMatch(text: string): boolean;
}

type TimeoutListener = (source: string) => void;
const timeoutListeners = new Set<TimeoutListener>();

/** Told when a backtracking pattern ran out of its budget (metrics and logs listen). */
export function onPatternTimeout(listener: TimeoutListener): () => void {
  timeoutListeners.add(listener);
  return () => timeoutListeners.delete(listener);
}

interface Group {
  /** Some repetition without a small bound sits inside this group. */
  repeats: boolean;
  /** The first atom of each alternative, when it is a plain literal character. */
  firsts: (string | undefined)[];
  /** Whether the current alternative has seen its first atom yet. */
  started: boolean;
}

/** `+`, `*`, `{n,}` or `{n,m}` with a large m at `i`; returns its length and whether it repeats freely. */
function quantifierAt(source: string, i: number): { length: number; repeats: boolean } | undefined {
  const c = source[i];
  if (c === '*' || c === '+') return { length: source[i + 1] === '?' ? 2 : 1, repeats: true };
  if (c === '?') return { length: source[i + 1] === '?' ? 2 : 1, repeats: false };
  if (c !== '{') return undefined;
  const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i));
  if (!m) return undefined;
  const max = m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
  return { length: m[0].length, repeats: max >= 10 };
}

/** Alternatives that each begin with a different literal can only be entered one way per position. */
const deterministic = (g: Group): boolean => {
  const firsts = g.firsts.map((f) => f?.toLowerCase());
  return firsts.every((f) => f !== undefined) && new Set(firsts).size === firsts.length;
};

/** Two alternatives that begin with the same literal, as in `(a|ab)*`: each repetition may take either. */
const overlapping = (g: Group): boolean => {
  const firsts = g.firsts.filter((f): f is string => f !== undefined).map((f) => f.toLowerCase());
  return new Set(firsts).size < firsts.length;
};

/**
 * Finds a repetition of a group that itself repeats, such as `(x+x+)+`: on a backtracking engine
 * such a pattern can take exponential time on a short near-miss. Alternatives that each begin with
 * a distinct literal (`(sms\s+|code\s+)*`) are entered one way only and are let through.
 */
export function nestedRepetition(source: string): string | undefined {
  const stack: Group[] = [{ repeats: false, firsts: [], started: false }];
  const top = () => stack[stack.length - 1] as Group;
  const atom = (literal: string | undefined, next: number) => {
    const g = top();
    const q = quantifierAt(source, next);
    if (!g.started) {
      g.firsts.push(q ? undefined : literal);
      g.started = true;
    }
    if (q?.repeats) g.repeats = true;
    return q?.length ?? 0;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i += 1 + atom(undefined, i + 2);
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + atom(undefined, j + 1);
    } else if (c === '(') {
      if (!top().started) {
        top().firsts.push(undefined);
        top().started = true;
      }
      const look = /^\(\?(?:<?[=!]|:|<[^>]+>)?/.exec(source.slice(i))?.[0] ?? '(';
      stack.push({ repeats: false, firsts: [], started: false });
      i += look.length - 1;
    } else if (c === '|') {
      top().started = false;
    } else if (c === ')' && stack.length > 1) {
      const g = stack.pop() as Group;
      const q = quantifierAt(source, i + 1);
      if (q?.repeats && ((g.repeats && !deterministic(g)) || overlapping(g))) {
        const end = i + 1 + q.length;
        const open = source.lastIndexOf('(', i);
        return `nested repetition near "${source.slice(Math.max(0, open), end).slice(-40)}": a repeated group that itself repeats can take exponential time; write it without the outer repetition`;
      }
      if (g.repeats || q?.repeats) top().repeats = true;
      i += q?.length ?? 0;
    } else if (c !== '^' && c !== '$') {
      i += atom(c === '.' ? undefined : c, i + 1);
    }
  }
  return undefined;
}

/** Why a content pattern is refused, or undefined when it may be used. */
export function patternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_CHARS)
    return `pattern is ${source.length} characters; at most ${MAX_PATTERN_CHARS}`;
  try {
    new RegExp(source, 'iu');
  } catch (e) {
    return `not a valid regular expression (JavaScript syntax, matched case-insensitively): ${(e as Error).message}`;
  }
  return nestedRepetition(source);
}

let lastText = '';
let lastFolded = '';
/** Whether the text holds one of the literals every match contains (the fold of the last text is kept: a caller screens one reply against many patterns). */
function holdsLiteral(literals: readonly string[], text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldForLiterals(text);
  }
  return literals.some((l) => lastFolded.includes(l));
}

/** `^` or `$` outside a negated class: a piece of a text may match where the whole text does not. */
const ANCHORED = (source: string) => /[$^]/.test(source.replace(/\[\^/g, '['));

function re2(source: string): SafePattern | undefined {
  const compiled = re2Compile(source);
  if (!compiled || /\(\?(=|!|<=|<!)/.test(source)) return undefined; // lookaround: RE2 has none
  const anchored = ANCHORED(source);
  const literals = requiredLiterals(source);
  return {
    source,
    engine: 're2',
    exec(text) {
      const m = compiled.matcher(text);
      return m.find() ? { 0: m.group() ?? '', index: m.start() } : null;
    },
    mayMatch: (text) =>
      anchored || ((!literals || holdsLiteral(literals, text)) && compiled.matcher(text).find()),
  };
}

function re2Compile(source: string): RE2JS | undefined {
  const superset = re2Superset(source);
  if (superset === undefined) return undefined;
  try {
    return RE2JS.compile(superset, RE2JS.CASE_INSENSITIVE);
  } catch {
    return undefined;
  }
}

const EXEC = new Script('(() => { const m = re.exec(text); return m ? [m[0], m.index] : null; })()');
/** Runs of a match that timed out while the process was kept off the CPU, before it counts as no match. */
const STARVED_RETRIES = 3;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The budget is wall time (the only kind vm enforces), so on a busy machine a quick match can run
 * out of it while the process waits for a core. A run that timed out having used less than half its
 * budget in CPU was starved, not slow: it runs again, so the same text always gets the same answer.
 */
function budgetedRun(context: object, source: string): SafeMatch | null {
  for (let attempt = 0; ; attempt++) {
    const cpuBefore = cpuMs();
    try {
      const m = EXEC.runInContext(context, { timeout: BACKTRACK_BUDGET_MS }) as [string, number] | null;
      return m ? { 0: m[0], index: m[1] } : null;
    } catch (e) {
      if ((e as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
      const starved = cpuMs() - cpuBefore < BACKTRACK_BUDGET_MS / 2;
      if (starved && attempt < STARVED_RETRIES) continue;
      for (const l of timeoutListeners) l(source);
      return null;
    }
  }
}

/**
 * Lookaround needs the backtracking engine: each match runs under a time budget, never unbounded.
 * A linear-time pass over the pattern without its lookarounds goes first, and most text (which
 * cannot match even that) never reaches the costly budgeted run.
 */
function budgeted(source: string): SafePattern {
  const context = createContext({ re: new RegExp(source, 'iu'), text: '' });
  const prefilter = re2Compile(source);
  const anchored = ANCHORED(source);
  const literals = requiredLiterals(source);
  return {
    source,
    engine: 'backtracking',
    exec(text) {
      if (prefilter && !prefilter.matcher(text).find()) return null;
      context.text = text;
      try {
        return budgetedRun(context, source);
      } finally {
        context.text = '';
      }
    },
    mayMatch: (text) =>
      anchored ||
      ((!literals || holdsLiteral(literals, text)) && (!prefilter || prefilter.matcher(text).find())),
  };
}

/**
 * Compiles a pattern from a content file: on RE2 (linear time) when it fits RE2's syntax, else on
 * the backtracking engine with a time budget per match. Validation refuses what neither makes safe.
 */
export function compileContentPattern(source: string): SafePattern {
  const problem = patternProblem(source);
  if (problem) throw new Error(problem);
  return re2(source) ?? budgeted(source);
}
