import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/library.ts';
import { MAX_CONTENT_STRING_CHARS } from '../../src/content/parse-yaml.ts';
import {
  BACKTRACK_BUDGET_MS,
  compileContentPattern,
  onPatternTimeout,
  patternProblem,
} from '../../src/content/safe-pattern.ts';
import { ROOT, runCli } from '../support/cli.ts';

const SHIPPED = join(ROOT, 'scenarios', 'defective-blender-refund.yaml');

/** A copy of a shipped scenario with its first forbidden-claim English pattern replaced. */
function scenarioWithPattern(pattern: string): { dir: string; file: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), 'csc-safe-'));
  mkdirSync(join(dir, 'scenarios'));
  const lines = readFileSync(SHIPPED, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('forbiddenClaims:'));
  const at = lines.findIndex(
    (l, i) => i > start && /^\s+en: /.test(l) && /pattern:/.test(lines[i - 2] ?? ''),
  );
  expect(at).toBeGreaterThan(start);
  lines[at] = `${(lines[at] as string).replace(/en: .*/, '')}en: '${pattern}'`;
  const file = join(dir, 'scenarios', 'defective-blender-refund.yaml');
  writeFileSync(file, lines.join('\n'));
  return { dir, file, line: at + 1 };
}

describe('content patterns cannot freeze the server', () => {
  it('validate refuses the ReDoS pattern (x+x+)+y with file:line and why, quickly', () => {
    const { file, line } = scenarioWithPattern('(x+x+)+y');
    const started = Date.now();
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`defective-blender-refund.yaml:${line}:`);
    expect(r.stderr).toMatch(/forbiddenClaims\[\d+\]\.pattern\.en {2}nested repetition near "\(x\+x\+\)\+"/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses overlapping and nested repetitions, accepts the shapes authors write', () => {
    for (const bad of ['(x+x+)+y', '(a*)*b', '(a|ab)+c', '([a-z]+)*@', '(\\w+\\s?)+$'])
      expect(patternProblem(bad), bad).toMatch(/nested repetition/);
    for (const ok of [
      '(sms\\s+|verification\\s+|one-time\\s+)*(code|otp)',
      '(?<!(不|无法).{0,4})(保证|肯定)(能|会)?退',
      'refund(ed)?\\s+today',
    ])
      expect(patternProblem(ok), ok).toBeUndefined();
    expect(patternProblem('(unclosed')).toMatch(/not a valid regular expression/);
    expect(patternProblem('a'.repeat(3000))).toMatch(/at most 2000/);
  });

  it('every shipped pattern passes and runs; those without lookaround on RE2', () => {
    const { library, errors } = loadLibrary([join(ROOT, 'scenarios'), join(ROOT, 'personas')]);
    expect(errors).toEqual([]);
    const engines = new Set<string>();
    for (const s of library.scenarios.values())
      for (const c of s.forbiddenClaims)
        for (const p of c.pattern ? [c.pattern.zh, c.pattern.en] : []) {
          const compiled = compileContentPattern(p);
          engines.add(compiled.engine);
          expect(compiled.engine).toBe(/\(\?<?[=!]/.test(p) ? 'backtracking' : 're2');
        }
    expect(engines).toEqual(new Set(['re2', 'backtracking']));
  });

  it('RE2 matches case-insensitively and reports where, like the JavaScript engine', () => {
    const p = compileContentPattern('guarantee(d)?\\s+refund');
    expect(p.engine).toBe('re2');
    const m = p.exec('😀 We GUARANTEED  refund today');
    expect(m?.[0]).toBe('GUARANTEED  refund');
    expect(m?.index).toBe('😀 We '.length);
    expect(p.exec('no promise')).toBeNull();
  });

  it('a slow lookaround pattern gives up within its budget and says so', () => {
    const told: string[] = [];
    const off = onPatternTimeout((source) => told.push(source));
    const slow = '(?<!z)x*x*x*x*x*x*y';
    const p = compileContentPattern(slow);
    expect(p.engine).toBe('backtracking');
    const started = Date.now();
    // The linear pre-screen (the pattern without its lookbehind) matches the final "y", so the
    // backtracking run has to decide, and it cannot within its budget.
    expect(p.exec(`${'x'.repeat(3000)}qy`)).toBeNull();
    off();
    expect(told).toEqual([slow]);
    expect(Date.now() - started).toBeLessThan(BACKTRACK_BUDGET_MS * 20);
    expect(p.exec('xxy')?.[0]).toBe('xxy');
  });

  it('text that cannot match even without the lookarounds is answered without the backtracking run', () => {
    const told: string[] = [];
    const off = onPatternTimeout((source) => told.push(source));
    const p = compileContentPattern('(?<!z)x*x*x*x*x*x*y');
    expect(p.exec('x'.repeat(3000))).toBeNull();
    off();
    expect(told).toEqual([]);
  });
});

describe('YAML limits', () => {
  const writeScenario = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-yaml-'));
    mkdirSync(join(dir, 'scenarios'));
    const file = join(dir, 'scenarios', 'bomb.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('an alias bomb fails validate quickly, naming the file', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const file = writeScenario(`${levels.join('\n')}\nid: bomb\n`);
    const started = Date.now();
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bomb\.yaml:1:1 {2}\(file\) {2}YAML: .*alias/i);
    expect(r.stderr).not.toContain('ReferenceError');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a text longer than the limit is refused at its line', () => {
    const file = writeScenario(`id: bomb\ntitle:\n  zh: "${'长'.repeat(MAX_CONTENT_STRING_CHARS + 1)}"\n`);
    const { errors } = loadLibrary([file], { cwd: '/' });
    expect(errors).toContainEqual(
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining(`at most ${MAX_CONTENT_STRING_CHARS}`),
      }),
    );
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const file = writeScenario(`id: bomb\n# ${'x'.repeat(600 * 1024)}\n`);
    const { errors } = loadLibrary([file], { cwd: '/' });
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/at most \d+/) })]);
  });
});
