import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const LINE = /^(\S+):(\d+):(\d+) {2}(\S+) {2}(.+)$/;

describe('csc-drill validate', () => {
  it('reports the whole shipped library valid with a one-line summary', () => {
    const r = runCli(['validate']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ file\(s\) valid — \d+ personas, \d+ scenarios\n$/);
  });

  it('lists every error in broken files as file:line:col  field.path  message and exits 1', () => {
    const r = runCli(['validate', 'test/fixtures/content-broken']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const errors = lines.slice(0, -1).map((l) => {
      const m = LINE.exec(l);
      expect(m, l).not.toBeNull();
      return { file: m?.[1], line: Number(m?.[2]), col: Number(m?.[3]), path: m?.[4], message: m?.[5] };
    });
    expect(lines.at(-1)).toMatch(/^\d+ error\(s\) in \d+ file\(s\)$/);

    const byFile = (name: string) => errors.filter((e) => e.file?.endsWith(name));
    expect(byFile('missing-age.yaml')).toEqual([
      expect.objectContaining({ path: 'age', message: 'required field is missing' }),
    ]);
    expect(byFile('wrong-group.yaml')).toEqual([
      expect.objectContaining({
        line: 18,
        col: 16,
        path: 'customerGroup',
        message: expect.stringContaining('"elderly"'),
      }),
    ]);
    const [bad] = byFile('bad-yaml.yaml');
    expect(bad?.message).toMatch(/^YAML: Missing closing "quote/);
    expect(byFile('unknown-persona.yaml')).toEqual([
      expect.objectContaining({ path: 'suggestedPersonas[3]', message: 'unknown persona "no-such-person"' }),
    ]);
    expect(byFile('fact-without-question.yaml')).toEqual([
      expect.objectContaining({ path: 'hiddenFacts[0].askedBy', message: 'required field is missing' }),
    ]);
    expect(byFile('one-word-question.yaml')).toEqual([
      expect.objectContaining({
        path: 'hiddenFacts[0].askedBy[0]',
        message: expect.stringContaining('at least two slots'),
      }),
    ]);
    expect(byFile('key-fact-without-value.yaml')).toEqual([
      expect.objectContaining({
        line: 265,
        path: 'knowledge[0].keyFacts[0]',
        message: 'a key fact needs "value" or "wrong" (nothing could contradict it)',
      }),
    ]);
    expect(byFile('objection-without-trigger.yaml')).toEqual([
      expect.objectContaining({ path: 'objections[0].raisedBy', message: 'required field is missing' }),
    ]);
    expect(byFile('unknown-concept.yaml')).toEqual([
      expect.objectContaining({
        path: 'hiddenFacts[2].askedBy[0][0]',
        message: 'unknown concept "@posession" (did you mean "@possession"?)',
      }),
    ]);
    const mismatch = byFile('card-mismatch.yaml');
    expect(mismatch.length).toBeGreaterThan(0);
    for (const e of mismatch) {
      expect(e.path).toMatch(/^upFront\[0\]\.(?:zh|en)\[\d\]$/);
      expect(e.message).toContain('set identity.cardLastFour to "3358"');
    }
    expect(byFile('bad-regex.yaml')).toEqual([
      expect.objectContaining({
        path: 'forbiddenClaims[0].pattern.en',
        message: expect.stringContaining('regular expression'),
      }),
    ]);
  });

  it('checks a single scenario against the shipped personas', () => {
    const r = runCli(['validate', 'scenarios/defective-blender-refund.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: 1 file\(s\) valid/);
  });
});

describe('csc-drill basics', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const cmd of ['strategies', 'validate', 'tag']) expect(help.stdout).toContain(cmd);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints the strategy table in either language', () => {
    const zh = runCli(['strategies', '--lang', 'zh']);
    expect(zh.stdout).toContain('RP | 重述或转述 | 理解和识别问题（识别）');
    expect(zh.stdout).toContain('主标签优先级: RI > PS > PR > IV > EM > RP > ID > FR > RC > AC > GT > OT');
    const en = runCli(['strategies', '--lang', 'en']);
    expect(en.stdout).toContain('EM | Emotional Management | Identifying');
    expect(en.stdout.split('\n').filter((l) => /^[A-Z]{2} \|/.test(l))).toHaveLength(12);
  });

  it('names the variable and what it expects when configuration is bad', () => {
    const r = runCli(['strategies'], { env: { DEFAULT_LANG: 'fr' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('DEFAULT_LANG: expected one of "zh", "en" (got "fr")');
  });
});
